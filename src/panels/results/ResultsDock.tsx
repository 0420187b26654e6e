import { lazy, Suspense, useDeferredValue, useEffect, useId, useState } from 'react';
import { useDoc } from '../../store/context';
import { useSimulation } from '../../simulation/useSimulation';
import { useRanges, type RangesView } from '../../simulation/ranges/useRanges';
import { RangesBar } from './RangesBar';
import { bandText } from '../../readout/ranges';
import { BASELINE_KEY, choiceKey } from '../compare/choices';
import { Headline } from './Headline';
import { quarterLabel } from '../../readout/rows';
import type { Scenario } from '../../model';
import type { RangeSummary, Result } from '../../sim';
import { useLint } from '../../simulation/useLint';
import { useComparison } from '../../store/comparison';
import './results.css';

// Loaded with their tabs: the first screen shows the dock folded, with only the headline.
const WhatItTakes = lazy(() => import('../reach/WhatItTakes'));
const Dashboard = lazy(() => import('./Dashboard').then((m) => ({ default: m.Dashboard })));
const SensitivityPanel = lazy(() => import('../sensitivity/SensitivityPanel').then((m) => ({ default: m.SensitivityPanel })));
const ComparePanel = lazy(() => import('../compare/ComparePanel').then((m) => ({ default: m.ComparePanel })));

// The Problems panel loads on first use; the count on its tab is live from the start.
const ProblemsPanel = lazy(() => import('../problems/ProblemsPanel'));
const ChangesPanel = lazy(() => import('../changes/ChangesPanel'));

type Tab = 'results' | 'sensitivity' | 'compare' | 'reach' | 'problems' | 'changes';

const TABS: Array<{ id: Tab; label: string }> = [
  { id: 'results', label: 'Results' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'compare', label: 'Compare' },
  { id: 'reach', label: 'What it takes' },
  { id: 'problems', label: 'Problems' },
];

export interface ResultsDockProps {
  /** Opens with the panel unfolded (the app starts folded so the canvas keeps the room). */
  defaultOpen?: boolean;
}

/**
 * The dock below the canvas: the headline always, and on demand the dashboard, the sensitivity view
 * and the compare view for the chosen scenario and quarter.
 */
