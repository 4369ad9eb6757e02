import type { Comment } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { openCounts, targetKey, threadsOf } from './threads.ts';

const author = { id: 'u1', name: 'Anna', email: 'anna@shop.example' };
let n = 0;
const comment = (kind: 'card' | 'stage', id: string, resolved = false): Comment => ({
  id: `m${++n}`,
  mapId: 'laptop',
  target: { kind, id },
  body: `note ${n}`,
  author,
  mentions: [],
  resolved,
  resolvedBy: resolved ? author : null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('comment threads', () => {
  const items = [
    comment('stage', 'pay', true),
    comment('card', 'c1'),
    comment('card', 'c1', true),
    comment('card', 'c1'),
    comment('stage', 'find'),
  ];

  it('counts open comments per card and stage', () => {
    const counts = openCounts(items);
    expect(counts.get(targetKey({ kind: 'card', id: 'c1' }))).toBe(2);
    expect(counts.get('stage:find')).toBe(1);
    expect(counts.has('stage:pay')).toBe(false);
  });

  it('groups by target, open threads first, resolved comments only on request', () => {
    expect(threadsOf(items, false).map((t) => [targetKey(t.target), t.comments.length, t.open])).toEqual([
      ['card:c1', 2, 2],
      ['stage:find', 1, 1],
    ]);
    expect(threadsOf(items, true).map((t) => [targetKey(t.target), t.comments.length])).toEqual([
      ['card:c1', 3],
      ['stage:find', 1],
      ['stage:pay', 1],
    ]);
  });
});
