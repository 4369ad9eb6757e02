import type { Card, Lane, Touchpoint } from '@opencjm/core';
import type { Translate } from '../i18n.ts';
import { wrapText } from '../text/text-wrap.ts';
import { badgeRows, channelBadge, evidenceBadge } from './svg-badges.ts';
import { type Block, el, textLines, title } from './svg-builder.ts';
import { COLORS, LANE_COLORS, SIZES } from './theme.ts';

/**
 * A card of a lane: its text wrapped to the column, the evidence pill and, when the card
 * is about a touchpoint, the channel pill. Very long texts are cut with "…"; the full text
 * stays in the card's <title>.
 */
export function cardBlock(
  card: Card,
  lane: Lane,
  touchpoint: Touchpoint | undefined,
  width: number,
  t: Translate,
  source?: string,
): Block {
  const inner = width - 2 * SIZES.cardPadding;
  const { lines } = wrapText(card.text, {
    maxWidth: inner,
    fontSize: SIZES.cardText,
    maxLines: SIZES.cardMaxLines,
  });
  const sourceLines = source
    ? wrapText(source, { maxWidth: inner, fontSize: SIZES.badgeText, maxLines: 3 }).lines
    : [];
  const sourceHeight = sourceLines.length * (SIZES.badgeText + 3);
  const badges = [evidenceBadge(card.evidence, t)];
  if (touchpoint) badges.push(channelBadge(touchpoint, inner));
  const pills = badgeRows(badges, inner);
  const textHeight = lines.length * SIZES.cardLine;
  const height = SIZES.cardPadding + textHeight + 6 + pills.height + SIZES.cardPadding + sourceHeight;
  const colors = LANE_COLORS[lane.type];
  return {
    width,
    height,
    draw: (x, y) =>
      el(
        'g',
        { 'data-card': card.id },
        title(`${card.text}\n(${t(`evidence.${card.evidence}`)})`) +
          el('rect', { x, y, width, height, rx: 6, fill: colors.fill, stroke: colors.stroke }) +
          textLines(lines, x + SIZES.cardPadding, y + SIZES.cardPadding + SIZES.cardText, {
            fontSize: SIZES.cardText,
            fill: COLORS.text,
            lineHeight: SIZES.cardLine,
          }) +
          pills.draw(x + SIZES.cardPadding, y + SIZES.cardPadding + textHeight + 6) +
          textLines(
            sourceLines,
            x + SIZES.cardPadding,
            y + height - SIZES.cardPadding - sourceHeight + SIZES.badgeText,
            {
              fontSize: SIZES.badgeText,
              fill: COLORS.muted,
              lineHeight: SIZES.badgeText + 3,
            },
          ),
      ),
  };
}

/**
 * A touchpoint of the stage that no card of a touchpoints lane mentions: shown as a small
 * card so the touchpoints lane lists every touchpoint of the map.
 */
export function touchpointBlock(touchpoint: Touchpoint, width: number, t: Translate): Block {
  const inner = width - 2 * SIZES.cardPadding;
  const pill = channelBadge(touchpoint, inner);
  const kind = t(`kind.${touchpoint.kind}`);
  const height = SIZES.cardPadding + pill.height + 4 + SIZES.cardLine + SIZES.cardPadding - 4;
  const colors = LANE_COLORS.touchpoints;
  return {
    width,
    height,
    draw: (x, y) =>
      el(
        'g',
        { 'data-touchpoint': touchpoint.id },
        el('rect', {
          x,
          y,
          width,
          height,
          rx: 6,
          fill: colors.fill,
          stroke: colors.stroke,
          'stroke-dasharray': '4 3',
        }) +
          pill.draw(x + SIZES.cardPadding, y + SIZES.cardPadding) +
          textLines([kind], x + SIZES.cardPadding, y + SIZES.cardPadding + pill.height + 4 + SIZES.small, {
            fontSize: SIZES.small,
            fill: COLORS.muted,
          }),
      ),
  };
}
