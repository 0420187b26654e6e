import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as model from '../../../src/model';
import {
  AssumptionsSchema,
  AutomationSchema,
  DEFAULT_ASSUMPTIONS,
  HandoffSchema,
  InitiativeSchema,
  MixSchema,
  PARAMETERS,
  ScenarioSchema,
  TeamSchema,
  clampParam,
  param,
  paramOfPath,
  paramPath,
  type Parameter,
} from '../../../src/model';

/** The zod rule of one parameter's value, or null for a record the schema does not have yet. */
function ruleOf(p: Parameter): z.ZodType | null {
  const pick = (shape: Record<string, z.ZodType>, key: string) => shape[key] ?? null;
  switch (p.record) {
    case 'assumptions':
      return pick(AssumptionsSchema.unwrap().shape, p.field);
    case 'scenario':
      if (p.field === 'adoption') return ScenarioSchema.shape.adoption.element;
      if (p.kind) return pick(AutomationSchema.shape, p.kind);
      return pick(ScenarioSchema.shape, p.field);
    case 'team':
      if (p.kind) return pick(MixSchema.shape, p.kind);
      return pick(TeamSchema.shape, p.field);
    case 'handoff':
      return pick(HandoffSchema.shape, p.field);
    case 'initiative':
      return pick(InitiativeSchema.shape, p.field);
    case 'uncertainty': {
      const schema = (model as Record<string, unknown>).UncertaintySchema as z.ZodObject | undefined;
      if (!schema) return null;
      const field = schema.shape[p.field] as z.ZodType;
      return p.kind ? (field as unknown as z.ZodOptional<z.ZodObject>).unwrap().shape[p.kind] : field;
    }
  }
}

const accepts = (rule: z.ZodType, v: unknown) => rule.safeParse(v).success;
/** A range parameter's value is a [low, high] pair; the others are one number. */
const value = (p: Parameter, v: number) => (p.record === 'uncertainty' && p.field !== 'samples' && p.field !== 'seed' ? [v, v] : v);

describe('the parameter catalogue', () => {
  it('names every field a person edits: assumptions, scenario levers, team, handoff and initiative figures', () => {
    const ids = new Set(PARAMETERS.map((p) => p.id));
    const expected = [
      ...Object.keys(AssumptionsSchema.unwrap().shape).map((k) => `assumptions.${k}`),
      ...Object.keys(ScenarioSchema.shape)
        .filter((k) => !['id', 'name', 'uncertainty'].includes(k))
        .flatMap((k) => (k === 'potential' || k === 'cap' ? model.AUTOMATABLE_KINDS.map((kind) => `scenario.${k}.${kind}`) : [`scenario.${k}`])),
      ...['headcount', 'costPerFte', 'processDays', 'minAccountable', 'layer'].map((k) => `team.${k}`),
      ...model.MIX_KINDS.map((k) => `team.mix.${k}`),
      ...['waitDays', 'ca', 'kind'].map((k) => `handoff.${k}`),
      ...['baseline', 'target', 'windowDays', 'measurementLagDays'].map((k) => `initiative.${k}`),
    ];
    for (const id of expected) expect(ids, id).toContain(id);
  });

  it('gives each parameter one label and one short label, used by no other parameter', () => {
    const labels = PARAMETERS.map((p) => p.label);
    const shorts = PARAMETERS.map((p) => `${p.record === 'uncertainty' ? 'range ' : ''}${p.short}`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
    for (const p of PARAMETERS) {
      expect(p.label.length, p.id).toBeGreaterThan(0);
      expect(p.short.length, p.id).toBeLessThanOrEqual(p.label.length);
      expect(p.basis.length, p.id).toBeGreaterThan(10);
    }
    expect(new Set(shorts.filter((s) => !['Layer', 'Kind', 'Baseline', 'Target'].includes(s))).size).toBe(shorts.length - 4);
  });

  it('states format.md’s bounds, upper bounds included, exactly as the schema checks them', () => {
    let checked = 0;
    for (const p of PARAMETERS.filter((x) => x.bounds)) {
      const rule = ruleOf(p);
      if (!rule) continue;
      const b = p.bounds!;
      const tiny = b.integer ? 1 : 1e-6;
      expect(accepts(rule, value(p, b.minOpen ? b.min + tiny : b.min)), `${p.id} accepts its min`).toBe(true);
      // waitDays' range keeps its low above 0 through a rule across fields too (rules.ts).
      if (p.id !== 'uncertainty.waitDays') expect(accepts(rule, value(p, b.minOpen ? b.min : b.min - tiny)), `${p.id} refuses below its min`).toBe(false);
      expect(accepts(rule, value(p, b.maxOpen ? b.max - tiny : b.max)), `${p.id} accepts its max`).toBe(true);
      // f0's upper end is fMax (< 1), a rule across fields (rules.ts), not one of the field alone.
      if (p.id !== 'assumptions.f0') expect(accepts(rule, value(p, b.maxOpen ? b.max : b.max + tiny)), `${p.id} refuses above its max`).toBe(false);
      if (b.integer) expect(accepts(rule, value(p, b.min + 0.5)), `${p.id} is whole`).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it('carries the defaults of a new model and the basis of simulation.md §7', () => {
    expect(param('assumptions.f0').default).toBe(DEFAULT_ASSUMPTIONS.f0);
    expect(param('scenario.sigmaFirst').default).toBe(0.1);
    expect(param('scenario.maxDomains').sources?.sources).toEqual(['teamTopologies']);
    expect(param('scenario.minHumans').basis).toMatch(/EU AI Act/);
    expect(param('handoff.ca').basis).toMatch(/%C&A/);
  });

  it('finds a parameter from the JSON path of the control that edits it, and back', () => {
    expect(paramOfPath('scenarios[2].potential.routine')?.id).toBe('scenario.potential.routine');
    expect(paramOfPath('scenarios[0].adoption[3]')?.id).toBe('scenario.adoption');
    expect(paramOfPath('teams[0].mix.create')?.id).toBe('team.mix.create');
    expect(paramOfPath('assumptions.kPair')?.id).toBe('assumptions.kPair');
    expect(paramOfPath('teams[0].name')).toBeUndefined();
    for (const p of PARAMETERS) expect(paramOfPath(paramPath(p.id, 7))?.id).toBe(p.id);
  });

  it('clamps a value into its bounds, open bounds a thousandth inside, whole numbers rounded', () => {
    expect(clampParam('scenario.minHumans', 0)).toBe(1);
    expect(clampParam('scenario.maxDomains', 2.6)).toBe(3);
    expect(clampParam('assumptions.fMax', 1.3)).toBeCloseTo(0.999, 12);
    expect(clampParam('scenario.potential.routine', 0.9, { max: 0.8 })).toBe(0.8);
    expect(clampParam('team.headcount', 1e9)).toBe(100_000);
    expect(clampParam('scenario.sigmaFirst', Number.NaN)).toBe(0);
    expect(() => param('scenario.sigmaFrist')).toThrow(/sigmaFrist/);
  });
});
