import { describe, expect, it } from 'vitest';
import { SimClient } from '../../../src/simulation/client';
import type { SimulationAnswer } from '../../../src/simulation/compute';
import { FakeWorker } from './fakeWorker';
import { example as exampleDoc } from '../../support/examples';

function givenClient() {
  const worker = new FakeWorker();
  const answers: { id: number; answer: SimulationAnswer }[] = [];
  const failures: { id: number; error: string }[] = [];
  const client = new SimClient(worker, { answer: (id, answer) => answers.push({ id, answer }), failure: (id, error) => failures.push({ id, error }) });
  return { worker, client, answers, failures };
}

const doc = exampleDoc();
const aiNative = doc.scenarios.find((s) => s.id === 'ai-native')!;

describe('SimClient', () => {
  it('sends one request and delivers its answer with the revision it returned', () => {
    const { worker, client, answers } = givenClient();
    const id = client.request(doc, aiNative, 3);
    expect(worker.received).toHaveLength(1);
    expect(client.busy).toBe(true);
    worker.answerNext();
    expect(answers.map((a) => a.id)).toEqual([id]);
    expect(answers[0].answer.result!.quarter).toBe(3);
    expect(client.busy).toBe(false);
  });

  it('keeps one request in flight; of the requests made meanwhile only the newest is sent, and the stale answer is dropped', () => {
    const { worker, client, answers } = givenClient();
    client.request(doc, aiNative, 0);
    client.request(doc, aiNative, 1);
    client.request(doc, aiNative, 2);
    const newest = client.request(doc, aiNative, 3);
    expect(worker.received.map((r) => r.quarter)).toEqual([0]);
    worker.answerNext(); // the answer for quarter 0 is stale: dropped, and the newest request goes out
    expect(answers).toHaveLength(0);
    expect(worker.received.map((r) => r.quarter)).toEqual([3]);
    worker.answerNext();
    expect(answers.map((a) => [a.id, a.answer.result!.quarter])).toEqual([[newest, 3]]);
  });

  it('sends the document only when it changed since the last request, and then only what changed', () => {
    const { worker, client } = givenClient();
    client.request(doc, aiNative, 0);
    worker.answerNext();
    client.request(doc, aiNative, 1);
    expect(worker.received[0].json).toBeUndefined();
    worker.answerNext();
    const edited = { ...doc, title: 'Edited' };
    client.request(edited, aiNative, 1);
    expect(worker.received[0].json).toBeUndefined();
    expect(worker.received[0].delta).toEqual({ from: 0, set: [['title', 'Edited']], lists: [] });
    expect(worker.received[0].docKey).not.toBe(0);
  });

  it('reports a failed newest request, and sends the document again next time', () => {
    const { worker, client, failures } = givenClient();
    client.request(doc, aiNative, 0);
    worker.received[0].json = undefined; // the worker never got it (restarted)
    worker.answerNext();
    expect(failures).toHaveLength(1);
    client.request(doc, aiNative, 1);
    expect(JSON.parse(worker.received[0].json!)).toEqual(doc);
  });

  it('a crashed worker fails for good and reports the newest request', () => {
    const { worker, client, failures } = givenClient();
    const id = client.request(doc, aiNative, 0);
    worker.crash('blocked by CSP');
    expect(client.failed).toBe(true);
    expect(failures).toEqual([{ id, error: 'blocked by CSP' }]);
    client.dispose();
    expect(worker.terminated).toBe(true);
  });
});
