import { type Demographics, type Language, Persona } from '@opencjm/core';
import { channelName } from '../format.ts';
import { PERSONA_WORDS } from './phrases.ts';

/** What a persona is drafted from: one cluster's number, channels and typical attributes. */
export interface ClusterTraits {
  /** 1-based cluster number. */
  cluster: number;
  /** Preferred channels, most used first. */
  channels: readonly string[];
  /** Per attribute key: the modal value, or the median of a numeric attribute. */
  attributes: Readonly<Record<string, string | number>>;
}

/** Attribute keys (lower case) that fill each demographics field, first match wins. */
const DEMOGRAPHIC_KEYS: Readonly<Record<keyof Demographics, readonly string[]>> = {
  age: ['age', 'age_group', 'age_band', 'age_range'],
  gender: ['gender', 'sex'],
  education: ['education'],
  income: ['income', 'income_band'],
  location: ['region', 'city', 'country', 'location'],
  occupation: ['occupation', 'job', 'profession'],
};

/** The age band of a numeric age, as marketing reports use them. */
export function ageBand(age: number): string {
  if (age < 18) return '<18';
  if (age >= 65) return '65+';
  const bands = [
    [18, 24],
    [25, 34],
    [35, 44],
    [45, 54],
    [55, 64],
  ] as const;
  const [lo, hi] = bands.find(([, top]) => age < top + 1) ?? [55, 64];
  return `${lo}–${hi}`;
}

/**
 * A persona draft for a cluster (`source: 'data'`): named "Cluster 2: Mobile app, 25–34" in
 * `language` — the first preferred channel and the age band, or the location when there is
 * no age; demographics from the cluster's typical attributes (a numeric age as its band);
 * preferred channels. Goals, needs and fears are left for the researcher.
 */
export function personaDraft(traits: ClusterTraits, language: Language): Persona {
  const words = PERSONA_WORDS[language];
  const demographics: Demographics = {};
  const lower = new Map(Object.entries(traits.attributes).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [field, keys] of Object.entries(DEMOGRAPHIC_KEYS) as [keyof Demographics, readonly string[]][]) {
    const value = keys.map((k) => lower.get(k)).find((v) => v !== undefined);
    if (value === undefined) continue;
    demographics[field] = field === 'age' && typeof value === 'number' ? ageBand(value) : String(value);
  }
  const first = traits.channels[0];
  const parts = [
    ...(first === undefined ? [] : [channelName(first, language)]),
    ...(demographics.age ? [demographics.age] : demographics.location ? [demographics.location] : []),
  ];
  const title = `${words.cluster} ${traits.cluster}`;
  return Persona.parse({
    schemaVersion: 1,
    id: `persona-cluster-${traits.cluster}`,
    name: parts.length === 0 ? title : `${title}${words.colon}${parts.join(words.comma)}`,
    demographics,
    channels: [...traits.channels],
    source: 'data',
  });
}
