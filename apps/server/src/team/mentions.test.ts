import { describe, expect, it } from 'vitest';
import { mentionedUsers } from './mentions.ts';

const anna = { id: 'u1', email: 'anna@example.com', name: 'Anna Petrova' };
const ivan = { id: 'u2', email: 'ivan@example.com', name: 'Иван' };
const li = { id: 'u3', email: 'li@example.cn', name: '李 明' };
const users = [anna, ivan, li];

describe('mentionedUsers', () => {
  it('finds members by e-mail and by name without spaces, in any script and case', () => {
    expect(mentionedUsers('@anna@example.com please check', users)).toEqual([anna]);
    expect(mentionedUsers('@АННА? no: @иван, and @李明.', users)).toEqual([ivan, li]);
    expect(mentionedUsers('@AnnaPetrova and @annapetrova again', users)).toEqual([anna]);
  });

  it('ignores e-mail addresses in the text and unknown handles', () => {
    expect(mentionedUsers('write to anna@example.com or @nobody', users)).toEqual([]);
  });
});
