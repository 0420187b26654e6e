import { memo } from 'react';
import { useStore, type NodeProps } from '@xyflow/react';
import type { LaneFlowNode } from './toFlow';
import { counted, formatFixed, formatMoneyShort, formatPeople, formatPercent, peopleWord } from '../readout/format';
import { useDoc, useStores } from '../store/context';
import { detailAt, summaryFontAt } from '../geometry/zoomLevels';
import { useRegistry } from '../ui/registry';

/**
 * A lane's background and name plate: the layer's name, its team count and total headcount. Zoomed
 * far out (semantic zoom's summary) the teams are not drawn and the lane says what they add up to,
 * in type that stays legible on screen.
 */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { layer, name, teamCount, headcount, band, after, control } = data;
  const summaryFont = useStore((s) => (detailAt(s.transform[2]) === 'summary' ? summaryFontAt(s.transform[2]) : 0));
  const people = after ? `${after.before} → ${after.after} ${peopleWord(after.after)}` : formatPeople(headcount);
  const counts = `${counted(teamCount, 'team')} · ${people}`;
  const registry = useRegistry();
  const stores = useStores();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a lane is a named area of the canvas, not a set of form fields, so fieldset would mislead
    <div
      className={`lane layer-${layer}${band ? ' lane-is-band' : ''}${summaryFont ? ' is-summary' : ''}`}
      data-testid={`lane-${layer}`}
      role="group"
      aria-label={`${name}: ${counts}`}
    >
      {summaryFont ? (
        <LaneSummary data={data} people={people} font={summaryFont} />
      ) : (
        // biome-ignore lint/a11y/noStaticElementInteractions: the double-click is the mouse's way to zoom to a lane; the keyboard has 1–5 (view.zoomToLane)
        <div className="lane-plate" title="Double-click to zoom to this lane" onDoubleClick={() => registry.run('view.zoomToLane', stores, { layer })}>
          <div className="lane-name" title={name}>
            {name}
          </div>
          {band && <div className="lane-across">across all layers</div>}
          <div className="lane-counts" data-testid="lane-counts">
            {counts}
          </div>
        </div>
      )}
      {/* Without a Control team there is no share to show (the results warn of unstaffed oversight). */}
      {control && teamCount > 0 && !summaryFont ? (
        <div className="lane-control-growth" data-testid="control-growth" style={{ top: control.top }}>
          <div>
            <b>{formatPercent(control.shareBefore)} → {formatPercent(control.shareAfter)}</b> of all people
          </div>
          <div>
            <b>+{formatFixed(control.oversightFte, 1)} FTE</b> oversight of AI work
          </div>
        </div>
      ) : null}
    </div>
  );
}

function LaneSummary({ data, people, font }: { data: LaneFlowNode['data']; people: string; font: number }) {
  const currency = useDoc((s) => s.doc.currency);
  const money = (v: number) => formatMoneyShort(v, currency);
  const cost = data.after ? `${money(data.after.costBefore)} → ${money(data.after.costAfter)}` : money(data.cost);
  return (
    <div className="lane-summary" data-testid="lane-summary" style={{ fontSize: font }}>
      <div className="lane-summary-name">{data.name}</div>
      <div className="lane-summary-figures">
        {counted(data.teamCount, 'team')} · {people} · {cost} a year
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
