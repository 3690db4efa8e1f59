import { DomainError } from '../errors.js';
import { type Arena, allocateArrays } from './arena.js';

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
 * A topological order of the included nodes that stays as close to index (WBS) order as the links
 * allow: nodes are taken in index order, each after its not-yet-placed predecessors (an iterative
 * depth-first search over predecessors). Plans mostly link forward in WBS order, so the passes
 * then walk their arrays almost sequentially, which is what makes a million tasks fast. A cycle
 * is a DomainError 'validation_failed' naming its tasks in link order.
 */
export function topologicalOrder(
  graph: CsrGraph,
  include: Uint8Array,
  nameOf: (node: number) => string,
  arena?: Arena,
): Int32Array {
  const { nodeCount, edgeFrom, inStart, inEdges } = graph;
  const { state, next, stack, order } = allocateArrays(
    {
      state: ['u8', nodeCount],
      next: ['i32', nodeCount],
      stack: ['i32', nodeCount],
      order: ['i32', nodeCount],
    },
    arena,
  );
  let placed = 0;
  if (allForward(graph, include)) {
    // Every link runs from a lower to a higher index (the usual case): index order is the order
    // the search below would produce, and there can be no cycle.
    for (let i = 0; i < nodeCount; i++) if (include[i] === 1) order[placed++] = i;
    return order.subarray(0, placed);
  }
  next.set(inStart.subarray(0, nodeCount));
  for (let root = 0; root < nodeCount; root++) {
    if (include[root] !== 1 || state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    state[root] = 1;
    while (top >= 0) {
      const node = stack[top] as number;
      const k = next[node] as number;
      if (k < (inStart[node + 1] as number)) {
        next[node] = k + 1;
        const pred = edgeFrom[inEdges[k] as number] as number;
        const seen = state[pred] as number;
        if (seen === 0) {
          state[pred] = 1;
          stack[++top] = pred;
        } else if (seen === 1) {
          throw cycleError(stack, top, pred, nameOf);
        }
      } else {
        state[node] = 2;
        order[placed++] = node;
        top--;
      }
    }
  }
  return order.subarray(0, placed);
}

/** True when every edge goes from an included node to a node with a higher index. */
function allForward(graph: CsrGraph, include: Uint8Array): boolean {
  const { edgeCount, edgeFrom, edgeTo } = graph;
  for (let e = 0; e < edgeCount; e++) {
    const from = edgeFrom[e] as number;
    if (from >= (edgeTo[e] as number) || include[from] !== 1) return false;
  }
  return true;
}

/** The stack from `pred` up to the top is a path along predecessors back to `pred`: a cycle. */
function cycleError(stack: Int32Array, top: number, pred: number, nameOf: (node: number) => string): DomainError {
  let from = top;
  while (from > 0 && stack[from] !== pred) from--;
  // The stack runs successor → predecessor; reverse it to list the cycle in link order.
  const ids: string[] = [];
  for (let k = top; k >= from; k--) ids.push(nameOf(stack[k] as number));
  return new DomainError('validation_failed', `links form a cycle: ${[...ids, ids[0]].join(' -> ')}`, {
    field: 'links',
    cycle: ids,
  });
}
