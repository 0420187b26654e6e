import { lazy, Suspense, useId } from 'react';
import { useDoc, useUi, useStores } from '../../store/context';
import { useSimulation } from '../../simulation/useSimulation';
import { Timeline } from './Timeline';
import { useCommand } from '../../ui/registry';
import { withKey } from '../../commands/keyLabel';
import './scenario.css';

// The drawers open on a press; their code loads then.
const LeversDrawer = lazy(() => import('./LeversDrawer').then((m) => ({ default: m.LeversDrawer })));
const AssumptionsDrawer = lazy(() => import('./AssumptionsDrawer').then((m) => ({ default: m.AssumptionsDrawer })));

/** `ui.openPanel` values of this panel's two drawers. */
export const LEVERS_PANEL = 'levers';
export const ASSUMPTIONS_PANEL = 'assumptions';

/**
 * The scenario bar: which scenario, Before/After, the quarter timeline, and the drawers with the
 * levers and the assumptions. The figures of the chosen quarter are the results dock's headline (one
 * place, so a room never reads two versions of a number).
 */
export function ScenarioPanel() {
  const { run, registry } = useCommand();
  const ui = useStores().ui;
  const selectId = useId();
  const scenarios = useDoc((s) => s.doc.scenarios);
  const overlay = useUi((s) => s.overlay);
  const openPanel = useUi((s) => s.openPanel);
  const selectedId = useUi((s) => (s.selection.teams.length === 1 && s.selection.handoffs.length === 0 ? s.selection.teams[0] : null));
  const selectedTeam = useDoc((s) => (selectedId ? s.doc.teams.find((t) => t.id === selectedId) : undefined));
  const explained = useUi((s) => s.explainTeam);
  const { scenario, quarter } = useSimulation();
  if (!scenario) return null;
  const index = scenarios.indexOf(scenario);
  const toggle = (panel: string) => ui.getState().setOpenPanel(openPanel === panel ? null : panel);

  return (
    <section className="ff-scenario-bar" aria-label="Scenario and timeline">
      <div className="ff-scenario-choice">
        <label htmlFor={selectId}>Scenario</label>
        <select id={selectId} value={scenario.id} onChange={(e) => run('scenario.choose', { scenario: e.target.value })}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ff-overlay-toggle" aria-label="Show the organisation">
        {(['before', 'after'] as const).map((o) => (
          <button key={o} type="button" aria-pressed={overlay === o} onClick={() => run(o === 'before' ? 'view.before' : 'view.after')} title={withKey(registry, o === 'before' ? 'view.before' : 'view.after', o === 'before' ? 'The organisation as entered' : 'The organisation at this quarter')}>
            {o === 'before' ? 'Before' : 'After'}
          </button>
        ))}
      </fieldset>
      <Timeline scenario={scenario} quarter={quarter} />
      <div className="ff-drawer-buttons">
        {selectedTeam && explained !== selectedTeam.id ? (
          <button type="button" className="ff-why" title={`Why ${selectedTeam.name}? Explain its numbers`} onClick={() => ui.getState().explain(selectedTeam.id)}>
            Why {selectedTeam.name}?
          </button>
        ) : null}
        <button type="button" aria-expanded={openPanel === LEVERS_PANEL} onClick={() => toggle(LEVERS_PANEL)}>
          Levers
        </button>
        <button type="button" aria-expanded={openPanel === ASSUMPTIONS_PANEL} onClick={() => toggle(ASSUMPTIONS_PANEL)}>
          Assumptions
        </button>
      </div>
      {openPanel === LEVERS_PANEL || openPanel === ASSUMPTIONS_PANEL ? (
        <Suspense fallback={<DrawerLoading />}>
          {openPanel === LEVERS_PANEL ? (
            <LeversDrawer scenario={scenario} index={index} onClose={() => ui.getState().setOpenPanel(null)} />
          ) : (
            <AssumptionsDrawer scenario={scenario} onClose={() => ui.getState().setOpenPanel(null)} />
          )}
        </Suspense>
      ) : null}
    </section>
  );
}

/** A drawer's place while its code loads, the first time it opens. */
function DrawerLoading() {
  return (
    <section className="floating-card ff-drawer" aria-busy="true" aria-label="Loading">
      <p>Loading…</p>
    </section>
  );
}
