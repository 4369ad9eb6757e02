import { describe, expect, it } from 'vitest';
import { langsFromArgs } from './langs-arg.ts';

describe('langsFromArgs', () => {
  it('gives every language when none is named', () => {
    expect(langsFromArgs([])).toEqual(['ru', 'en', 'zh']);
    expect(langsFromArgs(['--errors'])).toEqual(['ru', 'en', 'zh']);
  });

  it('keeps the languages named, once each, in their order', () => {
    expect(langsFromArgs(['--lang', 'ru'])).toEqual(['ru']);
    expect(langsFromArgs(['--lang', 'zh', '--errors', '--lang', 'ru', '--lang', 'zh'])).toEqual(['zh', 'ru']);
  });

  it('refuses an unknown or missing language by name', () => {
    expect(() => langsFromArgs(['--lang', 'de'])).toThrow(/--lang takes one of ru, en, zh; got de/);
    expect(() => langsFromArgs(['--lang'])).toThrow(/got nothing/);
  });
});
