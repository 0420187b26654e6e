import { describe, expect, it } from 'vitest';
import { lint, RULES, type Finding } from '../../../src/lint';
import { doc, feedback, ott, scenario, team, work } from './given';

const of = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const run = (d: Parameters<typeof lint>[0], rule: string) => of(lint(d), rule);

/** The four work layers, one team each, in a relay: the quiet baseline most tests start from. */
const relay = () => [team('s', 'strategy'), team('p', 'product'), team('b', 'build'), team('x', 'execution')];
const relayHandoffs = () => [work('w1', 's', 'p', 1), work('w2', 'p', 'b', 1), work('w3', 'b', 'x', 1), feedback('f1', 'x', 's')];

describe('the rules of lint.md', () => {
  it('has the nine rules with their default severities, in id order', () => {
    expect(RULES.map((r) => [r.id, r.defaultLevel])).toEqual([
      ['big-team', 'warning'],
      ['control-bypass', 'warning'],
      ['empty-layer', 'warning'],
      ['no-control', 'warning'],
      ['no-feedback', 'info'],
      ['orphan-team', 'warning'],
      ['rework-heavy', 'info'],
      ['single-point-of-failure', 'warning'],
      ['wait-dominates', 'info'],
    ]);
  });

  it('finds nothing in a small, well-formed relay', () => {
    expect(lint(doc(relay(), relayHandoffs()))).toEqual([]);
  });

  describe('empty-layer', () => {
    it('fires for each work layer without a team, naming the layer', () => {
      const found = run(doc([team('s', 'strategy'), team('b', 'build')], [work('w', 's', 'b', 1)]), 'empty-layer');
      expect(found.map((f) => [f.target, f.path])).toEqual([
        [{ kind: 'layer', id: 'execution' }, ''],
        [{ kind: 'layer', id: 'product' }, ''],
      ]);
      expect(found[1].message).toContain('Product & Design');
    });
    it('is silent on an empty model, and Control never counts as a missing stage', () => {
      expect(run(doc([], []), 'empty-layer')).toEqual([]);
      expect(run(doc(relay(), relayHandoffs()), 'empty-layer')).toEqual([]);
    });
    it('points at the layer override when the document renames the layer', () => {
      const d = { ...doc([team('s', 'strategy')], []), layers: [{ id: 'build' as const, name: 'Plumbing' }] };
      const found = run(d, 'empty-layer').find((f) => f.target.id === 'build')!;
      expect(found.path).toBe('layers[0]');
      expect(found.message).toContain('Plumbing');
    });
  });

  describe('no-control', () => {
    it('fires when no Control team exists and a scenario adopts AI, naming the scenario', () => {
      const found = run(doc(relay(), relayHandoffs(), scenario({ name: 'Bold bet', adoption: [0, 0.4] })), 'no-control');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ target: { kind: 'document', id: '' }, path: '' });
      expect(found[0].message).toContain('Bold bet');
    });
    it('is silent when nothing is adopted, or when a Control team exists', () => {
      expect(run(doc(relay(), relayHandoffs(), scenario({ adoption: [0, 0] })), 'no-control')).toEqual([]);
      const withControl = [...relay(), team('c', 'control')];
      expect(run(doc(withControl, [...relayHandoffs(), work('w4', 'b', 'c', 1)], scenario({ adoption: [0.5] })), 'no-control')).toEqual([]);
    });
  });

  describe('orphan-team', () => {
    it('fires for a team no handoff touches, by name', () => {
      const found = run(doc([...relay(), team('legal', 'strategy')], relayHandoffs()), 'orphan-team');
      expect(found.map((f) => f.target)).toEqual([{ kind: 'team', id: 'legal' }]);
      expect(found[0].path).toBe('teams[4]');
      expect(found[0].message).toMatch(/^Name of legal /);
    });
    it('counts feedback handoffs, and is silent in a one-team model', () => {
      expect(run(doc([team('a', 'build'), team('b', 'product')], [feedback('f', 'a', 'b')]), 'orphan-team')).toEqual([]);
      expect(run(doc([team('a', 'build')], []), 'orphan-team')).toEqual([]);
    });
  });

  describe('big-team', () => {
    it('fires above 9 people and not at 9', () => {
      const teams = [team('big', 'build', 10), team('fine', 'build', 9)];
      const found = run(doc(teams, [work('w', 'big', 'fine', 1)]), 'big-team');
      expect(found.map((f) => f.target.id)).toEqual(['big']);
      expect(found[0].message).toContain('Name of big has 10 people');
    });
  });

  describe('control-bypass', () => {
    it('finds the two shortcuts of the OTT example past the Control gate', () => {
      const found = run(ott(), 'control-bypass');
      expect(found.map((f) => [f.target.id, f.path])).toEqual([
        ['e09', 'handoffs[8]'],
        ['e10', 'handoffs[9]'],
      ]);
      expect(found[0].message).toBe(
        'Engineering hands “Offer and billing config” straight to Revenue ops, skipping Control, while other work from Build & Data to Execution passes through Engineering leadership & AI governance.',
      );
    });
    it('is silent when no route from Build & Data to Execution passes through Control at all', () => {
      const teams = [team('b', 'build'), team('x', 'execution'), team('c', 'control')];
      // Control only receives a report: it leads to no Execution team.
      expect(run(doc(teams, [work('h', 'b', 'x', 1), work('r', 'b', 'c', 1)]), 'control-bypass')).toEqual([]);
    });
    it('is silent when the only gated route uses the handoff itself', () => {
      const teams = [team('b', 'build'), team('x', 'execution'), team('c', 'control'), team('y', 'execution')];
      expect(run(doc(teams, [work('h', 'b', 'x', 1), work('g1', 'x', 'c', 1), work('g2', 'c', 'y', 1)]), 'control-bypass')).toEqual([]);
    });
    it('fires when another team of Build & Data releases through Control', () => {
      const teams = [team('b', 'build'), team('b2', 'build'), team('x', 'execution'), team('c', 'control')];
      const found = run(doc(teams, [work('h', 'b', 'x', 1), work('g1', 'b2', 'c', 1), work('g2', 'c', 'x', 1)]), 'control-bypass');
      expect(found.map((f) => f.target.id)).toEqual(['h']);
    });
    it('treats a second handoff between the same two teams as another route', () => {
      const teams = [team('b', 'build'), team('x', 'execution'), team('c', 'control'), team('y', 'execution')];
      const handoffs = [work('h1', 'b', 'x', 1), work('h2', 'b', 'x', 2), work('g1', 'x', 'c', 1), work('g2', 'c', 'y', 1)];
      expect(run(doc(teams, handoffs), 'control-bypass').map((f) => f.target.id)).toEqual(['h1', 'h2']);
    });
    it('ignores feedback handoffs on both sides', () => {
      const teams = [team('b', 'build'), team('b2', 'build'), team('x', 'execution'), team('c', 'control')];
      const handoffs = [work('h', 'b', 'x', 1), work('g1', 'b2', 'c', 1), feedback('g2', 'c', 'x')];
      expect(run(doc(teams, handoffs), 'control-bypass')).toEqual([]);
    });
  });

  describe('no-feedback', () => {
    it('fires on the OTT example, which has no feedback handoff', () => {
      expect(run(ott(), 'no-feedback').map((f) => f.target)).toEqual([{ kind: 'document', id: '' }]);
    });
    it('is silent with feedback from Execution to Product, and fires when it goes to Build instead', () => {
      const loops = [...relayHandoffs().slice(0, 3), feedback('f', 'x', 'p')];
      expect(run(doc(relay(), loops), 'no-feedback')).toEqual([]);
      const wrong = [...relayHandoffs().slice(0, 3), feedback('f', 'x', 'b')];
      expect(run(doc(relay(), wrong), 'no-feedback')).toHaveLength(1);
    });
    it('is silent without an Execution team', () => {
      expect(run(doc([team('s', 'strategy'), team('b', 'build')], [work('w', 's', 'b', 1)]), 'no-feedback')).toEqual([]);
    });
  });

  describe('rework-heavy', () => {
    it('fires below 0.7 %C&A on work handoffs only', () => {
      const teams = [team('a', 'product'), team('b', 'build'), team('c', 'execution')];
      const handoffs = [work('low', 'a', 'b', 1, 0.69), work('ok', 'b', 'c', 1, 0.7), { ...feedback('fb', 'c', 'a'), ca: 0.2 }];
      const found = run(doc(teams, handoffs), 'rework-heavy');
      expect(found.map((f) => [f.target.id, f.path])).toEqual([['low', 'handoffs[0]']]);
      expect(found[0].message).toBe('Name of b can use only 69% of what Name of a hands it without rework (%C&A below 70%).');
    });
  });

  describe('single-point-of-failure', () => {
    it('finds the three one-person groups of AI-native in the OTT example, per scenario, at the owner', () => {
      const found = run(ott(), 'single-point-of-failure');
      expect(found.map((f) => [f.target.id, f.scenario, f.path])).toEqual([
        ['data', 'ai-native', 'teams[3]'],
        ['growth', 'ai-native', 'teams[6]'],
        ['strat', 'ai-native', 'teams[0]'],
      ]);
      expect(found[2].message).toBe(
        'In “AI-native” at Q3, Strategy & finance, Insight & experimentation and Product & UX merge into one group of 1 person: one absence stops the work of all 3.',
      );
    });
    it('is silent where no scenario merges three teams into one person, and when asked not to simulate', () => {
      const d = ott();
      expect(run({ ...d, scenarios: d.scenarios.filter((s) => s.id === 'cautious') }, 'single-point-of-failure')).toEqual([]);
      expect(of(lint(d, { simulation: false }), 'single-point-of-failure')).toEqual([]);
    });
  });

  describe('wait-dominates', () => {
    it('fires when the baseline critical path waits more than twice its touch time', () => {
      const found = run(doc([team('a', 'product', 2, 1), team('b', 'build', 2, 1)], [work('w', 'a', 'b', 10)]), 'wait-dominates');
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('waits 10 days against 2 days');
    });
    it('is silent at exactly twice, and on an empty model', () => {
      expect(run(doc([team('a', 'product', 2, 1), team('b', 'build', 2, 1)], [work('w', 'a', 'b', 4)]), 'wait-dominates')).toEqual([]);
      expect(run(doc([], []), 'wait-dominates')).toEqual([]);
    });
  });

  it('sorts by rule id, then target id, and names teams by name everywhere', () => {
    const found = lint(ott());
    const keys = found.map((f) => `${f.rule}\u0000${f.target.id}`);
    expect(keys).toEqual([...keys].sort());
    const d = ott();
    for (const f of found) for (const t of d.teams) if (t.id !== t.name) expect(f.message).not.toMatch(new RegExp(`\\b${t.id}\\b`));
  });

  it('gives the same findings whatever the order of teams and handoffs', () => {
    const d = ott();
    const shuffled = { ...d, teams: [...d.teams].reverse(), handoffs: [...d.handoffs].reverse() };
    const strip = (fs: Finding[]) => fs.map(({ path: _path, ...rest }) => rest);
    expect(strip(lint(shuffled))).toEqual(strip(lint(d)));
  });

  it('keeps long Unicode names whole in its messages', () => {
    const long = 'Équipe données & IA — 数据平台 '.repeat(4).trim();
    const teams = [{ ...team('a', 'build', 12), name: long }, team('b', 'execution')];
    expect(run(doc(teams, [work('w', 'a', 'b', 1)]), 'big-team')[0].message).toContain(long);
  });
});
