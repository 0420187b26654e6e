import { useId } from 'react';
import { RULES, ruleLevel, type Finding, type Level, type Severity } from '../../lint';
import type { LintSettings } from '../../model';
import { useLint } from '../../simulation/useLint';
import { useDoc, useStores } from '../../store/context';
import { useRegistry } from '../../ui/registry';
import { findingTarget } from './targets';
import './problems.css';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
];
const LEVELS: Level[] = ['off', 'info', 'warning', 'error'];
const ICON: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

/**
 * The Problems panel: the model checks' findings grouped by severity. A click selects the target and
 * frames it on the canvas; "Ignore here" and a rule's level are undoable edits saved in the document.
 */
export default function ProblemsPanel() {
  const { findings, pending } = useLint();
  const settings = useDoc((s) => s.doc.lint);
  if (!findings.length) {
    return (
      <div className="problems">
        <p className="problems-none">{pending ? 'Checking the model…' : 'The model checks find nothing.'}</p>
        <RuleLevels settings={settings} />
      </div>
    );
  }
  return (
    <div className="problems" aria-busy={pending}>
      {GROUPS.map((g) => (
        <ProblemGroup key={g.severity} title={g.title} severity={g.severity} findings={findings.filter((f) => f.severity === g.severity)} settings={settings} />
      ))}
      <RuleLevels settings={settings} />
    </div>
  );
}

function ProblemGroup({ title, severity, findings, settings }: { title: string; severity: Severity; findings: Finding[]; settings: LintSettings | undefined }) {
  const headingId = useId();
  if (!findings.length) return null;
  return (
    <section className={`problem-group is-${severity}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span className="problem-count">{findings.length}</span>
      </h3>
      <ul>
        {findings.map((f) => (
          <ProblemRow key={`${f.rule}|${f.target.kind}|${f.target.id}|${f.scenario ?? ''}`} finding={f} settings={settings} />
        ))}
      </ul>
    </section>
  );
}

function ProblemRow({ finding: f, settings }: { finding: Finding; settings: LintSettings | undefined }) {
  const stores = useStores();
  const registry = useRegistry();
  const rule = RULES.find((r) => r.id === f.rule)!;
  const show = () => {
    const target = findingTarget(stores.document.getState().doc, f);
    const ui = stores.ui.getState();
    if (target.teams.length || target.handoffs.length) ui.select({ teams: target.teams, handoffs: target.handoffs });
    else ui.clearSelection();
    registry.run('view.frame', stores, { nodes: target.nodes });
  };
  const ignore = () => {
    const { name } = findingTarget(stores.document.getState().doc, f);
    registry.run('lint.ignore', stores, { rule: f.rule, id: f.target.id, name });
  };
  return (
    <li className={`problem is-${f.severity}`} data-rule={f.rule} data-target={f.target.id}>
      <button type="button" className="problem-message" onClick={show} title="Select and show it on the canvas">
        <span className="problem-icon" role="img" aria-label={f.severity}>
          {ICON[f.severity]}
        </span>
        {f.message}
      </button>
      <span className="problem-rule">{f.rule}</span>
      <button type="button" className="problem-ignore" onClick={ignore} title={`Ignore ${f.rule} for this ${f.target.kind} (saved in the model)`}>
        Ignore here
      </button>
      <LevelSelect rule={rule.id} level={ruleLevel(settings, rule)} />
    </li>
  );
}

function LevelSelect({ rule, level }: { rule: string; level: Level }) {
  const stores = useStores();
  const registry = useRegistry();
  return (
    <select
      className="problem-level"
      aria-label={`Severity of ${rule}`}
      value={level}
      onChange={(e) => registry.run('lint.setLevel', stores, { rule, level: e.target.value as Level })}
    >
      {LEVELS.map((l) => (
        <option key={l} value={l}>
          {l}
        </option>
      ))}
    </select>
  );
}

/** Every rule with its level, and the ignored findings, so what is switched off can be switched back on. */
function RuleLevels({ settings }: { settings: LintSettings | undefined }) {
  const stores = useStores();
  const registry = useRegistry();
  const ignored = settings?.ignore ?? [];
  return (
    <details className="problem-rules">
      <summary>Checks and ignored findings</summary>
      <table>
        <tbody>
          {RULES.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.id}</th>
              <td>
                <LevelSelect rule={r.id} level={ruleLevel(settings, r)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ignored.length > 0 && (
        <ul className="problem-ignored">
          {ignored.map((i) => (
            <li key={`${i.rule}|${i.id}`}>
              {i.rule} on {i.id || 'the model'}{' '}
              <button type="button" onClick={() => registry.run('lint.unignore', stores, { rule: i.rule, id: i.id })}>
                Stop ignoring
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
