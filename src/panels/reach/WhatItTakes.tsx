/**
 * "What would it take" (simulation.md §12): to reach N people by quarter Q in this scenario, the
 * adoption needed and the share of task work AI would do, beside the published evidence; or, plainly,
 * that even full adoption does not reach N, and what it does reach. Loaded with its dock tab.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { FivefoldDocument, Scenario } from '../../model';
import { PUBLISHED_AUTOMATION_SHARE, SOURCES } from '../../model/assumptionSources';
import { formatPercent, peopleWord } from '../../readout/format';
import { reach } from '../../sim/reach';
import { quarterLabel } from '../../readout/rows';
import './reach.css';

export default function WhatItTakes({ doc, scenario, quarter, point }: { doc: FivefoldDocument; scenario: Scenario; quarter: number; point: number }) {
  const id = useId();
  const [target, setTarget] = useState(point);
  const H = useDeferredValue(target);
  const answer = useMemo(() => reach(doc, scenario, quarter, H), [doc, scenario, quarter, H]);
  const evidence = PUBLISHED_AUTOMATION_SHARE;
  const cite = SOURCES[evidence.source].cite;
  const where = answer.automatedShare > evidence.high ? 'above' : answer.automatedShare < evidence.low ? 'below' : 'within';
  return (
    <section className="what-it-takes" aria-label="What would it take" data-testid="what-it-takes">
      <h3>
        <label htmlFor={id}>To reach </label>
        <input id={id} type="number" min={0} step={1} value={target} onChange={(e) => setTarget(Math.max(0, Math.round(Number(e.target.value) || 0)))} />{' '}
        {peopleWord(target)} by {quarterLabel(quarter)} in {scenario.name}
      </h3>
      {answer.reachable ? (
        <dl className="reach-figures">
          <div>
            <dt>Adoption needed</dt>
            <dd data-testid="reach-adoption">{answer.adoption === 0 ? 'none' : formatPercent(answer.adoption, 1)}</dd>
          </div>
          <div>
            <dt>Task work AI would do</dt>
            <dd data-testid="reach-share">{formatPercent(answer.automatedShare)}</dd>
          </div>
          <div>
            <dt>Published evidence</dt>
            <dd>
              {formatPercent(evidence.low)}–{formatPercent(evidence.high)} of activities in some roles
            </dd>
          </div>
        </dl>
      ) : (
        <p className="reach-out" data-testid="reach-out">
          Out of reach: even full adoption leaves {answer.headcount} {peopleWord(answer.headcount)} by {quarterLabel(quarter)}, with AI doing {formatPercent(answer.automatedShare)} of
          task work.
        </p>
      )}
      <p className="reach-note">
        {answer.reachable && answer.adoption > 0 ? `That share is ${where} the ${formatPercent(evidence.low)}–${formatPercent(evidence.high)} ${cite} reports for some roles. ` : ''}
        Adoption at {quarterLabel(quarter)} is found by bisection with everything else as entered; the share is of the task work the teams do today.
      </p>
    </section>
  );
}
