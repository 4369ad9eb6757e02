import type { FunnelStep } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { stageColor } from '../stage-colors.ts';
import { dfgOption, layoutOf } from './dfg.ts';
import { filterDfg } from './dfg-filter.ts';
import { funnelOption, stageIndex } from './funnel.ts';
import { drawnPaths, MAX_PATHS, pathsCoverage, sankeyData, sankeyOption } from './sankey.ts';

/** A funnel step as the API sends it, with `customers` and nothing else measured. */
function step(name: string, customers: number): FunnelStep {
  return {
    name,
    customers,
    conversion: 1,
    ci: [1, 1],
    conversionFromPrevious: 1,
    dropOff: 0,
    dropOffRate: 0,
    medianSecondsToConvert: null,
    p90SecondsToConvert: null,
    medianSecondsFromEntry: null,
    p90SecondsFromEntry: null,
  };
}

describe('sankeyData', () => {
  it('makes a node per step position, so a repeated step does not form a cycle, named by the map', () => {
    const names: Record<string, string> = { 'tp-site': 'Site', 'tp-cart': 'Cart' };
    const { nodes, links } = sankeyData(
      [
        { steps: ['tp-site', 'tp-cart', 'tp-site'], customers: 5 },
        { steps: ['tp-site', 'tp-cart'], customers: 2 },
      ],
      (id) => names[id] ?? id,
    );
    expect(nodes.map((node) => [node.id, node.name])).toEqual([
      ['1\u0000tp-site', 'Site'],
      ['2\u0000tp-cart', 'Cart'],
      ['3\u0000tp-site', 'Site'],
    ]);
    expect(links).toEqual([
      { source: '1\u0000tp-site', target: '2\u0000tp-cart', value: 7 },
      { source: '2\u0000tp-cart', target: '3\u0000tp-site', value: 5 },
    ]);
  });
});

describe('sankeyOption', () => {
  it("colours each step in its stage's colour and writes counts in the page's language", () => {
    const option = sankeyOption([{ steps: ['tp-ad', 'tp-pay'], customers: 1270 }], {
      name: (id) => (id === 'tp-ad' ? 'Social ad' : 'Payment'),
      customers: (n) => `${n} customers`,
      count: (n) => n.toLocaleString('ru'),
      color: (id) => (id === 'tp-ad' ? '#1e88e5' : undefined),
    });
    const series = (
      option.series as {
        data: { name: string; itemStyle?: { color: string } }[];
        label: { formatter: (p: unknown) => string };
      }[]
    )[0];
    expect(series?.data).toEqual([
      { id: '1\u0000tp-ad', name: 'Social ad', itemStyle: { color: '#1e88e5' } },
      { id: '2\u0000tp-pay', name: 'Payment' },
    ]);
    expect(series?.label.formatter({ name: 'Social ad', value: 1270 })).toBe(
      `Social ad · ${(1270).toLocaleString('ru')}`,
    );
  });
});

describe('pathsCoverage', () => {
  it('counts the drawn paths (two steps or more, the most frequent) and their share of all customers', () => {
    const paths = [
      { steps: ['ad', 'shop'], customers: 30 },
      { steps: ['ad'], customers: 50 },
      { steps: ['search', 'shop', 'pay'], customers: 20 },
    ];
    expect(pathsCoverage(paths, 200)).toEqual({ paths: 2, customers: 50, share: 0.25 });
    expect(pathsCoverage(paths, null).share).toBeNull();
  });

  it('draws at most MAX_PATHS paths', () => {
    const many = Array.from({ length: MAX_PATHS + 5 }, (_, i) => ({
      steps: [`a${i}`, 'b'],
      customers: i + 1,
    }));
    const drawn = drawnPaths(many);
    expect(drawn).toHaveLength(MAX_PATHS);
    expect(drawn[0]?.customers).toBe(MAX_PATHS + 5);
  });
});

describe('funnelOption', () => {
  const stages = [
    { id: 'awareness', name: 'Awareness' },
    { id: 'purchase', name: 'Purchase' },
    { id: 'loyalty', name: 'Loyalty' },
  ];

  it('colours each step as its stage on the map, found by id, else by name', () => {
    const option = funnelOption(
      {
        steps: [
          { name: 'Awareness', id: 'awareness', customers: 100 },
          { name: 'Loyalty', customers: 10 },
        ],
      } as never,
      'Customers',
      stages,
    );
    const series = (option.series as { data: { itemStyle: { color: string } }[] }[])[0];
    expect(series?.data.map((d) => d.itemStyle.color)).toEqual([stageColor(0), stageColor(2)]);
  });

  it("writes the counts on the layers in the page's language", () => {
    const option = funnelOption(
      { windowSeconds: 604800, steps: [step('Awareness', 12000)] },
      'Customers',
      stages,
      (n) => n.toLocaleString('en-US'),
    );
    const label = (option.series as { label: { formatter: (p: unknown) => string } }[])[0]?.label;
    expect(label?.formatter({ name: 'Awareness', value: 12000 })).toBe('Awareness: 12,000');
  });

  it('finds no stage for a step over event names', () => {
    expect(stageIndex(step('page_view', 3), stages)).toBe(-1);
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
    expect(sankeyData([{ steps: [`Site${RLO}`, 'Cart'], customers: 3 }]).nodes[0]?.name).toBe(
      `\u2068Site${RLO}\u2069`,
    );
    const view = filterDfg(
      {
        edges: [{ from: `A${RLO}`, to: 'B', count: 2, medianSeconds: 1, meanSeconds: 1 }],
        start: {},
        end: {},
      },
      {
        activities: 1,
        paths: 1,
      },
    );
    const texts = {
      name: String,
      start: 'Start',
      end: 'End',
      nodeTip: String,
      linkTip: () => '',
    };
    const dfg = dfgOption(view, layoutOf(view, texts), texts);
    expect(JSON.stringify(dfg)).toContain(JSON.stringify(`\u2068A${RLO}\u2069`).slice(1, -1));
  });
});
