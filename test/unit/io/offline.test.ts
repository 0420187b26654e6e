// The service worker's update offer, on a hand-made ServiceWorkerContainer: a first install is never
// offered; a version that waits (found at start or installed later) is, and taking it tells that
// worker to skip waiting and reloads once it controls the page.
import { afterEach, describe, expect, it } from 'vitest';
import { announceUpdate, waitingUpdate, watchForUpdates } from '../../../src/io/offline';

class FakeTarget {
  private listeners = new Map<string, Set<() => void>>();
  addEventListener(type: string, listener: () => void, options?: { once?: boolean }) {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    const wrapped = options?.once
      ? () => {
          set.delete(wrapped);
          listener();
        }
      : listener;
    set.add(wrapped);
  }
  fire(type: string) {
    for (const l of [...(this.listeners.get(type) ?? [])]) l();
  }
}

class FakeWorker extends FakeTarget {
  state = 'installing';
  messages: unknown[] = [];
  postMessage(m: unknown) {
    this.messages.push(m);
  }
  become(state: string) {
    this.state = state;
    this.fire('statechange');
  }
}

function given({ controlled, waiting }: { controlled: boolean; waiting?: FakeWorker }) {
  const registration = Object.assign(new FakeTarget(), { waiting: waiting ?? null, installing: null as FakeWorker | null });
  const container = Object.assign(new FakeTarget(), {
    controller: controlled ? {} : null,
    registered: [] as string[],
    register(url: string) {
      this.registered.push(url);
      return Promise.resolve(registration);
    },
  });
  let reloads = 0;
  const start = watchForUpdates(container as unknown as ServiceWorkerContainer, '/sw.js', () => reloads++);
  return { container, registration, start, reloads: () => reloads };
}

afterEach(() => announceUpdate(null as unknown as () => void));

describe('service worker updates', () => {
  it('registers the worker and offers nothing on a first install', async () => {
    const { container, registration, start } = given({ controlled: false });
    await start;
    expect(container.registered).toEqual(['/sw.js']);
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.fire('updatefound');
    worker.become('installed');
    expect(waitingUpdate()).toBeNull();
  });

  it('offers a version installed while the page runs; taking it skips waiting, then reloads when it controls the page', async () => {
    const { container, registration, start, reloads } = given({ controlled: true });
    await start;
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.fire('updatefound');
    expect(waitingUpdate()).toBeNull();
    worker.become('installed');
    const apply = waitingUpdate();
    expect(apply).toBeTypeOf('function');
    expect(worker.messages).toEqual([]);
    apply!();
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloads()).toBe(0);
    container.fire('controllerchange');
    expect(reloads()).toBe(1);
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const { start } = given({ controlled: true, waiting });
    await start;
    waitingUpdate()!();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
  });

  it('works on without a worker when registering is refused or answers nothing', async () => {
    for (const register of [() => Promise.reject(new Error('refused')), () => Promise.resolve(undefined)]) {
      const container = Object.assign(new FakeTarget(), { controller: {}, register });
      await expect(watchForUpdates(container as unknown as ServiceWorkerContainer, '/sw.js', () => undefined)).resolves.toBeUndefined();
    }
    expect(waitingUpdate()).toBeNull();
  });
});
