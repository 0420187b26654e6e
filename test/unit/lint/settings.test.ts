import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import type { FivefoldDocument } from '../../../src/model';
import { ott } from './given';

type Settings = { rules?: Record<string, string>; ignore?: { rule: string; id: string }[] };
const withSettings = (lintSettings: Settings): FivefoldDocument => ({ ...ott(), lint: lintSettings }) as FivefoldDocument;
const summary = (d: FivefoldDocument) => lint(d).map((f) => `${f.severity} ${f.rule} ${f.target.id}${f.scenario ? ` ${f.scenario}` : ''}`);

describe('lint settings in the document', () => {
  it('uses the defaults of lint.md without settings', () => {
    expect(summary(ott())).toEqual([
      'warning control-bypass e09',
      'warning control-bypass e10',
      'info no-feedback ',
      'warning single-point-of-failure data ai-native',
      'warning single-point-of-failure growth ai-native',
      'warning single-point-of-failure strat ai-native',
    ]);
  });

  it('switches a rule off and raises another to error', () => {
    expect(summary(withSettings({ rules: { 'single-point-of-failure': 'off', 'control-bypass': 'error', 'no-feedback': 'warning' } }))).toEqual([
      'error control-bypass e09',
      'error control-bypass e10',
      'warning no-feedback ',
    ]);
  });

  it('ignores one rule on one target only', () => {
    const found = summary(withSettings({ ignore: [{ rule: 'control-bypass', id: 'e09' }, { rule: 'orphan-team', id: 'e10' }] }));
    expect(found).not.toContain('warning control-bypass e09');
    expect(found).toContain('warning control-bypass e10');
  });

  it('ignores every scenario of a single point of failure at its owner', () => {
    const found = summary(withSettings({ ignore: [{ rule: 'single-point-of-failure', id: 'strat' }] }));
    expect(found.filter((f) => f.includes('single-point-of-failure'))).toEqual([
      'warning single-point-of-failure data ai-native',
      'warning single-point-of-failure growth ai-native',
    ]);
  });

  it('passes over unknown rule ids in the settings', () => {
    expect(summary(withSettings({ rules: { 'no-such-rule': 'error' }, ignore: [{ rule: 'nope', id: 'e09' }] }))).toEqual(summary(ott()));
  });
});
