import type { Persona, PersonaCluster } from '@opencjm/core';

/**
 * The persona to create from a cluster: its draft under a new id (the draft's
 * `persona-cluster-<n>` would collide when the same cluster is turned into a persona twice,
 * or clusters are numbered again for another k), marked as drafted from data. The avatar
 * seed stays the draft's, so the persona keeps the face its cluster card showed.
 */
export function personaFromCluster(cluster: PersonaCluster, id: string): Persona {
  const { persona } = cluster;
  return { ...persona, id, avatarSeed: persona.avatarSeed ?? persona.id, source: 'data' };
}

/** The k values offered besides the server's own choice. */
export const K_CHOICES = [2, 3, 4, 5, 6] as const;

/** The k in a select's value: `auto` (undefined) or one of {@link K_CHOICES}. */
export function parseK(value: string): number | undefined {
  const k = Number(value);
  return (K_CHOICES as readonly number[]).includes(k) ? k : undefined;
}
