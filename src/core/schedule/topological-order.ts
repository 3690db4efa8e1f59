import { DomainError } from '../errors.js';

/** A directed graph in CSR form: each node's outgoing and incoming edge indices. */
export interface CsrGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
}

/**
 * Kahn's algorithm. `include[i]` = 1 marks the nodes to order (edges only join included nodes).
 * Returns the order, or throws a DomainError 'validation_failed' naming the ids of one cycle.
 */
export function topologicalOrder(graph: CsrGraph, include: Uint8Array, nameOf: (node: number) => string): Int32Array {
  const { nodeCount, edgeCount, edgeTo, outStart, outEdges } = graph;
  const indegree = new Int32Array(nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const to = edgeTo[e] as number;
    indegree[to] = (indegree[to] as number) + 1;
  }
  const order = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < nodeCount; i++) if (include[i] === 1 && indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const node = order[head++] as number;
    const end = outStart[node + 1] as number;
    for (let k = outStart[node] as number; k < end; k++) {
      const to = edgeTo[outEdges[k] as number] as number;
      const left = (indegree[to] as number) - 1;
      indegree[to] = left;
      if (left === 0) order[tail++] = to;
    }
  }
  let included = 0;
  for (let i = 0; i < nodeCount; i++) included += include[i] as number;
  if (tail < included) throw cycleError(graph, include, indegree, nameOf);
  return order.subarray(0, tail);
}

/** Finds one cycle among the nodes Kahn could not release and reports it in link order. */
function cycleError(
  graph: CsrGraph,
  include: Uint8Array,
  indegree: Int32Array,
  nameOf: (node: number) => string,
): DomainError {
  const { nodeCount, edgeFrom, inStart, inEdges } = graph;
  // Every unreleased node has an unreleased predecessor, so walking predecessors must repeat a node.
  let node = -1;
  for (let i = 0; i < nodeCount; i++) {
    if (include[i] === 1 && (indegree[i] as number) > 0) {
      node = i;
      break;
    }
  }
  const stepOf = new Int32Array(nodeCount).fill(-1);
  const path: number[] = [];
  while (stepOf[node] === -1) {
    stepOf[node] = path.length;
    path.push(node);
    const end = inStart[node + 1] as number;
    for (let k = inStart[node] as number; k < end; k++) {
      const from = edgeFrom[inEdges[k] as number] as number;
      if ((indegree[from] as number) > 0) {
        node = from;
        break;
      }
    }
  }
  const ids = path
    .slice(stepOf[node] as number)
    .reverse()
    .map(nameOf);
  return new DomainError('validation_failed', `links form a cycle: ${[...ids, ids[0]].join(' -> ')}`, {
    field: 'links',
    cycle: ids,
  });
}
