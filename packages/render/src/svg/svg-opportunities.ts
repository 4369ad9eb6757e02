import type { Opportunity } from '@opencjm/core';
import type { Translate } from '../i18n.ts';
import { measureText } from '../text/text-wrap.ts';
import { type Block, el, paragraph, stack, textLines } from './svg-builder.ts';
import { COLORS, LANE_COLORS, SIZES } from './theme.ts';

const STATUS_COLORS: Record<Opportunity['status'], string> = {
  idea: '#9e9e9e',
  planned: '#1e88e5',
  'in-progress': '#fb8c00',
  done: '#43a047',
  dropped: '#757575',
};

/** The status pill: white text on the status colour. */
function statusPill(status: Opportunity['status'], t: Translate): Block {
  const word = t(`status.${status}`);
  const width = measureText(word, SIZES.badgeText, true) + 14;
  const height = SIZES.badgeHeight;
  return {
    width,
    height,
    draw: (x, y) =>
      el('rect', { x, y, width, height, rx: height / 2, fill: STATUS_COLORS[status] }) +
      textLines([word], x + 7, y + height / 2 + SIZES.badgeText * 0.36, {
        fontSize: SIZES.badgeText,
        fill: '#ffffff',
        bold: true,
      }),
  };
}

/**
 * An opportunity: its title, the owner who answers for it, status, and impact and effort
 * on the 1…5 scale. Owner is the point of the card, so it always shows (— when unset).
 */
export function opportunityBlock(opportunity: Opportunity, width: number, t: Translate): Block {
  const inner = width - 2 * SIZES.cardPadding;
  const parts: Block[] = [
    paragraph(opportunity.title, inner, { fontSize: 12, fill: COLORS.text, bold: true, lineHeight: 16 }, 4),
  ];
  if (opportunity.description) {
    parts.push(paragraph(opportunity.description, inner, { fontSize: SIZES.small, fill: COLORS.text }, 4));
  }
  parts.push(
    paragraph(`${t('field.owner')}${t('punct.colon')}${opportunity.owner ?? t('value.none')}`, inner, {
      fontSize: SIZES.small,
      fill: COLORS.muted,
    }),
  );
  const scale = [
    opportunity.impact === undefined ? '' : `${t('field.impact')} ${opportunity.impact}/5`,
    opportunity.effort === undefined ? '' : `${t('field.effort')} ${opportunity.effort}/5`,
  ]
    .filter(Boolean)
    .join(' · ');
  if (scale) parts.push(paragraph(scale, inner, { fontSize: SIZES.small, fill: COLORS.muted }));
  parts.push(statusPill(opportunity.status, t));
  const body = stack(parts, 4);
  const height = body.height + 2 * SIZES.cardPadding;
  const colors = LANE_COLORS.opportunities;
  return {
    width,
    height,
    draw: (x, y) =>
      el(
        'g',
        { 'data-opportunity': opportunity.id },
        el('rect', { x, y, width, height, rx: 6, fill: colors.fill, stroke: colors.stroke }) +
          body.draw(x + SIZES.cardPadding, y + SIZES.cardPadding),
      ),
  };
}
