import { annaPersona, Persona } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { avatarDataUri, avatarHue, avatarSvg, initials } from './avatar.ts';
import { fromForm, toForm } from './persona-form.ts';
import { fitWithin } from './resize-image.ts';

describe('generated avatar', () => {
  it('takes initials from the name', () => {
    expect(initials('Anna Petrova')).toBe('AP');
    expect(initials('анна')).toBe('А');
    expect(initials('王芳')).toBe('王芳');
    expect(initials('  ')).toBe('?');
  });

  it('is deterministic and coloured by the seed', () => {
    expect(avatarSvg('anna', 'Anna')).toBe(avatarSvg('anna', 'Anna'));
    expect(avatarHue('anna')).not.toBe(avatarHue('boris'));
    expect(avatarSvg('anna', 'Anna')).toContain(`hsl(${avatarHue('anna')} `);
    expect(avatarDataUri('x', 'X').startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
  });

  it('escapes the name', () => {
    expect(avatarSvg('x', '<b> &')).not.toContain('<b>');
  });
});

describe('photo size', () => {
  it('scales down to fit 256 px and never up', () => {
    expect(fitWithin(1024, 512, 256)).toEqual({ width: 256, height: 128 });
    expect(fitWithin(300, 900, 256)).toEqual({ width: 85, height: 256 });
    expect(fitWithin(100, 80, 256)).toEqual({ width: 100, height: 80 });
  });
});

describe('persona form', () => {
  it('round-trips a persona', () => {
    const anna = annaPersona('en');
    expect(fromForm(anna, toForm(anna))).toEqual(Persona.parse(anna));
  });

  it('drops empty fields and empty lines', () => {
    const anna = annaPersona('en');
    const form = toForm(anna);
    form.quote = '  ';
    form.demographics.age = '';
    form.lists.goals = 'One\n\n  Two  \n';
    const persona = fromForm(anna, form);
    expect(persona.quote).toBeUndefined();
    expect(persona.demographics.age).toBeUndefined();
    expect(persona.goals).toEqual(['One', 'Two']);
  });
});
