// The live model checks: a small model checked here, a large one in the worker, with the last findings
// kept while an edit is checked, and none of them once another model is opened.
import { describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../../src/lint';
import type { FivefoldDocument } from '../../../src/model';
import { LintService } from '../../../src/simulation/lintService';
import type { RequestEnvelope } from '../../../src/simulation/protocol';
import { createStores } from '../../../src/store/context';
import { example as exampleDoc } from '../../support/examples';
import { FakeLaneWorker } from './fakeLaneWorker';
import { chain } from './given';

function givenLint(doc: FivefoldDocument) {
  const stores = createStores(doc);
  const workers: FakeLaneWorker<RequestEnvelope, Finding[]>[] = [];
  const service = new LintService(stores, () => {
    const w = new FakeLaneWorker<RequestEnvelope, Finding[]>((d) => lint(d));
    workers.push(w);
    return w;
  });
  service.subscribe(() => {});
  return { stores, service, workers };
}

/** A large model with findings: big teams in a chain. */
const crowded = (headcount: number) => {
  const doc = chain();
  return { ...doc, teams: doc.teams.map((t) => ({ ...t, headcount })) };
};

describe('LintService', () => {
  it('checks a small model here, as lint() does, without a worker', () => {
    const doc = exampleDoc();
    const { service, workers } = givenLint(doc);
    expect(service.getSnapshot()).toMatchObject({ findings: lint(doc), pending: false });
    expect(service.getSnapshot().marks.get('handoff:e09')).toBe('warning');
    expect(workers).toHaveLength(0);
  });

  it('keeps the last findings while the worker checks an edit of a large model', () => {
    const doc = crowded(12);
    const { stores, service, workers } = givenLint(doc);
    expect(service.getSnapshot()).toMatchObject({ findings: [], pending: true });
    workers[0].answerNext();
    const before = service.getSnapshot().findings;
    expect(before).toEqual(lint(doc));
    expect(before.some((f) => f.rule === 'big-team')).toBe(true);

    stores.document.getState().commit('Rename', (d) => {
      d.teams[0].name = 'Renamed';
    });
    expect(service.getSnapshot()).toMatchObject({ findings: before, pending: true });
    workers[0].answerNext();
    expect(service.getSnapshot()).toMatchObject({ findings: lint(stores.document.getState().doc), pending: false });
  });

  it('shows no finding of the model open before while the worker checks another one just opened', () => {
    const { stores, service, workers } = givenLint(crowded(12));
    expect(service.getSnapshot().pending).toBe(true);
    workers[0].answerNext();
    expect(service.getSnapshot().findings.length).toBeGreaterThan(0);

    const other = crowded(2);
    stores.document.getState().load(other);
    expect(service.getSnapshot()).toMatchObject({ findings: [], pending: true });
    expect(service.getSnapshot().marks.size).toBe(0);
    workers[0].answerNext();
    expect(service.getSnapshot()).toMatchObject({ findings: lint(other), pending: false });
  });
});
