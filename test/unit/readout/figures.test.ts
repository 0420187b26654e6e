// The one list of result figures that the CLI's table, the report and the compare view read: each
// figure is the engine's own number, and reads the way its audience expects.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/review/report';
import { reportMarkdown } from '../../../src/review/reportRender';
import { cliLabel, figuresOf, formatCliFigure, formatFigure, pickFigures } from '../../../src/readout/figures';
import { headcountByLayer } from '../../../src/readout/layers';
import { baseline, simulate } from '../../../src/sim';
import { ott, scenarioOf } from '../sim/ott';

const doc = ott();
const q3 = simulate(doc, scenarioOf(doc, 'ai-native'), 3);
const value = (key: string) => pickFigures(doc, [key])[0].value(q3);

describe('figures', () => {
  it('take each number from the result as the engine gives it (§8: 5 people, 6 handoffs at AI-native Q3)', () => {
    expect(value('people')).toBe(5);
    expect(value('handoffs')).toBe(6);
    expect(value('lead')).toBe(q3.leadTimeDays);
    expect(value('cost')).toBe(q3.cost.total);
    expect(value('cost:ai')).toBe(q3.cost.ai);
    expect(value('pyramid:orchestration')).toBe(q3.pyramid.orchestration);
    expect(value('layer:build')).toBe(headcountByLayer(doc, q3).build);
    expect(value('search')).toBe(q3.search);
  });

  it('have unique keys, and layers carry the document’s own layer names', () => {
    const all = figuresOf(doc);
    expect(new Set(all.map((f) => f.key)).size).toBe(all.length);
    expect(all.find((f) => f.key === 'layer:product')!.label).toBe('Product & Design');
    expect(() => pickFigures(doc, ['headcount'])).toThrow('no figure "headcount"');
  });

  it('read for people rounded and in the currency, and in the CLI with fixed decimals', () => {
    expect(formatFigure('money', 1116259.46, 'USD')).toBe('$1,116,259');
    expect(formatFigure('fraction', 0.95, 'USD')).toBe('95%');
    expect(formatFigure('days', null, 'USD')).toBe('—');
    expect(formatCliFigure('days', 72.5)).toBe('72.50');
    expect(formatCliFigure('share', 0.72675)).toBe('0.727');
    expect(formatCliFigure('money', 1116259.46)).toBe('1,116,259');
    expect(cliLabel(pickFigures(doc, ['cost'])[0], 'EUR')).toBe('cost, total (EUR)');
  });

  it('the report’s quarter table shows the same figures, in the people’s reading', () => {
    const md = reportMarkdown(buildReport(doc, { scenario: 'ai-native' }));
    const base = baseline(doc);
    expect(md).toContain(`| Lead time (days) | ${formatFigure('days', base.leadTimeDays, 'USD')} |`);
    expect(md).toContain(`| Cost of AI |`);
    expect(md).toMatch(/\| Work handoffs \| 12 \| .* \| 6 \|/);
  });
});
