import { lazy, Suspense } from 'react';
import { AUTOMATABLE_KINDS, type Scenario } from '../../model';
import type { Lever } from '../../commands/scenarioCommands';
import { LeverSlider } from './LeverSlider';
import { ScenarioManager } from './ScenarioManager';

// The ranges sliders load on the drawer's first opening, not with the first screen.
const RangesFieldset = lazy(() => import('./RangesFieldset'));

const POLICY: Lever[] = [
  { lever: 'sigmaFirst' },
  { lever: 'sigmaControl' },
  { lever: 'absorbThreshold' },
  { lever: 'maxDomains' },
  { lever: 'minHumans' },
];

/** The main levers of one scenario as sliders, then presets and scenario management. */
export function LeversDrawer({ scenario, index, onClose }: { scenario: Scenario; index: number; onClose(): void }) {
  return (
    <section className="floating-card ff-drawer ff-levers" aria-label={`Levers of ${scenario.name}`} onKeyDown={(e) => e.key === 'Escape' && e.target === e.currentTarget && onClose()}>
      <header>
        <h2>Levers · {scenario.name}</h2>
        <button type="button" onClick={onClose} aria-label="Close levers">
          ×
        </button>
      </header>
      <div className="ff-lever-columns">
        <fieldset>
          <legend>Adoption per quarter</legend>
          {scenario.adoption.map((_, q) => (
            <LeverSlider key={q} scenario={scenario} index={index} lever={{ lever: 'adoption', quarter: q }} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Potential of each kind of work</legend>
          {AUTOMATABLE_KINDS.map((kind) => (
            <LeverSlider key={kind} scenario={scenario} index={index} lever={{ lever: 'potential', kind }} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Oversight and structure</legend>
          {POLICY.map((l) => (
            <LeverSlider key={l.lever} scenario={scenario} index={index} lever={l} />
          ))}
        </fieldset>
        <Suspense fallback={null}>
          <RangesFieldset scenario={scenario} index={index} />
        </Suspense>
      </div>
      <ScenarioManager scenario={scenario} />
    </section>
  );
}
