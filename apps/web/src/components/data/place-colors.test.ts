import { describe, expect, it } from 'vitest';
import { stageColor } from '../charts/stage-colors.ts';
import { touchpointColors } from './place-colors.ts';

describe('touchpointColors', () => {
  it('colours a touchpoint as its stage on the map, and nothing it cannot place', () => {
    const color = touchpointColors({
      stages: [
        { id: 'awareness', name: 'Awareness' },
        { id: 'purchase', name: 'Purchase' },
      ],
      touchpoints: [
        {
          id: 'tp-ad',
          name: 'Social ad',
          channel: 'social-ads',
          kind: 'online',
          source: 'quantitative',
          stage: 'awareness',
        },
        {
          id: 'tp-pay',
          name: 'Payment',
          channel: 'website',
          kind: 'online',
          source: 'quantitative',
          stage: 'purchase',
        },
        { id: 'tp-free', name: 'Anywhere', channel: 'website', kind: 'online', source: 'quantitative' },
      ],
    } as never);
    expect(color('tp-ad')).toBe(stageColor(0));
    expect(color('tp-pay')).toBe(stageColor(1));
    expect(color('tp-free')).toBeUndefined();
    expect(color('unknown')).toBeUndefined();
    expect(touchpointColors(null)('tp-ad')).toBeUndefined();
  });
});
