import type { Evidence, LaneType } from '@opencjm/core';

/**
 * Fonts, sizes and colours of the map picture. One place, so the PNG, the PDF and the
 * HTML report look alike.
 */

/** Latin and Cyrillic first (DejaVu), Chinese from WenQuanYi Zen Hei. */
export const FONT_FAMILY = 'DejaVu Sans, WenQuanYi Zen Hei, sans-serif';
/**
 * For texts holding Chinese: the PDF writer picks one font per text element, and only
 * Zen Hei has both Chinese and Cyrillic glyphs.
 */
export const FONT_FAMILY_CJK = 'WenQuanYi Zen Hei, DejaVu Sans, sans-serif';

export const SIZES = {
  margin: 24,
  labelColumn: 170,
  stageColumn: 236,
  cellPadding: 8,
  cardPadding: 10,
  cardGap: 8,
  cardText: 12,
  cardLine: 16,
  cardMaxLines: 14,
  badgeText: 10,
  badgeHeight: 18,
  laneTitle: 13,
  stageTitle: 15,
  title: 26,
  subtitle: 13,
  small: 11,
  emotionHeight: 170,
  minRowHeight: 56,
  avatar: 56,
} as const;

export const COLORS = {
  text: '#1f2933',
  muted: '#616e7c',
  grid: '#d9dee4',
  background: '#ffffff',
  labelBackground: '#f5f7fa',
  stageHeader: ['#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#00897b', '#e53935', '#3949ab', '#6d4c41'],
  curve: ['#d81b60', '#1e88e5', '#43a047', '#fb8c00', '#8e24aa', '#00897b'],
  /** The emotion curve measured from customer data (dashed, beside the map's own curves). */
  dataCurve: '#00695c',
  positive: '#2e7d32',
  negative: '#c62828',
} as const;

/** Background and border of the cards of each lane type. */
export const LANE_COLORS: Record<LaneType, { fill: string; stroke: string }> = {
  actions: { fill: '#e3f2fd', stroke: '#90caf9' },
  touchpoints: { fill: '#e0f7fa', stroke: '#80deea' },
  channels: { fill: '#e0f7fa', stroke: '#80deea' },
  thoughts: { fill: '#f3e5f5', stroke: '#ce93d8' },
  feelings: { fill: '#fce4ec', stroke: '#f48fb1' },
  emotion: { fill: '#fce4ec', stroke: '#f48fb1' },
  expectations: { fill: '#e8eaf6', stroke: '#9fa8da' },
  goals: { fill: '#e8f5e9', stroke: '#a5d6a7' },
  fears: { fill: '#fbe9e7', stroke: '#ffab91' },
  pains: { fill: '#ffebee', stroke: '#ef9a9a' },
  gains: { fill: '#f1f8e9', stroke: '#c5e1a5' },
  opportunities: { fill: '#fff8e1', stroke: '#ffd54f' },
  kpis: { fill: '#f9fbe7', stroke: '#dce775' },
  owners: { fill: '#eceff1', stroke: '#b0bec5' },
  backstage: { fill: '#f5f5f5', stroke: '#bdbdbd' },
  text: { fill: '#fafafa', stroke: '#e0e0e0' },
};

/** Badge colours; the marker shape differs too, for readers who do not see colour. */
export const EVIDENCE_COLORS: Record<Evidence, { fill: string; text: string }> = {
  observed: { fill: '#c8e6c9', text: '#1b5e20' },
  reported: { fill: '#bbdefb', text: '#0d47a1' },
  hypothesis: { fill: '#ffe0b2', text: '#8a4b00' },
};
