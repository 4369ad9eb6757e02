import { createMapFromTemplate } from '@opencjm/core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_WINDOW, metricsKey, startMetricsWarmer } from './metrics-warmer.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

const open: Workspace[] = [];
afterEach(async () => {
  for (const workspace of open.splice(0)) await workspace.close();
});

/** A workspace with two maps whose queue records the keys it is asked to compute. */
async function recorded() {
  const workspace = await openWorkspace(':memory:');
  open.push(workspace);
  const maps = ['laptop', 'phone'].map((id) =>
    createMapFromTemplate('six-stages', { language: 'en', title: id, id }),
  );
  for (const map of maps) await workspace.maps.insert(map.id, map);
  const computed: string[] = [];
  const cached = workspace.analyses.cached.bind(workspace.analyses);
  const analyses = {
    ...workspace.analyses,
    cached: <T>(key: string, work: Parameters<typeof cached<T>>[1]) => {
      computed.push(key);
      return cached(key, work);
    },
  };
  return { workspace: { ...workspace, analyses }, maps, computed };
}

describe('the map figures warmer', () => {
  it('computes every map’s figures on start, under the key the metrics route reads', async () => {
    const { workspace, maps, computed } = await recorded();
    const warmer = startMetricsWarmer(workspace, 0, (id, error) => {
      throw new Error(`${id}: ${String(error)}`);
    });
    await warmer?.idle();
    expect(computed.sort()).toEqual(maps.map((map) => metricsKey(map, DEFAULT_METRICS_WINDOW)).sort());
    warmer?.stop();
  });

  it('runs once for a burst of changes, again after new data and after a map is saved', async () => {
    const { workspace, maps, computed } = await recorded();
    const warmer = startMetricsWarmer(workspace, 20, () => {});
    if (!warmer) throw new Error('no warmer');
    await warmer.idle();
    computed.length = 0;

    for (let i = 0; i < 5; i++) workspace.analyses.dataChanged();
    await warmer.idle();
    expect(computed).toHaveLength(2);

    computed.length = 0;
    const [first] = maps;
    if (!first) throw new Error('no map');
    const renamed = { ...first, title: 'Laptop, renamed' };
    await warmer.watched(workspace.maps).update(first.id, 1, renamed);
    await warmer.idle();
    expect(computed).toContain(metricsKey(renamed, DEFAULT_METRICS_WINDOW));

    warmer.stop();
    computed.length = 0;
    workspace.analyses.dataChanged();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(computed).toEqual([]);
  });

  it('rests four times as long as its last warming before the next, so live data cannot keep the queue busy', async () => {
    const { workspace } = await recorded();
    const starts: number[] = [];
    const ends: number[] = [];
    const slow = {
      ...workspace,
      analyses: {
        ...workspace.analyses,
        cached: async <T>(_key: string, _work: unknown): Promise<T> => {
          if (starts.length === ends.length) starts.push(Date.now());
          await new Promise((resolve) => setTimeout(resolve, 40));
          return undefined as T;
        },
      },
    };
    const warmer = startMetricsWarmer(slow, 0, () => {});
    if (!warmer) throw new Error('no warmer');
    await warmer.idle();
    ends.push(Date.now());
    slow.analyses.dataChanged();
    await warmer.idle();
    const first = (ends[0] ?? 0) - (starts[0] ?? 0);
    expect(starts).toHaveLength(2);
    expect((starts[1] ?? 0) - (ends[0] ?? 0)).toBeGreaterThanOrEqual(4 * first - 20);
    warmer.stop();
  });

  it('keys figures by map content and window, so an edit or another window is computed anew', () => {
    const map = createMapFromTemplate('six-stages', { language: 'en', title: 'A', id: 'a' });
    expect(metricsKey(map, '7d')).toBe(metricsKey(structuredClone(map), '7d'));
    expect(metricsKey(map, '7d')).not.toBe(metricsKey({ ...map, title: 'B' }, '7d'));
    expect(metricsKey(map, '7d')).not.toBe(metricsKey(map, '1d'));
  });

  it('keys figures by period too, one key per period however its bounds are spelled; all time is the warmed key', () => {
    const map = createMapFromTemplate('six-stages', { language: 'en', title: 'A', id: 'a' });
    const january = metricsKey(map, '7d', { from: '2026-01-01', to: '2026-02-01' });
    expect(january).not.toBe(metricsKey(map, '7d'));
    expect(january).toBe(
      metricsKey(map, '7d', { from: '2026-01-01T00:00Z', to: '2026-02-01T03:00:00+03:00' }),
    );
    expect(january).not.toBe(metricsKey(map, '7d', { from: '2026-01-01' }));
    expect(metricsKey(map, '7d', { from: '2026-01-01' })).not.toBe(
      metricsKey(map, '7d', { to: '2026-01-01' }),
    );
    expect(metricsKey(map, '7d', {})).toBe(metricsKey(map, '7d'));
    expect(metricsKey(map, '7d', undefined)).toBe(metricsKey(map, '7d'));
  });
});

describe('the warmer and the journey tables', () => {
  it('builds them after new data, so the next funnel or process map does not', async () => {
    const workspace = await openWorkspace(':memory:');
    open.push(workspace);
    const warmer = startMetricsWarmer(workspace, 0, (id, error) => {
      throw new Error(`${id}: ${String(error)}`);
    });
    await warmer?.idle();
    await workspace.analyses.run(async (store) => {
      await store.conn.run(`INSERT INTO events (event_id, ts, seq, event, customer_ref, identifiers, import_id)
        VALUES ('e1', '2026-01-01T00:00:00Z', 1, 'page_view', 'anonymous_id:a', ['anonymous_id:a'], 'i1')`);
    });
    workspace.analyses.dataChanged();
    await warmer?.idle();
    const built = await workspace.analyses.run(async (store) =>
      (await store.conn.runAndReadAll('SELECT event FROM journey_events')).getRowObjectsJS(),
    );
    expect(built).toEqual([{ event: 'page_view' }]);
    warmer?.stop();
  });
});
