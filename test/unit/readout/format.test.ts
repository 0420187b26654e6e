import { describe, expect, it } from 'vitest';
import { param } from '../../../src/model';
import {
  counted,
  formatBytes,
  formatCompact,
  formatDays,
  formatFixed,
  formatFte,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatParamValue,
  formatPeople,
  formatPercent,
  formatShare3,
  formatSignedPercent,
  formatWhen,
  peopleWord,
  plural,
} from '../../../src/readout/format';

describe('peopleWord', () => {
  it('is "person" for exactly one and "people" for any other count, fractions and zero included', () => {
    expect(peopleWord(1)).toBe('person');
    for (const n of [0, 2, 0.5, 1.5, 20]) expect(peopleWord(n)).toBe('people');
  });
});

describe('counted', () => {
  it('gives the singular noun for exactly one and a plain plural for any other count', () => {
    expect(counted(1, 'team')).toBe('1 team');
    expect(counted(0, 'warning')).toBe('0 warnings');
    expect(counted(12, 'handoff')).toBe('12 handoffs');
  });
});

describe('the one formatting module', () => {
  // Values where rounding is delicate: halves, binary fractions that sit just below a half, negatives.
  const values = [0, -0, 0.005, 0.015, 0.125, 1.005, 2.675, 28.7957, 72.5, -3.335, 1234.5678, 0.145, 0.285, 1e-9];

  it('writes fixed decimals exactly as toFixed does, without grouping', () => {
    for (const v of values) for (const d of [0, 1, 2, 3]) expect(formatFixed(v, d), `${v} to ${d}`).toBe(v.toFixed(d));
  });

  it('rounds numbers to at most the digits asked, with "," between thousands', () => {
    expect(formatNumber(1234.5678)).toBe('1,234.57');
    expect(formatNumber(0.7600000000000001, 3)).toBe('0.76');
    expect(formatDays(28.7957)).toBe('28.8');
    expect(formatFte(1.0762)).toBe('1.08');
    expect(formatShare3(0.72675)).toBe('0.727');
  });

  it('writes a share as a whole percentage as the panels always did, and a change with its sign', () => {
    for (const v of [0, 0.005, 0.145, 0.285, 0.5, 0.95, 1, 0.236]) expect(formatPercent(v)).toBe(`${Math.round(v * 100)}%`);
    expect(formatPercent(0.7654, 1)).toBe('76.5%');
    expect(formatSignedPercent(-0.75)).toBe('−75%');
    expect(formatSignedPercent(0.104)).toBe('+10%');
    expect(formatSignedPercent(0.004)).toBe('±0%');
  });

  it('writes money in the document’s currency, whole or short', () => {
    expect(formatMoney(1116259.46, 'USD')).toBe('$1,116,259');
    expect(formatMoney(3540000, 'EUR')).toBe('€3,540,000');
    expect(formatMoneyShort(3540000, 'USD')).toBe('$3.54M');
    expect(formatCompact(250000)).toBe('250K');
  });

  it('says person, people, day and days by the count', () => {
    expect(formatPeople(1)).toBe('1 person');
    expect(formatPeople(20)).toBe('20 people');
    expect(formatPeople(0.5)).toBe('0.5 people');
    expect(plural(1, 'day')).toBe('day');
    expect(plural(2, 'day')).toBe('days');
    expect(counted(2, 'person', 'people')).toBe('2 people');
  });

  it('writes a parameter’s value by its catalogue unit', () => {
    expect(formatParamValue(0.95, param('scenario.sigmaFirst'))).toBe('95%');
    expect(formatParamValue(0.75, param('scenario.absorbThreshold'))).toBe('0.75');
    expect(formatParamValue(3, param('scenario.maxDomains'))).toBe('3');
    expect(formatParamValue(200000, param('team.costPerFte'), 'GBP')).toBe('£200,000');
  });

  it('writes a size in the unit a person reads', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(20 * 1024)).toBe('20 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
  });

  it('writes a moment in English to the minute, in the reader’s own time zone', () => {
    const at = new Date(2026, 11, 4, 9, 5).getTime();
    expect(formatWhen(at)).toMatch(/^Dec 4, 2026, 9:05\s?AM$/);
  });
});
