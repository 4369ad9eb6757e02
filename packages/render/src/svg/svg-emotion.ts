import type { Language, Persona } from '@opencjm/core';
import { t } from '../i18n.ts';
import type { EmotionCurve } from '../model/map-view.ts';
import { personaName } from '../model/map-view.ts';
import { formatScore } from '../text/format.ts';
import { truncateLine, wrapText } from '../text/text-wrap.ts';
import { type Block, el, num, stack, textLines, title } from './svg-builder.ts';
import { COLORS, SIZES } from './theme.ts';

/**
 * The emotion curve over the stages, on the scale −2 … +2: a smooth line through one point
 * per stage, the score beside each point, the note under it, and a dashed neutral line.
 */

const PAD_TOP = 26;
const PAD_BOTTOM = 26;
const NOTE_SIZE = 10;
const NOTE_LINES = 2;

export interface EmotionBandInput {
  curves: readonly EmotionCurve[];
  /** Centre x of each stage column, by stage id. */
  centers: ReadonlyMap<string, number>;
  columnWidth: number;
  /** Left and right ends of the plot (the stage columns), px. */
  left: number;
  right: number;
  /** The curve measured from customer data, one point per stage that has one (export "with data"). */
  data?: readonly DataPoint[];
}

/** A stage's emotion measured from data, −2 … +2. */
export interface DataPoint {
  stage: string;
  score: number;
}

function curveColor(index: number): string {
  return COLORS.curve[index % COLORS.curve.length] ?? COLORS.text;
}

/** Height of the band: the plot plus room for two lines of notes. */
export function emotionBandHeight(curves: readonly EmotionCurve[]): number {
  const hasNotes = curves.some((c) => c.points.some((p) => p.note));
  return SIZES.emotionHeight + (hasNotes ? NOTE_LINES * (NOTE_SIZE + 3) + 4 : 0);
}

/**
 * A path through the points with horizontal tangents at each point: smooth, and never
 * above +2 or below −2 between points (unlike a Catmull-Rom spline).
 */
function smoothPath(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${num(first.x)} ${num(first.y)}`;
  let prev = first;
  for (const p of rest) {
    const mid = (p.x - prev.x) / 2;
    d += `C${num(prev.x + mid)} ${num(prev.y)} ${num(p.x - mid)} ${num(p.y)} ${num(p.x)} ${num(p.y)}`;
    prev = p;
  }
  return d;
}

/** Draws the band with its top at y. */
export function drawEmotionBand(input: EmotionBandInput, y: number): string {
  const plotTop = y + PAD_TOP;
  const plotHeight = SIZES.emotionHeight - PAD_TOP - PAD_BOTTOM;
  const yOf = (score: number) => plotTop + ((2 - score) / 4) * plotHeight;
  const guides = [2, 1, 0, -1, -2]
    .map((score) =>
      el('line', {
        x1: input.left,
        x2: input.right,
        y1: yOf(score),
        y2: yOf(score),
        stroke: score === 0 ? COLORS.muted : COLORS.grid,
        'stroke-width': score === 0 ? 1 : 0.6,
        'stroke-dasharray': score === 0 ? '5 4' : undefined,
      }),
    )
    .join('');
  const scale = [2, 0, -2]
    .map((score) =>
      textLines([formatScore(score)], input.left - 6, yOf(score) + 3, {
        fontSize: 9,
        fill: COLORS.muted,
        anchor: 'end',
      }),
    )
    .join('');
  const spread = 16;
  const curves = input.curves.map((curve, ci) => {
    const color = curveColor(ci);
    const offset = (ci - (input.curves.length - 1) / 2) * spread;
    const placed = curve.points.flatMap((point) => {
      const cx = input.centers.get(point.stage);
      return cx === undefined ? [] : [{ point, x: cx, y: yOf(point.score) }];
    });
    const line = el('path', { d: smoothPath(placed), fill: 'none', stroke: color, 'stroke-width': 2.5 });
    const marks = placed.map(({ point, x, y: py }) => {
      const labelY = point.score >= 0 ? py - 9 : py + 18;
      const note = point.note
        ? textLines(
            wrapText(point.note, {
              maxWidth: input.columnWidth - 16,
              fontSize: NOTE_SIZE,
              maxLines: NOTE_LINES,
            }).lines,
            x,
            y + SIZES.emotionHeight + NOTE_SIZE,
            { fontSize: NOTE_SIZE, fill: COLORS.muted, anchor: 'middle', lineHeight: NOTE_SIZE + 3 },
          )
        : '';
      return (
        el(
          'g',
          {},
          (point.note ? title(point.note) : '') +
            el('circle', { cx: x, cy: py, r: 5, fill: '#ffffff', stroke: color, 'stroke-width': 2.5 }),
        ) +
        textLines([formatScore(point.score)], x + offset, labelY, {
          fontSize: 12,
          fill: point.score >= 0 ? COLORS.positive : COLORS.negative,
          bold: true,
          anchor: 'middle',
        }) +
        (ci === 0 ? note : '')
      );
    });
    return line + marks.join('');
  });
  return guides + scale + curves.join('') + dataCurve(input, yOf);
}

/** The data curve: dashed, in its own colour, its score under each point. */
function dataCurve(input: EmotionBandInput, yOf: (score: number) => number): string {
  const placed = (input.data ?? []).flatMap((point) => {
    const cx = input.centers.get(point.stage);
    return cx === undefined ? [] : [{ point, x: cx, y: yOf(point.score) }];
  });
  if (placed.length === 0) return '';
  const line = el('path', {
    d: smoothPath(placed),
    fill: 'none',
    stroke: COLORS.dataCurve,
    'stroke-width': 2.5,
    'stroke-dasharray': '7 4',
  });
  const marks = placed.map(
    ({ point, x, y }) =>
      el('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, fill: COLORS.dataCurve }) +
      textLines([formatScore(point.score)], x + 14, y + 4, {
        fontSize: 11,
        fill: COLORS.dataCurve,
        bold: true,
      }),
  );
  return el('g', { 'data-curve': 'data' }, line + marks.join(''));
}

/** The legend under the lane title: one coloured line and a persona name per curve, and the data curve. */
export function emotionLegend(
  curves: readonly EmotionCurve[],
  personas: readonly Persona[],
  width: number,
  lang: Language,
  withData = false,
): Block {
  const onlyWhole = curves.length < 2 && curves[0]?.persona === undefined;
  if (onlyWhole && !withData) return stack([], 0);
  const entry = (text: string, color: string, dashed: boolean): Block => {
    const name = truncateLine(text, { maxWidth: width - 48, fontSize: SIZES.small });
    return {
      width,
      height: 16,
      draw: (x: number, y: number) =>
        el('line', {
          x1: x,
          x2: x + 16,
          y1: y + 8,
          y2: y + 8,
          stroke: color,
          'stroke-width': 3,
          'stroke-dasharray': dashed ? '5 3' : undefined,
        }) + textLines([name], x + 22, y + 12, { fontSize: SIZES.small, fill: COLORS.text }),
    };
  };
  const entries = curves.map((curve, ci) =>
    entry(
      onlyWhole ? t(lang, 'value.mapCurve') : personaName(personas, curve.persona, lang),
      curveColor(ci),
      false,
    ),
  );
  if (withData) entries.push(entry(t(lang, 'value.fromData'), COLORS.dataCurve, true));
  return stack(entries, 2);
}
