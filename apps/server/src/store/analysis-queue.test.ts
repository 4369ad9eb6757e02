import { type DuckDbStore, openDuckDbStore } from '@opencjm/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisQueue, type Cancellable } from './analysis-queue.ts';

const stores: DuckDbStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function store(): Promise<DuckDbStore> {
  const opened = await openDuckDbStore(':memory:');
  stores.push(opened);
  return opened;
}

/** A query that runs for many seconds unless interrupted. */
const SLOW = 'SELECT count(*) FROM range(3000000000) a WHERE a.range % 7 = 3';

/** A client that goes away when told. */
function client(): Cancellable & { leave(): void } {
  let listener: (() => void) | undefined;
  return {
    onAbort(l) {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    leave: () => listener?.(),
  };
}

describe('analysisQueue', () => {
  it('runs analyses one at a time, in order', async () => {
    const queue = analysisQueue(await store());
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        queue.run(async (s) => {
          order.push(n);
          await s.conn.run('SELECT 1');
          order.push(-n);
        }),
      ),
    );
    expect(order).toEqual([1, -1, 2, -2, 3, -3]);
  });

  it('interrupts an analysis over the time limit with 503 analysis-timeout, and goes on with the next', async () => {
    const queue = analysisQueue(await store(), { timeoutMs: 200 });
    const slow = queue.run((s) => s.conn.run(SLOW));
    const next = queue.run(async (s) => (await s.conn.runAndReadAll('SELECT 42 AS n')).getRowObjects()[0]?.n);
    await expect(slow).rejects.toMatchObject({ status: 503, body: { error: { code: 'analysis-timeout' } } });
    expect(await next).toBe(42);
  });

  it('drops a waiting analysis whose client left, and interrupts a running one', async () => {
    const queue = analysisQueue(await store());
    const first = client();
    const second = client();
    let secondRan = false;
    const running = queue.run((s) => s.conn.run(SLOW), first);
    const waiting = queue.run(async () => {
      secondRan = true;
    }, second);
    second.leave();
    await expect(waiting).rejects.toMatchObject({ body: { error: { code: 'client-gone' } } });
    first.leave();
    await expect(running).rejects.toMatchObject({ body: { error: { code: 'client-gone' } } });
    await queue.idle();
    expect(secondRan).toBe(false);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('answers 503 busy at once when the queue is full', async () => {
    const queue = analysisQueue(await store(), { maxWaiting: 2, timeoutMs: 300 });
    const runs = Array.from({ length: 4 }, () => queue.run((s) => s.conn.run('SELECT 1')));
    const outcomes = await Promise.allSettled(runs);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect(outcomes[3]).toMatchObject({ reason: { status: 503, body: { error: { code: 'busy' } } } });
  });
});

describe('analysisQueue.cached', () => {
  it('computes an answer once per key and data version, sharing a run in progress', async () => {
    const queue = analysisQueue(await store());
    let runs = 0;
    const work = async () => {
      runs++;
      return runs;
    };
    const [a, b] = await Promise.all([queue.cached('funnel?x', work), queue.cached('funnel?x', work)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await queue.cached('funnel?y', work)).toBe(2);
    queue.dataChanged();
    expect(await queue.cached('funnel?x', work)).toBe(3);
  });

  it('keeps no failed answer', async () => {
    const queue = analysisQueue(await store());
    await expect(queue.cached('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.cached('k', async () => 'ok')).toBe('ok');
  });
});

describe('analysisQueue.cached with clients', () => {
  it('cancels a shared run only when every client has gone', async () => {
    const queue = analysisQueue(await store());
    const first = client();
    const second = client();
    const a = queue.cached('slow', (s) => s.conn.run(SLOW), first);
    const b = queue.cached('slow', (s) => s.conn.run(SLOW), second);
    first.leave();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(queue.load.running).toBe(1);
    second.leave();
    await expect(a).rejects.toMatchObject({ body: { error: { code: 'client-gone' } } });
    await expect(b).rejects.toMatchObject({ body: { error: { code: 'client-gone' } } });
    expect(await queue.cached('slow', async () => 'again')).toBe('again');
  });
});
