import { describe, expect, it } from 'vitest';
import { PersonaCluster } from '../../api/persona-suggestions-schemas.ts';
import { parseK, personaFromCluster } from './persona-from-cluster.ts';

describe('personaFromCluster', () => {
  it('keeps the draft under a new id, marked as drafted from data', () => {
    const cluster = PersonaCluster.parse({
      cluster: 2,
      size: 700,
      share: 0.23,
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
