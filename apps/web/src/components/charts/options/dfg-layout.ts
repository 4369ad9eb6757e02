import dagre from '@dagrejs/dagre';

/** A box to place: its key and its size in px. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** An edge the layout should respect; frequent edges pull their ends into line. */
export interface LayoutEdge {
  from: string;
  to: string;
  count: number;
}

/** A point of the drawing, px from its top left corner. */
export interface Point {
  x: number;
  y: number;
}

/** Centres of the boxes, the routes of the edges, and the size of the whole drawing, px. */
export interface GraphLayout {
  positions: Map<string, Point>;
  /** An edge's route from box border to box border, keyed by {@link edgeKey}. */
  routes: Map<string, Point[]>;
  width: number;
  height: number;
}

/** The key of the edge `from` → `to` in {@link GraphLayout.routes}. */
export function edgeKey(from: string, to: string): string {
  return `${from}\u0001${to}`;
}

/** Space between boxes of one layer and between layers, and around the drawing, px. */
const NODE_GAP = 36;
const LAYER_GAP = 56;
const MARGIN = 24;

/**
 * A layered (Sugiyama) top-to-bottom layout of the process map, as Disco draws it, by
 * dagre: cycles are broken by a depth-first walk from the first node given (the start),
 * following the most frequent edges first when they are given first, so the edges turned
 * back are the rare returns; layers assigned by network simplex, crossings reduced
 * by reordering, edges routed around the boxes. An edge's weight is its count, so the main
 * flow runs straight down. Self-loops are left to dagre, which routes them beside their node.
 */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): GraphLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: false });
  graph.setGraph({
    rankdir: 'TB',
    nodesep: NODE_GAP,
    ranksep: LAYER_GAP,
    marginx: MARGIN,
    marginy: MARGIN,
    ranker: 'network-simplex',
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) {
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) {
      throw new Error(`process map layout: edge ${edge.from} → ${edge.to} names a node not in the graph`);
    }
    graph.setEdge(edge.from, edge.to, { weight: Math.max(1, edge.count), minlen: 1 });
  }
  dagre.layout(graph);
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    const placed = graph.node(node.id) as Point;
    positions.set(node.id, { x: placed.x, y: placed.y });
  }
  const routes = new Map<string, Point[]>();
  for (const edge of edges) {
    const route = (graph.edge(edge.from, edge.to) as { points?: Point[] } | undefined)?.points ?? [];
    routes.set(
      edgeKey(edge.from, edge.to),
      route.map(({ x, y }) => ({ x, y })),
    );
  }
  const { width = 0, height = 0 } = graph.graph() as { width?: number; height?: number };
  return { positions, routes, width, height };
}