export function ResultsDock({ defaultOpen = false }: ResultsDockProps) {
  // Only the currency: the dock must not redraw on every frame of a drag on the canvas.
  const currency = useDoc((s) => s.doc.currency);
  const { scenario, quarter, baseline, result, projection, pending, computedIn } = useSimulation();
  const ranges = useRanges();
  const band = ranges.scenarioId === scenario?.id ? ranges.summaries?.[quarter]?.headcount : undefined;
  const [open, setOpen] = useState(defaultOpen);
  const [tab, setTab] = useState<Tab>('results');
  const bodyId = useId();
  const problems = useLint().findings.length;
  const comparison = useComparison();
  // Starting a comparison shows what changed; ending one leaves its tab.
  useEffect(() => {
    if (comparison) {
      setTab('changes');
      setOpen(true);
    } else setTab((t) => (t === 'changes' ? 'results' : t));
  }, [comparison]);
  const tabs = comparison ? [...TABS, { id: 'changes' as const, label: 'Changes' }] : TABS;
  // With no scenario the dock shows the baseline against itself; while a large model's first answer
  // is computed in the worker, it says so instead of showing the baseline as if it were the result.
  const after = result ?? baseline;
  // The headline follows a scrub at once; the charts follow at lower priority, so a drag on the
  // quarter slider is never held back by a chart redraw.
  const deferredAfter = useDeferredValue(after);
  const deferredBefore = useDeferredValue(baseline);
  const deferredProjection = useDeferredValue(projection);
  const context = scenario ? `${scenario.name} · ${quarterLabel(quarter)}` : 'Before';
  const deferredRanges = useDeferredValue(ranges.scenarioId === scenario?.id ? ranges.summaries : null);

  const choose = (t: Tab) => {
    setTab(t);
    setOpen(true);
  };

  return (
    <section className={open ? 'results-dock open' : 'results-dock'} aria-label="Results" aria-busy={pending}>
      <div className="results-bar">
        <button
          type="button"
          className="results-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? 'Hide results' : 'Show results'}
          title={open ? 'Hide results' : 'Show results'}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">{open ? '▾' : '▴'}</span>
        </button>
        <Headline
          before={baseline}
          after={scenario && !result ? null : after}
          currency={currency}
          context={context}
          pending={pending}
          computedIn={computedIn}
          peopleRange={band ? bandText(band) : null}
        />
        <div className="results-tabs" role="tablist" aria-label="Result views">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${bodyId}-${t.id}`}
              aria-selected={open && tab === t.id}
              aria-controls={bodyId}
              onClick={() => choose(t.id)}
            >
              {t.label}
              {t.id === 'problems' && problems > 0 && <span className="tab-count" role="img" aria-label={`, ${problems} found`}>{` ${problems}`}</span>}
            </button>
          ))}
        </div>
      </div>
      <RangesBar ranges={ranges} quarter={quarter} point={result?.headcount ?? null} />
      {open && (
        <div className="results-body" id={bodyId} role="tabpanel" aria-labelledby={`${bodyId}-${tab}`}>
          {/* The panels' own headings are level 3, under this one: heading navigation finds each view. */}
          <h2 className="visually-hidden">{tabs.find((t) => t.id === tab)?.label}</h2>
          <DockView
            tab={tab}
            scenario={scenario}
            quarter={quarter}
            computing={!!scenario && !result}
            context={context}
            before={deferredBefore}
            after={deferredAfter}
            projection={deferredProjection}
            ranges={deferredRanges}
            sampled={ranges.scenarioId === scenario?.id ? ranges : null}
          />
        </div>
      )}
    </section>
  );
}

interface DockViewProps {
  tab: Tab;
  scenario: Scenario | null;
  quarter: number;
  computing: boolean;
  context: string;
  before: Result;
  after: Result;
  projection: Result[];
  ranges: readonly RangeSummary[] | null;
  /** The chosen scenario's sampling, for the levers ranked over the samples. */
  sampled: RangesView | null;
}

/** The open dock's view; it alone reads the whole document, and only while the dock is open. */
function DockView({ tab, scenario, quarter, computing, context, before, after, projection, ranges, sampled }: DockViewProps) {
  const doc = useDoc((s) => s.doc);
  if (tab === 'changes')
    return (
      <Suspense fallback={<p>Comparing…</p>}>
        <ChangesPanel />
      </Suspense>
    );
  if (tab === 'problems')
    return (
      <Suspense fallback={<p>Loading the model checks…</p>}>
        <ProblemsPanel />
      </Suspense>
    );
  if (tab === 'results')
    return computing ? (
      <p>Computing {context}…</p>
    ) : (
      <Suspense fallback={<p>Loading the results…</p>}>
        <Dashboard doc={doc} before={before} after={after} projection={projection} ranges={ranges} />
      </Suspense>
    );
  if (tab === 'sensitivity')
    return scenario ? (
      <Suspense fallback={<p>Loading the sensitivity view…</p>}>
        <SensitivityPanel doc={doc} scenario={scenario} quarter={quarter} ranges={sampled} />
      </Suspense>
    ) : (
      <p>Add a scenario to see what moves it.</p>
    );
  if (tab === 'reach')
    return scenario ? (
      <Suspense fallback={<p>Loading…</p>}>
        <WhatItTakes key={scenario.id} doc={doc} scenario={scenario} quarter={quarter} point={after.headcount} />
      </Suspense>
    ) : (
      <p>Add a scenario to see what it would take.</p>
    );
  return (
    <Suspense fallback={<p>Loading the comparison…</p>}>
      <ComparePanel doc={doc} shownKey={scenario ? choiceKey(scenario.id, quarter) : BASELINE_KEY} />
    </Suspense>
  );
}
