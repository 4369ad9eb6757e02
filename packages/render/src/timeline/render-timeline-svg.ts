import { translator } from '../i18n.ts';
import { el, textLines } from '../svg/svg-builder.ts';
import { COLORS, FONT_FAMILY } from '../svg/theme.ts';
import { cleanDeep } from '../text/clean-text.ts';
import { formatDuration } from '../text/format.ts';
import { truncateLine } from '../text/text-wrap.ts';
import { TimelineEvent, TimelineOptions, type TimelineOptionsInput } from './timeline-schema.ts';

const WIDTH = 760;
const MARGIN = 24;
const ROW = 46;
const GAP_ROW = 20;
const TIME_COLUMN = 170;
const AXIS_X = MARGIN + TIME_COLUMN;
/** Pauses longer than this get their own "+3 d" line, so long waits are visible. */
const GAP_SECONDS = 3600;

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "2024-09-01T10:15:00+03:00" → "2024-09-01 10:15 +03:00", in the event's own zone. */
function timeLabel(ts: string): string {
  const m = ISO.exec(ts);
  if (!m) return ts;
  return `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}`;
}

/**
 * One customer's journey as an SVG timeline: events top to bottom in time order, each
 * with its time (in its own zone), channel and stage; the dot takes the stage's colour,
 * and long pauses between events are marked. Pure and deterministic, like renderMapSvg.
 *
 * @example renderTimelineSvg([{ ts: '2024-09-01T10:15:00+03:00', event: 'ad_click', channel: 'social-ads' }])
 */
export function renderTimelineSvg(
  events: readonly TimelineEvent[],
  options: TimelineOptionsInput = {},
): string {
  // Control characters cleaned and bidi controls isolated, as in every export (cleanText).
  const opts = cleanDeep(TimelineOptions.parse(options));
  const t = translator(opts.lang);
  const stageIndex = new Map(opts.stages.map((s, i) => [s.id, i]));
  const sorted = events
    .map((e, i) => ({ event: cleanDeep(TimelineEvent.parse(e)), i, at: Date.parse(e.ts) }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const title = opts.title ?? t('heading.timeline');
  let y = MARGIN + 30;
  let body = textLines(
    [truncateLine(title, { maxWidth: WIDTH - 2 * MARGIN, fontSize: 20, bold: true })],
    MARGIN,
    y,
    {
      fontSize: 20,
      fill: COLORS.text,
      bold: true,
    },
  );
  if (opts.customer) {
    y += 22;
    body += textLines([opts.customer], MARGIN, y, { fontSize: 12, fill: COLORS.muted });
  }
  y += 24;
  const top = y;
  let previous: number | undefined;
  const rows: string[] = [];
  for (const { event, at } of sorted) {
    if (previous !== undefined && (at - previous) / 1000 > GAP_SECONDS) {
      rows.push(
        textLines([`+${formatDuration((at - previous) / 1000, opts.lang)}`], AXIS_X + 18, y + 13, {
          fontSize: 10,
          fill: COLORS.muted,
          italic: true,
        }),
      );
      y += GAP_ROW;
    }
    previous = at;
    const index = event.stage === undefined ? undefined : stageIndex.get(event.stage);
    const color =
      index === undefined
        ? COLORS.muted
        : (COLORS.stageHeader[index % COLORS.stageHeader.length] ?? COLORS.muted);
    const stage = index === undefined ? event.stage : opts.stages[index]?.name;
    const detail = [event.channel, stage].filter(Boolean).join(' · ');
    const textWidth = WIDTH - MARGIN - AXIS_X - 18;
    rows.push(
      textLines([timeLabel(event.ts)], AXIS_X - 14, y + 17, {
        fontSize: 11,
        fill: COLORS.muted,
        anchor: 'end',
      }) +
        el('circle', { cx: AXIS_X, cy: y + 13, r: 6, fill: color, stroke: '#ffffff', 'stroke-width': 2 }) +
        textLines(
          [truncateLine(event.event, { maxWidth: textWidth, fontSize: 13, bold: true })],
          AXIS_X + 18,
          y + 17,
          {
            fontSize: 13,
            fill: COLORS.text,
            bold: true,
          },
        ) +
        (detail
          ? textLines([truncateLine(detail, { maxWidth: textWidth, fontSize: 11 })], AXIS_X + 18, y + 34, {
              fontSize: 11,
              fill: color,
            })
          : ''),
    );
    y += ROW;
  }
  const bottom = Math.max(y, top + ROW);
  const axis = el('line', {
    x1: AXIS_X,
    x2: AXIS_X,
    y1: top,
    y2: bottom - 10,
    stroke: COLORS.grid,
    'stroke-width': 2,
  });
  const height = bottom + MARGIN;
  return `${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      'font-family': FONT_FAMILY,
      role: 'img',
    },
    el('rect', { x: 0, y: 0, width: WIDTH, height, fill: COLORS.background }) + body + axis + rows.join(''),
  )}\n`;
}
