import type { Language } from '../schema/common.ts';
import type { Persona } from '../schema/persona.ts';

/** Anna, the persona of the example map, in one of three languages. */
export function annaPersona(lang: Language): Persona {
  const t = {
    ru: {
      name: 'Анна',
      quote: 'Хочу купить быстро и без сюрпризов',
      occupation: 'Дизайнер',
      location: 'Казань',
    },
    en: {
      name: 'Anna',
      quote: 'I want to buy quickly and without surprises',
      occupation: 'Designer',
      location: 'Kazan',
    },
    zh: { name: '安娜', quote: '我想快速购买，不要有意外', occupation: '设计师', location: '喀山' },
  }[lang];
  return {
    schemaVersion: 1,
    id: 'anna',
    name: t.name,
    quote: t.quote,
    demographics: { age: '29', occupation: t.occupation, location: t.location },
    goals: [],
    needs: [],
    motivations: [],
    frustrations: [],
    channels: ['social-ads', 'website', 'email'],
    source: 'manual',
  };
}
