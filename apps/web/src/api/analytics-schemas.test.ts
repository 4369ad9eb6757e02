import { describe, expect, it } from 'vitest';
import { Dwell, MapMetrics, Paths, PathsSummary, Timeline } from './analytics-schemas.ts';

const figures = {
  customers: 10,
  conversion: 0.5,
  dropOff: null,
  medianSeconds: null,
  emotion: null,
  emotionN: 0,
  emotionCi: null,
  sentiment: null,
};

describe('analytics answers, read by the schemas the engine computes them by', () => {
  it('reads the map figures the server sends, and refuses a shape it does not send', () => {
    const metrics = MapMetrics.parse({
      windowSeconds: 604800,
      stages: { awareness: figures },
      touchpoints: {},
    });
    expect(metrics.stages.awareness?.customers).toBe(10);
    // a list of rows is not what the server answers: no guessing, a clear parse error
    expect(
      MapMetrics.safeParse({ stages: [{ stage: 'awareness', ...figures }], touchpoints: {} }).success,
    ).toBe(false);
  });

  it('gives the charts their rows: paths, dwell rows and timeline events', () => {
    const paths = {
      customers: 7,
      paths: [
        { steps: ['a', 'b'], customers: 3, share: 3 / 7 },
        { steps: ['a'], customers: 2, share: 2 / 7 },
      ],
      other: { paths: 1, customers: 2, share: 2 / 7 },
    };
    expect(Paths.parse(paths)).toEqual([
      { steps: ['a', 'b'], customers: 3 },
      { steps: ['a'], customers: 2 },
    ]);
    expect(PathsSummary.parse(paths).customers).toBe(7);
    const row = {
      name: 'Catalogue',
      events: 4,
      customers: 2,
      measured: 3,
      medianSeconds: 420,
      p90Seconds: 1310,
      exits: 1,
      exitRate: 0.25,
      customersLeft: 1,
      journeyEnds: 1,
    };
    expect(Dwell.parse({ gapSeconds: 1800, rows: [row] })).toEqual([
      { name: 'Catalogue', medianSeconds: 420, p90Seconds: 1310 },
    ]);
    const event = {
      ts: '2025-01-01T10:00:00.000Z',
      event: 'page_view',
      channel: null,
      source: null,
      url: null,
      text: null,
      score: null,
      value: null,
      properties: null,
      identifier: 'anna@example.com',
      touchpoint: null,
      stage: 'awareness',
      importId: 'imp_1',
      line: 2,
    };
    expect(Timeline.parse({ customer: 'c1', identifiers: ['anna@example.com'], events: [event] })).toEqual([
      {
        at: '2025-01-01T10:00:00.000Z',
        name: 'page_view',
        channel: null,
        stage: 'awareness',
        text: null,
        score: null,
      },
    ]);
  });
});
