import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html.ts';
import { intervalBarsOption } from './interval-bars.ts';
import { whiskerData } from './whiskers.ts';

describe('whiskers', () => {
  it('keep the category position of each interval and skip missing ones', () => {
    expect(whiskerData([[1, 2], null, [-3, 4]])).toEqual([
      [0, 1, 2],
      [2, -3, 4],
    ]);
  });
});

describe('intervalBarsOption', () => {
  it('draws negative scores red and starts CES bars at 1', () => {
    const option = intervalBarsOption(
      [
        { name: 'Catalogue', value: 12, ci: [2, 22], n: 80 },
        { name: 'Checkout', value: -30, ci: null, n: 40 },
      ],
      { series: 'NPS', interval: '95%', min: -100, max: 100, tooltip: (row) => row.name },
    );
    const [bars] = option.series as { data: { itemStyle: { color: string } }[] }[];
    expect(bars?.data.map((d) => d.itemStyle.color)).toEqual(['#2f6fde', '#c2352b']);
    const ces = intervalBarsOption([], {
      series: 'CES',
      interval: '95%',
      min: 1,
      max: 7,
      start: 1,
      tooltip: () => '',
    });
    expect(ces.xAxis).toMatchObject({ min: 1, max: 7, startValue: 1 });
  });
});

describe('escapeHtml', () => {
  it('escapes user text put into tooltips', () => {
    expect(escapeHtml('<b>"Tom" & Jerry\'s</b>')).toBe(
      '&#60;b&#62;&#34;Tom&#34; &#38; Jerry&#39;s&#60;/b&#62;',
    );
  });
});
