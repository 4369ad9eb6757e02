import type { User } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { insertMention, mentionAt, mentionSuggestions, mentionToken, splitMentions } from './mentions.ts';

const user = (id: string, name: string, email: string): User => ({
  id,
  name,
  email,
  role: 'editor',
  createdAt: '2026-12-01T10:00:00.000Z',
  lastSignInAt: null,
});
const anna = user('1', 'Anna Petrova', 'anna@shop.example');
const ivan = user('2', 'Ivan', 'ivan@shop.example');
const ivan2 = user('3', 'ivan', 'ivan.k@shop.example');
const li = user('4', '李 娜', 'li@shop.example');
const USERS = [anna, ivan, li];

describe('mentionAt', () => {
  it('finds the @query just before the caret', () => {
    expect(mentionAt('Hi @an', 6)).toEqual({ start: 3, query: 'an' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('(@iv) later', 4)).toEqual({ start: 1, query: 'iv' });
    expect(mentionAt('ask @ivan@shop.ex', 17)).toEqual({ start: 4, query: 'ivan@shop.ex' });
  });

  it('is not in a mention after a space, inside an e-mail or without an @', () => {
    expect(mentionAt('Hi @anna ', 9)).toBeNull();
    expect(mentionAt('mail anna@shop', 14)).toBeNull();
    expect(mentionAt('plain', 5)).toBeNull();
  });
});

describe('mentionSuggestions', () => {
  it('matches names without spaces and e-mails, case-insensitively, prefix matches first', () => {
    expect(mentionSuggestions(USERS, 'annap')).toEqual([anna]);
    expect(mentionSuggestions(USERS, 'IV')).toEqual([ivan]);
    expect(mentionSuggestions(USERS, 'shop').map((u) => u.id)).toEqual(['1', '2', '4']);
    expect(mentionSuggestions(USERS, 'petrova')).toEqual([anna]);
    expect(mentionSuggestions(USERS, '李')).toEqual([li]);
    expect(mentionSuggestions(USERS, '', 2)).toHaveLength(2);
  });
});

describe('mentionToken and insertMention', () => {
  it('uses the name without spaces, or the e-mail when the name is shared', () => {
    expect(mentionToken(anna, USERS)).toBe('AnnaPetrova');
    expect(mentionToken(li, USERS)).toBe('李娜');
    expect(mentionToken(ivan, [...USERS, ivan2])).toBe('ivan@shop.example');
  });

  it('replaces the typed query and puts the caret after the token', () => {
    const text = 'see @an and more';
    const result = insertMention(text, { start: 4, query: 'an' }, 'AnnaPetrova');
    expect(result.text).toBe('see @AnnaPetrova and more');
    expect(result.caret).toBe('see @AnnaPetrova '.length);
    expect(insertMention('@iv', { start: 0, query: 'iv' }, 'Ivan')).toEqual({ text: '@Ivan ', caret: 6 });
  });
});

describe('splitMentions', () => {
  it('marks the mentions of the given members and keeps everything else as text', () => {
    expect(splitMentions('Thanks @ivan@shop.example and @AnnaPetrova.', [ivan, anna])).toEqual([
      { text: 'Thanks ', mention: false },
      { text: '@ivan@shop.example', mention: true },
      { text: ' and ', mention: false },
      { text: '@AnnaPetrova', mention: true },
      { text: '.', mention: false },
    ]);
    expect(splitMentions('mail a@Ivan, @nobody', [ivan])).toEqual([
      { text: 'mail a@Ivan, @nobody', mention: false },
    ]);
  });
});
