import { PersonaCluster } from '@opencjm/core';
import { describe, expect, it } from 'vitest';
import { parseK, personaFromCluster } from './persona-from-cluster.ts';

describe('personaFromCluster', () => {
  it('keeps the draft under a new id, marked as drafted from data', () => {
    const cluster = PersonaCluster.parse({
      cluster: 2,
      size: 700,
      share: 0.23,
      distinguishing: [],
      converted: { customers: 98, rate: 0.14, ci: [0.116, 0.168] },
      reachedLastStage: null,
      channels: [{ channel: 'website', share: 0.61 }],
      attributes: { age: 39 },
      persona: {
        schemaVersion: 1,
        id: 'persona-cluster-2',
        name: 'Cluster 2: Website, 35–44',
        demographics: { age: '35–44' },
        channels: ['website'],
      },
    });
    const persona = personaFromCluster(cluster, 'persona-abc');
    expect(persona).toMatchObject({
      id: 'persona-abc',
      name: 'Cluster 2: Website, 35–44',
      avatarSeed: 'persona-cluster-2',
      source: 'data',
    });
    expect(persona.demographics.age).toBe('35–44');
  });
});

describe('parseK', () => {
  it('reads 2 … 6 and treats anything else as automatic', () => {
    expect(parseK('4')).toBe(4);
    expect(parseK('auto')).toBeUndefined();
    expect(parseK('9')).toBeUndefined();
  });
});
