import type { Language } from '@opencjm/core';
import type { Random } from './random.ts';
import { type DemoSegment, type Device, SEGMENT_PROFILES } from './segments.ts';

/** A laptop the demo shop sells; prices in roubles. */
export interface DemoModel {
  readonly slug: string;
  readonly name: string;
  readonly price: number;
}

/** The shop's laptops (invented names). */
export const DEMO_MODELS: readonly DemoModel[] = [
  { slug: 'aero-14', name: 'Aero 14', price: 89_990 },
  { slug: 'titan-16', name: 'Titan 16', price: 164_990 },
  { slug: 'office-15', name: 'Office 15', price: 54_990 },
  { slug: 'flex-13', name: 'Flex 13', price: 72_990 },
  { slug: 'studio-16', name: 'Studio 16', price: 139_990 },
];

const REGIONS: Readonly<Record<Language, readonly string[]>> = {
  ru: ['Moscow', 'Saint Petersburg', 'Kazan', 'Novosibirsk', 'Yekaterinburg'],
  en: ['London', 'Manchester', 'Dublin'],
  zh: ['Shanghai', 'Beijing', 'Shenzhen', 'Chengdu'],
};

const SEGMENT_WEIGHTS = Object.fromEntries(
  Object.entries(SEGMENT_PROFILES).map(([id, p]) => [id, p.weight]),
) as Readonly<Record<DemoSegment, number>>;

/** Languages customers write in: the shop is Russian, with many English and Chinese buyers. */
const LANGUAGE_WEIGHTS: Readonly<Record<Language, number>> = { ru: 0.5, en: 0.25, zh: 0.25 };

const PHONE_PREFIX: Readonly<Record<Language, string>> = { ru: '+7 912', en: '+44 7700', zh: '+86 138' };

/** One invented customer: who they are, and the identifiers each system knows them by. */
export interface DemoCustomer {
  /** 1-based number; every identifier is derived from it, so customers never collide. */
  readonly n: number;
  /** Ground truth for tests of clustering; analyses must not read it. */
  readonly segment: DemoSegment;
  /** The language they write in. */
  readonly lang: Language;
  readonly region: string;
  /** Years. */
  readonly age: number;
  readonly device: Device;
  /** The laptop they are after. */
  readonly model: DemoModel;
  /** Identifiers: web/app device id, shop account, e-mail, phone as typed, loyalty card. */
  readonly ids: {
    readonly anonymous: string;
    readonly user: string;
    readonly email: string;
    readonly phone: string;
    readonly crm: string;
  };
}

/** Draws customer `n`: segment, language and region, age, device and wanted model. */
export function makeCustomer(n: number, random: Random): DemoCustomer {
  const segment = random.weighted(SEGMENT_WEIGHTS);
  const profile = SEGMENT_PROFILES[segment];
  const lang = random.weighted(LANGUAGE_WEIGHTS);
  const cheap = segment === 'bargain-hunter';
  const models = cheap ? DEMO_MODELS.filter((m) => m.price < 100_000) : DEMO_MODELS;
  const padded = String(n).padStart(7, '0');
  return {
    n,
    segment,
    lang,
    region: random.pick(REGIONS[lang]),
    age: random.int(profile.age[0], profile.age[1]),
    device: random.weighted(profile.device),
    model: random.pick(models),
    ids: {
      anonymous: `dev-${padded}`,
      user: `user-${padded}`,
      email: `customer${n}@example.com`,
      phone: `${PHONE_PREFIX[lang]} ${padded.slice(0, 3)}-${padded.slice(3)}`,
      crm: `CRM-${padded}`,
    },
  };
}
