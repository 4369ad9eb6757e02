import { describe, expect, it } from 'vitest';
import { Dwell, MapMetrics, Paths, Timeline } from './analytics-schemas.ts';

describe('analytics answers', () => {
  it('reads metrics sent as a record or as a list', () => {
    const fromRecord = MapMetrics.parse({ stages: { awareness: { customers: 10, conversion: 0.5 } } });
    const fromList = MapMetrics.parse({
      stages: [{ stage: 'awareness', customers: 10, conversion: 0.5 }],
      touchpoints: [],
    });
    expect(fromRecord.stages.awareness?.customers).toBe(10);
    expect(fromList.stages.awareness?.conversion).toBe(0.5);
    expect(fromList.touchpoints).toEqual({});
  });

  it('normalises paths, dwell rows and timeline events', () => {
    expect(
      Paths.parse({
        paths: [
          { steps: ['a', 'b'], customers: 3 },
          { path: ['a'], count: 2 },
        ],
      }),
    ).toEqual([
      { steps: ['a', 'b'], customers: 3 },
      { steps: ['a'], customers: 2 },
    ]);
    expect(
      Dwell.parse({ rows: [{ name: 'Catalogue', medianSeconds: 420, p90Seconds: 1310 }] })[0],
    ).toMatchObject({
      name: 'Catalogue',
      p90Seconds: 1310,
    });
    expect(Dwell.parse({ items: [{ stage: 'awareness', medianSeconds: 60 }] })[0]).toMatchObject({
      name: 'awareness',
      medianSeconds: 60,
      meanSeconds: null,
    });
    expect(
      Timeline.parse({ events: [{ timestamp: '2025-01-01T10:00:00Z', event: 'page_view' }] })[0],
    ).toMatchObject({
      at: '2025-01-01T10:00:00Z',
      name: 'page_view',
      channel: null,
    });
  });
});
