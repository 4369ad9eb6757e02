import type { Evidence, Touchpoint } from '@opencjm/core';
import type { Translate } from '../i18n.ts';
import { measureText, truncateLine } from '../text/text-wrap.ts';
import { type Block, el, num, textLines } from './svg-builder.ts';
import { COLORS, EVIDENCE_COLORS, SIZES } from './theme.ts';

/**
 * The small pills under a card: how the card is known (evidence) and which touchpoint it
 * is about. Each has a marker shape besides its colour, so it reads in black and white.
 */

const H = SIZES.badgeHeight;
const MARKER = 10;

/** Filled dot: observed; ring with a dot: reported; dashed ring: hypothesis. */
function evidenceMarker(evidence: Evidence, cx: number, cy: number, color: string): string {
  const r = MARKER / 2 - 0.5;
  if (evidence === 'observed') return el('circle', { cx, cy, r, fill: color });
  if (evidence === 'reported') {
    return (
      el('circle', { cx, cy, r, fill: 'none', stroke: color, 'stroke-width': 1.4 }) +
      el('circle', { cx, cy, r: 1.8, fill: color })
    );
  }
  return el('circle', {
    cx,
    cy,
    r,
    fill: 'none',
    stroke: color,
    'stroke-width': 1.4,
    'stroke-dasharray': '2 1.6',
  });
}

/** The evidence pill: marker and the translated word. */
export function evidenceBadge(evidence: Evidence, t: Translate): Block {
  const word = t(`evidence.${evidence}`);
  const width = 8 + MARKER + 5 + measureText(word, SIZES.badgeText) + 8;
  const colors = EVIDENCE_COLORS[evidence];
  return {
    width,
    height: H,
    draw: (x, y) =>
      el('rect', { x, y, width, height: H, rx: H / 2, fill: colors.fill }) +
      evidenceMarker(evidence, x + 8 + MARKER / 2, y + H / 2, colors.text) +
      textLines([word], x + 8 + MARKER + 5, y + H / 2 + SIZES.badgeText * 0.36, {
        fontSize: SIZES.badgeText,
        fill: colors.text,
      }),
  };
}

/** A globe for online touchpoints, a shop front for offline ones. */
function channelIcon(kind: Touchpoint['kind'], x: number, y: number, color: string): string {
  const stroke = { fill: 'none', stroke: color, 'stroke-width': 1.2 };
  if (kind === 'online') {
    const cx = x + MARKER / 2;
    const cy = y + MARKER / 2;
    return (
      el('circle', { cx, cy, r: MARKER / 2 - 0.6, ...stroke }) +
      el('ellipse', { cx, cy, rx: MARKER / 5, ry: MARKER / 2 - 0.6, ...stroke }) +
      el('path', { d: `M${num(x + 0.6)} ${num(cy)}H${num(x + MARKER - 0.6)}`, ...stroke })
    );
  }
  return el('path', {
    d: `M${num(x)} ${num(y + 4)}L${num(x + 1.5)} ${num(y + 0.8)}H${num(x + MARKER - 1.5)}L${num(x + MARKER)} ${num(y + 4)}V${num(y + MARKER)}H${num(x)}Z`,
    ...stroke,
  });
}

/** The touchpoint pill: icon, touchpoint name and channel, cut to fit maxWidth. */
export function channelBadge(touchpoint: Touchpoint, maxWidth: number): Block {
  const label = truncateLine(`${touchpoint.name} · ${touchpoint.channel}`, {
    maxWidth: maxWidth - (8 + MARKER + 5 + 8),
    fontSize: SIZES.badgeText,
  });
  const width = Math.min(maxWidth, 8 + MARKER + 5 + measureText(label, SIZES.badgeText) + 8);
  return {
    width,
    height: H,
    draw: (x, y) =>
      el('rect', { x, y, width, height: H, rx: 4, fill: '#ffffff', stroke: COLORS.grid }) +
      channelIcon(touchpoint.kind, x + 8, y + (H - MARKER) / 2, COLORS.muted) +
      textLines([label], x + 8 + MARKER + 5, y + H / 2 + SIZES.badgeText * 0.36, {
        fontSize: SIZES.badgeText,
        fill: COLORS.muted,
      }),
  };
}

/** Pills in a row, wrapping to a new row when the width runs out. */
export function badgeRows(badges: readonly Block[], maxWidth: number, gap = 6): Block {
  const rows: Block[][] = [];
  let used = Number.POSITIVE_INFINITY;
  for (const badge of badges) {
    if (used + gap + badge.width > maxWidth) {
      rows.push([]);
      used = -gap;
    }
    rows.at(-1)?.push(badge);
    used += gap + badge.width;
  }
  return {
    width: maxWidth,
    height: rows.length * H + Math.max(0, rows.length - 1) * gap,
    draw: (x, y) =>
      rows
        .map((row, r) => {
          let left = x;
          return row
            .map((badge) => {
              const out = badge.draw(left, y + r * (H + gap));
              left += badge.width + gap;
              return out;
            })
            .join('');
        })
        .join(''),
  };
}
