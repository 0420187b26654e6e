/** @vitest-environment jsdom */
// The results dock on the OTT example: every number it shows equals the engine's, rounded as
// simulation.md §0 says. Expected values are computed with the engine here, except the headline of
// issue 5 and the §8 figures, which are the spec's.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseline, project, simulate } from '../../../../src/sim';
import {
  formatDays,
  formatFte,
  formatHeadline,
  formatMoney,
  headcountByLayer,
  headlineFigures,
  initiativeCheck,
  layerName,
} from '../../../../src/readout';
import { bodyRows, renderDock } from './harness';
import { ott, scenarioOf } from '../../../unit/sim/ott';

const figuresText = () => screen.getByTestId('results-headline').querySelector('.headline-figures')!.textContent;
// The dashboard's code loads when the dock first unfolds: wait for it, as a person sees it arrive.
const open = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Show results' }));
  await screen.findByTestId('layer-table');
};
describe('headline', () => {
  it('reads the issue-5 headline for AI-native at its last quarter (the shown default)', () => {
    renderDock();
    expect(figuresText()).toBe('20 → 5 people · 12 → 6 handoffs · 72.5 → 28.8 days · $3.54M → $1.12M');
    expect(screen.getByTestId('results-headline').textContent).toContain('AI-native · Q3');
  });

  it('is there while the dock is folded, and follows the chosen scenario and quarter', () => {
    const { stores, doc } = renderDock();
    expect(screen.getByRole('button', { name: 'Show results' }).getAttribute('aria-expanded')).toBe('false');
    for (const [scenario, quarter] of [['ai-native', 1], ['cautious', 3], ['evidence-top', 2]] as const) {
      act(() => {
        stores.ui.getState().setScenario(scenario);
        stores.ui.getState().setQuarter(quarter);
      });
      const expected = formatHeadline(headlineFigures(baseline(doc), simulate(doc, scenarioOf(doc, scenario), quarter)), doc.currency);
      expect(figuresText(), `${scenario} q${quarter}`).toBe(expected);
    }
  });

  it('follows an edit of the document', () => {
    const { stores, doc } = renderDock();
    act(() => stores.document.getState().commit('More engineers', (d) => void (d.teams.find((t) => t.id === 'eng')!.headcount = 4)));
    const edited = stores.document.getState().doc;
    expect(edited).not.toBe(doc);
    expect(figuresText()).toBe(formatHeadline(headlineFigures(baseline(edited), simulate(edited, scenarioOf(edited, 'ai-native'), 3)), 'USD'));
    expect(figuresText()).toMatch(/^21 → /);
  });
});

describe('dashboard', () => {
  const doc = ott();
  const base = baseline(doc);
  const after = simulate(doc, scenarioOf(doc, 'ai-native'), 3);

  it('people per layer equal the groups counted in their owner’s layer', async () => {
    renderDock(doc);
    await open();
    const before = headcountByLayer(doc, base);
    const now = headcountByLayer(doc, after);
    const rows = bodyRows(screen.getByTestId('layer-table'));
    expect(rows).toEqual((['strategy', 'product', 'build', 'execution', 'control'] as const).map((l) => [layerName(doc, l), String(before[l]), String(now[l])]));
    // §8: ai-native q3 groups strat 1, data 1, growth 1, ctrl 2.
    expect(rows.map((r) => Number(r[2]))).toEqual([1, 0, 1, 1, 2]);
  });

  it('the pyramid equals the engine’s, in FTE to 2 decimals', async () => {
    renderDock(doc);
    await open();
    const rows = bodyRows(screen.getByTestId('pyramid-table'));
    const parts = ['execution', 'orchestration', 'innovation', 'unallocated'] as const;
    expect(rows.map((r) => r.slice(1))).toEqual(parts.map((p) => [formatFte(base.pyramid[p]), formatFte(after.pyramid[p])]));
    // §8: after 1.08 / 2.44 / 0.81 / 0.67.
    expect(rows.map((r) => r[2])).toEqual(['1.08', '2.44', '0.81', '0.67']);
  });

  it('quarter by quarter equals project(), the baseline first', async () => {
    renderDock(doc);
    await open();
    const rows = bodyRows(screen.getByTestId('quarter-table'));
    const expected = [base, ...project(doc, scenarioOf(doc, 'ai-native'))].map((r, i) => [
      i === 0 ? 'Before' : `Q${r.quarter}`,
      String(r.headcount),
      formatDays(r.leadTimeDays),
      formatMoney(r.cost.total, 'USD'),
    ]);
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r[1])).toEqual(['20', '18', '10', '6', '5']);
  });

  it('the initiative check shows the loops, the sentence and the honest reading of waiting', async () => {
    renderDock(doc);
    await open();
    const check = initiativeCheck(doc, base, after);
    expect(screen.getByTestId('learning-loops').textContent).toContain(`${formatDays(base.learningLoops!)} → ${formatDays(after.learningLoops!)}`);
    expect(screen.getByTestId('learning-loops').textContent).toContain('0.7 → 1.33');
    expect(screen.getByTestId('initiative-sentence').textContent).toBe(check.sentence);
    expect(screen.getByTestId('waiting-sentence').textContent).toBe(check.waiting.sentence);
    expect(screen.getByTestId('waiting-sentence').className).toContain('waiting-dominates');
    expect(screen.getByTestId('no-warnings')).toBeTruthy();
  });

  it("lists the engine's warnings with the teams concerned, by name", async () => {
    const big = ott();
    big.teams.find((t) => t.id === 'eng')!.headcount = 11;
    renderDock(big);
    await open();
    const warnings = simulate(big, scenarioOf(big, 'ai-native'), 3).warnings;
    const items = within(screen.getByTestId('warning-list')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual(warnings.map((w) => w.code));
    const bigTeam = items.find((li) => li.getAttribute('data-code') === 'big-team')!;
    expect(bigTeam.textContent).toContain('Teams: Engineering.');
    expect(bigTeam.textContent).toContain(warnings.find((w) => w.code === 'big-team')!.message);
  });

  it('folds and unfolds', async () => {
    renderDock(doc);
    await open();
    expect(screen.getByTestId('layer-table')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide results' }));
    expect(screen.queryByTestId('layer-table')).toBeNull();
    expect(figuresText()).toContain('20 → 5 people');
  });
});
