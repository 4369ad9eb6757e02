import { kmeans } from 'ml-kmeans';
import { mean, silhouette } from 'simple-statistics';

/** How the customers were split. */
export interface Clustering {
  k: number;
  /** Cluster of each row, 0-based; cluster 0 is the largest (ties: the one whose first row comes first). */
  labels: number[];
  /** Mean silhouette of each k tried (on the sample), best chosen; empty when k was given. */
  silhouettes: { k: number; silhouette: number }[];
}

/** Options of {@link clusterRows}. */
export interface ClusterOptions {
  /** Fixed number of clusters; default: the k in 2…6 with the best mean silhouette. */
  k?: number | undefined;
  seed: number;
  /** k-means runs per k (seeds seed, seed + 1 …); the lowest within-cluster error wins. */
  restarts?: number;
  /** Rows the silhouette is computed on (it needs all pairwise distances): an even stride. */
  sample?: number;
}

/**
 * k-means (ml-kmeans, k-means++ start, seeded: the same input gives the same clusters) with k
 * chosen by mean silhouette (simple-statistics) over 2…6, capped by the distinct rows.
 * Fewer than four distinct rows make one cluster.
 */
export function clusterRows(rows: readonly number[][], o: ClusterOptions): Clustering {
  const distinct = new Set(rows.map((r) => r.join(','))).size;
  const fixed = o.k === undefined ? undefined : Math.min(o.k, distinct);
  if ((fixed ?? distinct) < 2 || (fixed === undefined && distinct < 4)) {
    return { k: 1, labels: rows.map(() => 0), silhouettes: [] };
  }
  const data = rows.map((r) => [...r]);
  if (fixed !== undefined) return { k: fixed, labels: bestOf(data, fixed, o), silhouettes: [] };
  const step = Math.max(1, Math.ceil(data.length / (o.sample ?? 1000)));
  const sampled = data.filter((_, i) => i % step === 0);
  const tried = [];
  for (let k = 2; k <= Math.min(6, distinct - 1); k++) {
    const labels = bestOf(data, k, o);
    tried.push({
      k,
      labels,
      silhouette: meanSilhouette(
        sampled,
        labels.filter((_, i) => i % step === 0),
      ),
    });
  }
  const best = tried.reduce((a, b) => (b.silhouette > a.silhouette + 1e-12 ? b : a));
  return {
    k: best.k,
    labels: best.labels,
    silhouettes: tried.map(({ k, silhouette: s }) => ({ k, silhouette: s })),
  };
}

/**
 * Mean silhouette of a sample; its labels are renumbered densely first (simple-statistics
 * expects every label 0…G−1 present). A sample holding one cluster rates −1: it cannot tell.
 */
function meanSilhouette(points: number[][], labels: readonly number[]): number {
  const dense = new Map<number, number>();
  for (const l of labels) if (!dense.has(l)) dense.set(l, dense.size);
  if (dense.size < 2) return -1;
  return mean(
    silhouette(
      points,
      labels.map((l) => dense.get(l) ?? 0),
    ),
  );
}

/** The run with the lowest within-cluster sum of squares, relabelled by size. */
function bestOf(data: number[][], k: number, o: ClusterOptions): number[] {
  let best: { labels: number[]; error: number } | undefined;
  for (let r = 0; r < (o.restarts ?? 4); r++) {
    const run = kmeans(data, k, { seed: o.seed + r, initialization: 'kmeans++', maxIterations: 300 });
    const error = run.computeInformation(data).reduce((s, c) => s + Math.max(0, c.error) * c.size, 0);
    if (!best || error < best.error - 1e-9) best = { labels: run.clusters, error };
  }
  return bySize(best?.labels ?? data.map(() => 0));
}

/** Renumbers clusters 0, 1 … by size, largest first; ties by first appearance. */
function bySize(labels: readonly number[]): number[] {
  const first = new Map<number, number>();
  const size = new Map<number, number>();
  labels.forEach((l, i) => {
    if (!first.has(l)) first.set(l, i);
    size.set(l, (size.get(l) ?? 0) + 1);
  });
  const order = [...first.keys()].sort(
    (a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0),
  );
  const renumber = new Map(order.map((l, i) => [l, i]));
  return labels.map((l) => renumber.get(l) ?? 0);
}
