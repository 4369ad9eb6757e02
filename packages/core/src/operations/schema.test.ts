import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Operation } from './schema.ts';

describe('Operation schema', () => {
  it('accepts operations as plain JSON data', () => {
    const ops = [
      { op: 'moveCard', id: 'c3', lane: 'pains', stage: 'purchase', index: 0 },
      { op: 'setEmotion', stage: 'purchase', score: 5 },
      { op: 'setMapField', field: 'language', value: 'zh' },
      { op: 'linkTouchpoint', touchpoint: 'tp-ad', stage: null },
    ];
    for (const op of ops) expect(Operation.parse(JSON.parse(JSON.stringify(op)))).toEqual(op);
  });

  it('refuses unknown operations, unknown keys and ill-typed fields', () => {
    expect(Operation.safeParse({ op: 'moveCards', id: 'c1' }).success).toBe(false);
    expect(Operation.safeParse({ op: 'removeCard', id: 'c1', force: true }).success).toBe(false);
    expect(Operation.safeParse({ op: 'removeCard', id: '' }).success).toBe(false);
    expect(Operation.safeParse({ op: 'addLane', type: 'sorrows', title: 'x' }).success).toBe(false);
    expect(Operation.safeParse({ op: 'setMapField', field: 'type', value: 'past' }).success).toBe(false);
    expect(Operation.safeParse({ op: 'setEmotion', stage: 's', score: Number.NaN }).success).toBe(false);
    expect(Operation.safeParse({ op: 'renameStage', id: 's', name: null }).success).toBe(false);
  });

  it('converts to JSON Schema for the HTTP API', () => {
    const schema = z.toJSONSchema(Operation);
    expect(JSON.stringify(schema)).toContain('moveCard');
  });
});
