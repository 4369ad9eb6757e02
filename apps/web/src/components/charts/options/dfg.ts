import { isolateBidi } from '@opencjm/core';
import type { ChartOption } from '../echarts-setup.ts';
import { edgeSeries, selfLoop } from './dfg-edges.ts';
import { type DfgLink, type DfgView, END, START } from './dfg-filter.ts';
import { edgeKey, type GraphLayout, layoutGraph } from './dfg-layout.ts';
import { tooltipLines } from './html.ts';

/** Texts of the process map, already translated and formatted. */
export interface DfgTexts {
  /** The name of an activity key (a touchpoint's name, never its id). */
  name: (id: string) => string;
  start: string;
  end: string;
  /** Tooltip line of an activity, e.g. "1,270 events". */
  nodeTip: (count: number) => string;
  /** Tooltip line of an edge, e.g. "860 times · median 2 min". */
  linkTip: (link: DfgLink) => string;
  /** The colour of an activity key (its stage's on the map), drawn as the box's border. */
  color?: (id: string) => string | undefined;
}

/** Box height of an activity, px; its width follows its name. */
const NODE_HEIGHT = 38;
const END_SIZE = 26;
const LABEL_FONT = 12;

/** A box wide enough for most names at 12 px (wide glyphs such as Chinese count double). */
export function nodeWidth(name: string): number {
  let units = 0;
  for (const ch of name) units += /[\u1100-\uFFFF]/.test(ch) && !/[\u2000-\u206F]/.test(ch) ? 2 : 1;
  return Math.min(220, Math.max(96, Math.round(units * 6.8 + 28)));
}

/** Fill between the page's soft and strong accent by a share 0…1, as Disco shades activities. */
export function shade(share: number): string {
  const soft = [0xe7, 0xef, 0xfd];
  const strong = [0x2f, 0x6f, 0xde];
  const mix = soft.map((c, i) =>
    Math.round(c + ((strong[i] as number) - c) * Math.min(1, Math.max(0, share))),
  );
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The boxes and edges to lay out: shown activities, plus start and end when an edge uses them. */
export function layoutOf(view: DfgView, texts: Pick<DfgTexts, 'name'>): GraphLayout {
  const used = new Set(view.links.flatMap((link) => [link.from, link.to]));
  const ends = [START, END]
    .filter((id) => used.has(id))
    .map((id) => ({ id, width: END_SIZE, height: END_SIZE }));
  const boxes = view.nodes.map((node) => ({
    id: node.id,
    width: nodeWidth(texts.name(node.id)),
    height: NODE_HEIGHT,
  }));
  return layoutGraph([...ends, ...boxes], view.links);
}

/**
 * The process map at the layout's own scale (1 px of layout = 1 px on screen, so boxes never
 * overlap however many there are; the page scrolls instead): activities as boxes with their
 * names, edges along dagre's routes around the boxes (self-loops beside their box), thicker the more often they are
 * taken, counts on hover. A hidden grid spans exactly the layout.
 */
export function dfgOption(view: DfgView, layout: GraphLayout, texts: DfgTexts): ChartOption {
  const most = Math.max(1, ...view.nodes.map((node) => node.count));
  const busiest = Math.max(1, ...view.links.map((link) => link.count));
  const at = (id: string): [number, number] => {
    const point = layout.positions.get(id) ?? { x: 0, y: 0 };
    return [point.x, point.y];
  };
  const title = (id: string) => (id === START ? texts.start : id === END ? texts.end : texts.name(id));
  const ends = [START, END]
    .filter((id) => layout.positions.has(id))
    .map((id) => ({
      id,
      name: isolateBidi(title(id)),
      value: at(id),
      symbol: id === START ? 'circle' : 'rect',
      symbolSize: END_SIZE,
      itemStyle: { color: '#5b6475' },
      label: { position: 'right' as const, color: '#5b6475' },
      tip: tooltipLines([title(id)]),
    }));
  const activities = view.nodes.map((node) => {
    const share = node.count / most;
    const name = texts.name(node.id);
    return {
      id: node.id,
      name: isolateBidi(name),
      value: at(node.id),
      symbolSize: [nodeWidth(name), NODE_HEIGHT],
      itemStyle: (() => {
        const stage = texts.color?.(node.id);
        return {
          color: shade(share),
          borderColor: stage ?? '#2f6fde',
          borderWidth: stage ? 2.5 : 1,
          opacity: 1,
        };
      })(),
      label: { color: share > 0.55 ? '#ffffff' : '#1d2433', width: nodeWidth(name) - 12 },
      tip: tooltipLines([name, texts.nodeTip(node.count)]),
    };
  });
  const edges = view.links.map((link) => {
    const route = layout.routes.get(edgeKey(link.from, link.to)) ?? [];
    const from = layout.positions.get(link.from) ?? { x: 0, y: 0 };
    const to = layout.positions.get(link.to) ?? { x: 0, y: 0 };
    const points =
      link.from === link.to
        ? selfLoop(
            from,
            link.from === START || link.from === END ? END_SIZE : nodeWidth(texts.name(link.from)),
          )
        : route.length >= 2
          ? route
          : [from, to];
    return {
      points,
      width: 1 + 7 * (link.count / busiest),
      opacity: 0.35 + 0.5 * (link.count / busiest),
      tip: tooltipLines([`${title(link.from)} → ${title(link.to)}`, texts.linkTip(link)]),
    };
  });
  const axis = (max: number) => ({ type: 'value' as const, min: 0, max, show: false });
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const data = (Array.isArray(params) ? params[0] : params)?.data as { tip?: string } | undefined;
        return data?.tip ?? '';
      },
    },
    grid: { left: 0, top: 0, width: layout.width, height: layout.height, show: false },
    xAxis: axis(layout.width),
    yAxis: { ...axis(layout.height), inverse: true },
    series: [
      edgeSeries(edges, '#5b6475'),
      {
        type: 'scatter',
        symbol: 'roundRect',
        label: {
          show: true,
          position: 'inside',
          formatter: '{b}',
          fontSize: LABEL_FONT,
          overflow: 'truncate',
        },
        emphasis: { scale: false, itemStyle: { borderWidth: 2 } },
        data: [...ends, ...activities],
        z: 2,
      },
    ],
  };
}
