import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../router/route.ts';
import { chanceText, pText, signedPercent } from './format-stats.ts';

describe('experiment figures as people read them', () => {
  it('never rounds a p-value or a chance to a certainty', () => {
    expect(pText(0.0001152)).toBe('< 0.001');
    expect(pText(0.0477)).toBe('0.048');
    expect(pText(null)).toBe('—');
    expect(chanceText('en', 0.99994)).toBe('> 99.9%');
    expect(chanceText('en', 0.0004)).toBe('< 0.1%');
    expect(chanceText('en', 0.8312)).toBe('83.1%');
    expect(chanceText('en', null)).toBe('—');
  });

  it('signs a lift', () => {
    expect(signedPercent('en', 0.414)).toBe('+41.4%');
    expect(signedPercent('en', -0.05)).toBe('-5%');
    expect(signedPercent('en', 0)).toBe('0%');
  });
});

describe('initiative routes', () => {
  it('addresses the board and one initiative by hash, and back', () => {
    expect(parseRoute('#/initiatives')).toEqual({ name: 'initiatives' });
    expect(parseRoute('#/initiatives/a%20b')).toEqual({ name: 'initiative', id: 'a b' });
    expect(routeHash({ name: 'initiative', id: 'a b' })).toBe('#/initiatives/a%20b');
    expect(parseRoute('#/initiatives/a/b')).toEqual({ name: 'not-found' });
  });
});
