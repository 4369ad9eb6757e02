import type { Dfg } from '../../../api/analytics-schemas.ts';

/** Keys of the process map's virtual start and end nodes (never an activity's label). */
export const START = '\u0000start';
export const END = '\u0000end';

/** One activity of the process map: how many events carry it. */
export interface DfgNode {
  id: string;
  count: number;
}

/** One directly-follows edge; `medianSeconds` is absent on edges from the start or to the end. */
export interface DfgLink {
  from: string;
  to: string;
  count: number;
  medianSeconds?: number | null;
}

/** What the process map shows at the sliders' settings, and how much there was. */
export interface DfgView {
  /** Shown activities, most frequent first, without the virtual start and end. */
  nodes: DfgNode[];
  /** Shown edges, start and end edges included. */
  links: DfgLink[];
  total: { nodes: number; links: number };
}

/**
 * The activities of a directly-follows graph with their frequencies, most frequent first.
 * An activity's frequency is the number of its events: each event either starts a journey
 * or has exactly one predecessor, so it is the sum of the activity's incoming edges and
 * starts. Self-loops count, as each is one more event.
 */
export function dfgNodes(dfg: Dfg): DfgNode[] {
  const counts = new Map<string, number>();
  const add = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  for (const [id, n] of Object.entries(dfg.start ?? {})) add(id, n);
  for (const edge of dfg.edges) {
    add(edge.to, edge.count);
    if (!counts.has(edge.from)) counts.set(edge.from, 0);
  }
  for (const id of Object.keys(dfg.end ?? {})) if (!counts.has(id)) counts.set(id, 0);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** All edges of the graph, with the journeys' starts and ends as edges of START and END. */
export function dfgLinks(dfg: Dfg): DfgLink[] {
  const starts = Object.entries(dfg.start ?? {}).map(([to, count]) => ({ from: START, to, count }));
  const ends = Object.entries(dfg.end ?? {}).map(([from, count]) => ({ from, to: END, count }));
  const edges = dfg.edges.map((e) => ({
    from: e.from,
    to: e.to,
    count: e.count,
    medianSeconds: e.medianSeconds,
  }));
  return [...starts, ...edges, ...ends];
}

/** How many of `total` items a share 0…1 keeps: at least one when there is any. */
export function keepCount(total: number, share: number): number {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`share must be within 0…1, got ${share}`);
  return total === 0 ? 0 : Math.max(1, Math.ceil(total * share));
}

/**
 * The process map simplified as Disco and ProM's "activities" and "paths" sliders do:
 * the `activities` share (0…1) keeps the most frequent activities; the `paths` share keeps
 * the most frequent of the edges between them. Whatever the paths share, every shown
 * activity keeps its most frequent incoming and outgoing edge (a start or an end counts),
 * so no shown activity floats unconnected when the graph has an edge for it.
 *
 * Hand-written because it is a few lines over the answer the server already sends. Hidden
 * activities take their edges with them: reconnecting their neighbours, as Disco does by
 * refiltering the log, would need the events, not the graph.
 */
export function filterDfg(dfg: Dfg, shares: { activities: number; paths: number }): DfgView {
  const allNodes = dfgNodes(dfg);
  const allLinks = dfgLinks(dfg);
  const nodes = allNodes.slice(0, keepCount(allNodes.length, shares.activities));
  const shown = new Set([START, END, ...nodes.map((node) => node.id)]);
  const candidates = allLinks
    .filter((link) => shown.has(link.from) && shown.has(link.to))
    .sort((a, b) => b.count - a.count);
  const kept = new Set(candidates.slice(0, keepCount(candidates.length, shares.paths)));
  const strongestIn = new Map<string, DfgLink>();
  const strongestOut = new Map<string, DfgLink>();
  for (const link of candidates) {
    // candidates are sorted by count, so the first link seen is the strongest
    if (link.from !== link.to && !strongestIn.has(link.to)) strongestIn.set(link.to, link);
    if (link.from !== link.to && !strongestOut.has(link.from)) strongestOut.set(link.from, link);
  }
  for (const node of nodes) {
    const incoming = strongestIn.get(node.id);
    const outgoing = strongestOut.get(node.id);
    if (incoming) kept.add(incoming);
    if (outgoing) kept.add(outgoing);
  }
  const links = candidates.filter((link) => kept.has(link));
  return { nodes, links, total: { nodes: allNodes.length, links: allLinks.length } };
}
