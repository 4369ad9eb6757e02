import { DistinguishingFeature, type Language } from '@opencjm/core';
import { median } from 'simple-statistics';
import { channelName, numberText, percentText, spanText } from '../format.ts';
import type { FeatureColumn } from './matrix.ts';
import { PERSONA_WORDS } from './phrases.ts';

export { DistinguishingFeature };

/** Differences smaller than this many standard deviations do not distinguish a cluster. */
const MIN_Z = 0.5;
const MAX_FEATURES = 4;

/**
 * The features that set the customers `members` (row indexes) apart: the largest
 * standardised differences of the cluster from the overall mean — the mean z-score for
 * numeric columns, (p_cluster − p) / √(p(1 − p)) for a category — at least 0.5, four at most.
 */
export function distinguishing(
  columns: readonly FeatureColumn[],
  members: readonly number[],
  language: Language,
): DistinguishingFeature[] {
  return columns
    .map((c) => describeColumn(c, members, language))
    .filter((f) => Math.abs(f.z) >= MIN_Z)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.feature < b.feature ? -1 : 1))
    .slice(0, MAX_FEATURES);
}

function describeColumn(
  c: FeatureColumn,
  members: readonly number[],
  language: Language,
): DistinguishingFeature {
  const words = PERSONA_WORDS[language];
  const raw = members.map((i) => c.raw[i] ?? Number.NaN);
  const avg = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const mid = (xs: readonly number[]) => {
    const known = xs.filter((x) => !Number.isNaN(x));
    return known.length === 0 ? Number.NaN : median(known);
  };
  if (c.kind === 'category') {
    const p = avg(c.raw);
    const pc = avg(raw);
    const z = p <= 0 || p >= 1 ? 0 : (pc - p) / Math.sqrt(p * (1 - p));
    const text = `${c.key} = ${c.category}${words.colon}${words.ofCustomers(percentText(pc))} ${words.overall(percentText(p))}`;
    return { feature: c.id, kind: c.kind, cluster: pc, overall: p, z, text };
  }
  const z = avg(members.map((i) => c.scaled[i] ?? 0));
  if (c.kind === 'channel') {
    const [pc, p] = [avg(raw), avg(c.raw)];
    const text = `${channelName(c.key, language)}${words.colon}${words.ofEvents(percentText(pc))} ${words.overall(percentText(p))}`;
    return { feature: c.id, kind: c.kind, cluster: pc, overall: p, z, text };
  }
  const [mc, m] = [mid(raw), mid(c.raw)];
  const show = (x: number) =>
    Number.isNaN(x) ? '—' : c.id === 'dwell' ? spanText(x, language) : numberText(x, language);
  const label = c.kind === 'activity' ? words.activity[c.id as keyof typeof words.activity] : c.key;
  const known = (x: number) => (Number.isNaN(x) ? null : x);
  const text = `${label}${words.colon}${show(mc)} ${words.overall(show(m))}`;
  return { feature: c.id, kind: c.kind, cluster: known(mc), overall: known(m), z, text };
}
