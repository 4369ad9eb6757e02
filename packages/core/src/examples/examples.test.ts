import { describe, expect, it } from 'vitest';
import { LANGUAGES, Persona } from '../schema/index.ts';
import { validateMap } from '../validate/index.ts';
import { annaPersona, laptopPurchaseMap } from './index.ts';

describe('example maps', () => {
  it.each(LANGUAGES)('the %s laptop purchase map and persona are valid', (lang) => {
    expect(validateMap(laptopPurchaseMap(lang))).toMatchObject({ ok: true });
    expect(Persona.parse(annaPersona(lang)).id).toBe('anna');
  });
});
