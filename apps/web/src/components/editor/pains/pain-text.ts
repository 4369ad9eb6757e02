import type { Language, PainProposal as PainFinding } from '@opencjm/core';
import { formatDuration, formatNumber, formatPercent, formatSigned } from '../../../i18n/format.ts';
import { isTKey, type TFunction } from '../../../i18n/translate.ts';

/** The translated name of a finding's kind; an unknown kind shows its code. */
export function painKindText(t: TFunction, kind: string): string {
  const key = `pains.kind.${kind}`;
  return isTKey(key) ? t(key) : kind;
}

/** Names of the map's stages and touchpoints by id. */
export interface PlaceNames {
  stage(id: string): string;
  touchpoint(id: string): string;
}

/** Where a finding is: "Stage › Touchpoint", either part alone, or "—". */
export function painPlaceText(finding: PainFinding, names: PlaceNames): string {
  const parts = [
    finding.stage === null ? null : names.stage(finding.stage),
    finding.touchpoint === null ? null : names.touchpoint(finding.touchpoint),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? '—' : parts.join(' › ');
}

/** The kind-specific detail of a finding (the stage not reached, the long-visit threshold …), or null. */
export function painDetailText(
  t: TFunction,
  lang: Language,
  finding: PainFinding,
  names: PlaceNames,
): string | null {
  switch (finding.kind) {
    case 'drop-off':
      return finding.nextStage ? t('pains.detail.drop-off', { next: names.stage(finding.nextStage) }) : null;
    case 'long-dwell-exit':
      return typeof finding.thresholdSeconds === 'number'
        ? t('pains.detail.long-dwell-exit', { threshold: formatDuration(t, lang, finding.thresholdSeconds) })
        : null;
    case 'loop':
      return typeof finding.repeats === 'number'
        ? t('pains.detail.loop', { repeats: finding.repeats })
        : null;
    case 'negative-sentiment':
      return typeof finding.meanScore === 'number'
        ? t('pains.detail.negative-sentiment', { mean: formatSigned(lang, finding.meanScore, 2) })
        : null;
    case 'low-csat':
      return t('pains.detail.low-csat');
    default:
      return null;
  }
}

/** "18% (337 of 1,870) vs 9% elsewhere". */
export function painRateText(t: TFunction, lang: Language, finding: PainFinding): string {
  return t('pains.rate', {
    rate: formatPercent(lang, finding.rate),
    count: formatNumber(lang, finding.count, 0),
    n: formatNumber(lang, finding.n, 0),
    baseline: formatPercent(lang, finding.baseline),
  });
}
