import { describe, expect, it } from 'vitest';
import { dfgOption, layeredLayout, withEnds } from './dfg.ts';
import { funnelOption } from './funnel.ts';
import { sankeyData } from './sankey.ts';

describe('sankeyData', () => {
  it('makes a node per step position, so a repeated step does not form a cycle', () => {
    const { nodes, links } = sankeyData([
      { steps: ['Site', 'Cart', 'Site'], customers: 5 },
      { steps: ['Site', 'Cart'], customers: 2 },
    ]);
    expect(nodes.map((node) => node.name)).toEqual(['1 · Site', '2 · Cart', '3 · Site']);
    expect(links).toEqual([
      { source: '1 · Site', target: '2 · Cart', value: 7 },
      { source: '2 · Cart', target: '3 · Site', value: 5 },
    ]);
  });
});

describe('layeredLayout', () => {
  it('lays activities out left to right by their distance from the start', () => {
    const edge = (from: string, to: string, count = 1) => ({ from, to, count });
    const positions = layeredLayout([
      edge('visit', 'cart', 5),
      edge('cart', 'pay', 3),
      edge('pay', 'visit'),
      edge('visit', 'pay'),
    ]);
    expect(positions.get('visit')?.x).toBe(0);
    expect(positions.get('cart')?.x).toBeGreaterThan(0);
    expect(positions.get('pay')?.x).toBe(positions.get('cart')?.x);
  });
});

describe('withEnds', () => {
  it("adds the journeys' starts and ends as edges of virtual nodes", () => {
    const edges = withEnds(
      { edges: [{ from: 'visit', to: 'pay', count: 3 }], start: { visit: 5 }, end: { pay: 3, visit: 2 } },
      { start: 'Start', end: 'End' },
    );
    expect(edges).toEqual([
      { from: 'Start', to: 'visit', count: 5 },
      { from: 'visit', to: 'pay', count: 3 },
      { from: 'pay', to: 'End', count: 3 },
      { from: 'visit', to: 'End', count: 2 },
    ]);
    expect(layeredLayout(edges).get('Start')?.x).toBe(0);
  });
});

describe('names with bidi controls', () => {
  const RLO = '\u202E';
  it('are isolated in the funnel, the Sankey and the process map, so no count is reversed', () => {
    const funnel = funnelOption(
      { steps: [{ name: `Cart${RLO}`, customers: 120 }] } as unknown as Parameters<typeof funnelOption>[0],
      'Customers',
    );
    expect(JSON.stringify(funnel)).toContain(JSON.stringify(`\u2068Cart${RLO}\u2069`).slice(1, -1));
    expect(sankeyData([{ steps: [`Site${RLO}`, 'Cart'], customers: 3 }] as never).nodes[0]?.name).toBe(
      `1 · \u2068Site${RLO}\u2069`,
    );
    const dfg = dfgOption(
      { edges: [{ from: `A${RLO}`, to: 'B', count: 2 }], start: {}, end: {} } as never,
      String,
      { start: 'Start', end: 'End' },
    );
    expect(JSON.stringify(dfg)).toContain(JSON.stringify(`\u2068A${RLO}\u2069`).slice(1, -1));
  });
});
