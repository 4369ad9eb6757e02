import { laptopPurchaseMap } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { dropIndex } from './drop-index.ts';
import {
  CURVE_PADDING,
  dataEmotion,
  moodOf,
  scoreToY,
  smoothPath,
  snapScore,
  yToScore,
} from './emotion-geometry.ts';
import { neighbourCell } from './neighbour.ts';

describe('emotion geometry', () => {
  const height = 150;

  it('puts +2 at the top and −2 at the bottom, inside the padding', () => {
    expect(scoreToY(2, height)).toBe(CURVE_PADDING);
    expect(scoreToY(-2, height)).toBe(height - CURVE_PADDING);
    expect(scoreToY(0, height)).toBe(height / 2);
  });

  it('turns a y back into a score snapped to 0.5 and clamped to −2 … +2', () => {
    for (const score of [-2, -1.5, -0.5, 0, 0.5, 1, 2])
      expect(yToScore(scoreToY(score, height), height)).toBe(score);
    expect(yToScore(scoreToY(0.7, height), height)).toBe(0.5);
    expect(yToScore(-50, height)).toBe(2);
    expect(yToScore(500, height)).toBe(-2);
    expect(Object.is(snapScore(-0.1), -0)).toBe(false);
  });

  it('names moods by the nearest whole score', () => {
    expect(moodOf(1.5)).toBe(2);
    expect(moodOf(-0.4)).toBe(0);
    expect(moodOf(-1.2)).toBe(-1);
  });

  it('draws a path through the points', () => {
    expect(smoothPath([])).toBe('');
    const path = smoothPath([
      { x: 0, y: 10 },
      { x: 100, y: 50 },
      { x: 200, y: 20 },
    ]);
    expect(path.startsWith('M0.0,10.0')).toBe(true);
    expect(path.match(/C/g)).toHaveLength(2);
    expect(path.endsWith('200.0,20.0')).toBe(true);
  });

  it('reads the data-driven emotion from the engine score or the text sentiment', () => {
    expect(dataEmotion({ emotion: 1.2 })).toBe(1.2);
    expect(dataEmotion({ sentiment: -0.5 })).toBe(-1);
    expect(dataEmotion({ sentiment: null })).toBeNull();
    expect(dataEmotion(undefined)).toBeNull();
  });
});

describe('dropIndex', () => {
  it('counts positions without the dragged card, as moveCard does', () => {
    expect(dropIndex(['a', 'b', 'c'], 'a', 2)).toBe(1);
    expect(dropIndex(['a', 'b', 'c'], 'c', 0)).toBe(0);
    expect(dropIndex(['a', 'b', 'c'], 'b', undefined)).toBe(2);
    expect(dropIndex(['a', 'b'], 'x', 1)).toBe(1);
    expect(dropIndex(['a', 'b'], 'x', undefined)).toBe(2);
  });
});

describe('neighbourCell', () => {
  const map = laptopPurchaseMap('en');

  it('moves along stages and lanes and stops at the edges', () => {
    expect(neighbourCell(map, { lane: 'actions', stage: 'awareness' }, 'right')).toEqual({
      lane: 'actions',
      stage: 'consideration',
    });
    expect(neighbourCell(map, { lane: 'actions', stage: 'awareness' }, 'left')).toBeNull();
    expect(neighbourCell(map, { lane: 'actions', stage: 'awareness' }, 'up')).toBeNull();
    expect(neighbourCell(map, { lane: 'actions', stage: 'awareness' }, 'down')).toEqual({
      lane: 'touchpoints',
      stage: 'awareness',
    });
  });

  it('skips the emotion lane, which holds the curve', () => {
    expect(neighbourCell(map, { lane: 'thoughts', stage: 'usage' }, 'down')).toEqual({
      lane: 'pains',
      stage: 'usage',
    });
    expect(neighbourCell(map, { lane: 'pains', stage: 'usage' }, 'up')).toEqual({
      lane: 'thoughts',
      stage: 'usage',
    });
  });
});
