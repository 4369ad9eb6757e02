import type { Language } from '@opencjm/core';
import { t } from '../i18n.ts';
import type { StageMetric } from '../options.ts';
import { formatDuration, formatInteger, formatShare, formatSigned } from '../text/format.ts';
import { type Block, el, textLines } from './svg-builder.ts';
import { COLORS, SIZES } from './theme.ts';

const LINE = 17;

/** The words and numbers of a stage's metrics, in a fixed order; empty when none is set. */
export function metricLines(metric: StageMetric | undefined, lang: Language): [string, string][] {
  if (!metric) return [];
  const lines: [string, string][] = [];
  if (metric.customers != null)
    lines.push([t(lang, 'metric.customers'), formatInteger(metric.customers, lang)]);
  if (metric.conversion != null)
    lines.push([t(lang, 'metric.conversion'), formatShare(metric.conversion, lang)]);
  if (metric.dropOff != null) lines.push([t(lang, 'metric.dropOff'), formatShare(metric.dropOff, lang)]);
  if (metric.medianSeconds != null) {
    lines.push([t(lang, 'metric.medianTime'), formatDuration(metric.medianSeconds, lang)]);
  }
  if (metric.emotion != null) {
    const n = metric.emotionN == null ? '' : ` (${formatInteger(metric.emotionN, lang)})`;
    lines.push([t(lang, 'metric.emotion'), `${formatSigned(metric.emotion, lang, 1)}${n}`]);
  }
  if (metric.sentiment != null)
    lines.push([t(lang, 'metric.sentiment'), formatSigned(metric.sentiment, lang)]);
  if (metric.nps != null) lines.push([t(lang, 'metric.nps'), formatSigned(metric.nps, lang, 0)]);
  return lines;
}

/**
 * A stage's measured numbers, label on the left and value on the right, with a bar under
 * the conversion so the funnel reads at a glance.
 */
export function metricsBlock(metric: StageMetric | undefined, width: number, lang: Language): Block {
  const lines = metricLines(metric, lang);
  const bar = metric?.conversion ?? undefined;
  const height = lines.length * LINE + (bar === undefined ? 0 : 10);
  return {
    width,
    height,
    draw: (x, y) => {
      const rows = lines
        .map(
          ([label, value], i) =>
            textLines([label], x, y + i * LINE + 12, { fontSize: SIZES.small, fill: COLORS.muted }) +
            textLines([value], x + width, y + i * LINE + 12, {
              fontSize: 12,
              fill: COLORS.text,
              bold: true,
              anchor: 'end',
            }),
        )
        .join('');
      if (bar === undefined) return rows;
      const top = y + lines.length * LINE + 2;
      return (
        rows +
        el('rect', { x, y: top, width, height: 6, rx: 3, fill: COLORS.grid }) +
        el('rect', { x, y: top, width: width * bar, height: 6, rx: 3, fill: COLORS.positive })
      );
    },
  };
}
