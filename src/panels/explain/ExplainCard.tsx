import { useLayoutEffect, useState } from 'react';
import { useDoc, useUi, useStores } from '../../store/context';
import { useCommand } from '../../ui/registry';
import { useSimulation } from '../../simulation/useSimulation';
import type { ParamRef, TeamTrace, TraceStep } from '../../sim';
import { teamName } from '../../model';
import { ASSUMPTIONS_PANEL, LEVERS_PANEL } from '../scenario/ScenarioPanel';
import { paramTarget } from './paramLinks';
import { TraceSteps } from './TraceSteps';
import { formatValue } from './format';
import { peopleWord } from '../../readout/format';

const stepOf = (steps: TraceStep[], key: string) => steps.find((s) => s.key === key)?.result ?? NaN;
const people = (n: number) => `${formatValue(n, 'people')} ${peopleWord(n)}`;

/** The sections of a team's trace, by step key. */
const SECTIONS: { title: string; keys: (key: string) => boolean }[] = [
  { title: 'As entered', keys: (k) => ['n', 'h', 'ρ', 'f', 'T', 'C', 'R'].includes(k) || k.startsWith('W.') },
  { title: 'What AI does', keys: (k) => k.startsWith('Z.') || k === 'S' || k.startsWith('oversight.') },
  { title: 'Left to people', keys: (k) => k.startsWith("W'.") || k === 'work' },
  { title: 'Staffed alone', keys: (k) => k === 'demand' || k.endsWith('.alone') || k === 'x' },
];

const STATUS_WORDS: Record<TeamTrace['absorption']['status'], string> = {
  baseline: 'As entered',
  control: 'Control: never merged',
  strategy: 'Strategy: never absorbed',
  'above-threshold': 'Stays a team',
  absorbed: 'Absorbed',
  owner: 'Owns a group',
  'kept-alone': 'Could be absorbed; kept alone',
};

/**
 * Why a team has the people it has: its trace in plain words (formula, inputs, result), why it was
 * or was not absorbed, and its group's staffing. Every parameter is a link to where it is edited.
 * Shows the team the UI store's `explainTeam` names (ExplainPanel.tsx decides when, and loads this).
 */
export function ExplainCard() {
  const stores = useStores();
  const { run } = useCommand();
  const ui = stores.ui;
  const teamId = useUi((s) => s.explainTeam);
  const team = useDoc((s) => (teamId ? s.doc.teams.find((t) => t.id === teamId) : undefined));
  const { scenario, quarter, result, pending } = useSimulation();

  const side = useSideAwayFrom(teamId);

  if (!teamId || !team) return null;
  const trace = result?.trace;
  const tt = trace?.teams.find((t) => t.team === teamId);
  const group = trace?.groups.find((g) => g.owner === tt?.group);

  const targetOf = (ref: ParamRef) => paramTarget(stores.document.getState().doc, ref, quarter, LEVERS_PANEL);
  const onParam = (ref: ParamRef) => {
    const target = targetOf(ref);
    if (!target) return;
    if (target.scenario) run('scenario.choose', { scenario: target.scenario });
    const state = ui.getState();
    if (target.select) state.select(target.select);
    // A drawer of the scenario bar would hide the inspector's field: open the one that holds the control, or none.
    if (target.panel) state.setOpenPanel(target.panel);
    else if (state.openPanel === LEVERS_PANEL || state.openPanel === ASSUMPTIONS_PANEL) state.setOpenPanel(null);
    state.requestFocus(target.path);
  };
  const paramLabel = (ref: ParamRef) => targetOf(ref)?.label ?? 'edit';
  const stepsIn = (keys: (k: string) => boolean): TraceStep[] => tt?.steps.filter((s) => keys(s.key)) ?? [];

  return (
    <aside className={`floating-card ff-explain${side === 'right' ? ' is-right' : ''}`} aria-labelledby="ff-explain-title" onKeyDown={(e) => e.key === 'Escape' && ui.getState().explain(null)}>
      <header>
        <h2 id="ff-explain-title">
          Why {team.name} <span className="ff-explain-id">({team.id})</span>
        </h2>
        <button type="button" onClick={() => ui.getState().explain(null)} aria-label="Close explanation">
          ×
        </button>
      </header>
      <p className="ff-explain-where">
        {scenario ? `${scenario.name}, quarter ${quarter}` : 'No scenario'}
        {pending ? ' · updating…' : ''}
      </p>
      {!tt || !trace ? (
        <p>Simulating…</p>
      ) : (
        <>
          <p className={`ff-absorption ff-status-${tt.absorption.status}`} data-testid="absorption">
            <strong>{STATUS_WORDS[tt.absorption.status]}</strong>
            {tt.absorption.status === 'absorbed' ? ` into ${teamName(stores.document.getState().doc, tt.group)} (${tt.group})` : ''}. <span data-testid="absorption-reason">{tt.absorption.reason}</span>
          </p>
          {scenario && tt.absorption.status !== 'baseline' && tt.absorption.status !== 'control' ? (
            <p className="ff-threshold">
              Absorbed only below{' '}
              <button type="button" className="ff-param" onClick={() => onParam({ param: 'scenario.absorbThreshold', scenario: scenario.id })}>
                absorbThreshold = {formatValue(tt.absorption.threshold)}
              </button>{' '}
              persons of stand-alone need (x).
            </p>
          ) : null}
          {group ? (
            <details className="ff-group">
              <summary>
                Group {group.owner} ({group.members.join(', ')}): <span data-testid="group-headcount">{people(stepOf(group.steps, 'n'))}</span>
                {' · '}demand {formatValue(stepOf(group.steps, 'demand'), 'FTE')} FTE, capacity {formatValue(stepOf(group.steps, 'capacity'), 'FTE')} FTE
              </summary>
              <TraceSteps steps={group.steps} onParam={onParam} paramLabel={paramLabel} />
            </details>
          ) : null}
          {SECTIONS.map((section) => {
            const steps = stepsIn(section.keys);
            return steps.length ? (
              <details key={section.title}>
                <summary>{section.title}</summary>
                <TraceSteps steps={steps} onParam={onParam} paramLabel={paramLabel} />
              </details>
            ) : null;
          })}
          {trace.scenarioSteps.length ? (
            <details>
              <summary>This quarter: adoption and AI's share of each kind</summary>
              <TraceSteps steps={trace.scenarioSteps} onParam={onParam} paramLabel={paramLabel} />
            </details>
          ) : null}
          <p className="ff-search">{trace.search}</p>
        </>
      )}
    </aside>
  );
}

/**
 * The side of the canvas the card floats on: away from the team it explains, so it never covers it
 * (it docks left by default; a team in the canvas's left half sends it right). Read from the page on
 * each render, which is when the explained team or its numbers change.
 */
function useSideAwayFrom(teamId: string | null): 'left' | 'right' {
  const [side, setSide] = useState<'left' | 'right'>('left');
  useLayoutEffect(() => {
    // Team ids are letters, digits, "_" and "-" (format.md): safe inside a quoted attribute selector.
    if (!teamId || typeof document === 'undefined') return;
    const card = document.querySelector(`.react-flow__node[data-id="${teamId}"]`)?.getBoundingClientRect();
    const area = document.querySelector('.canvas-area')?.getBoundingClientRect();
    if (!card || !area || area.width === 0) return;
    const next = card.left + card.width / 2 < area.left + area.width / 2 ? 'right' : 'left';
    if (next !== side) setSide(next);
  });
  return side;
}
