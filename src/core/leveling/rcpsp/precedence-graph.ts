/**
 * The precedence structure the list-based searches need, whatever decodes the lists: n activities
 * and their successors and predecessors in CSR form (`succ[succStart[j] .. succStart[j + 1])`).
 * An RcpspProblem is one; a calendar-aware leveler can build its own.
 */
export interface PrecedenceGraph {
  readonly n: number;
  readonly succStart: Int32Array;
  readonly succ: Int32Array;
  readonly predStart: Int32Array;
  readonly pred: Int32Array;
}

/** True when `b` is a direct successor of `a`. */
export function precedes(graph: PrecedenceGraph, a: number, b: number): boolean {
  const { succStart, succ } = graph;
  for (let e = succStart[a]!, end = succStart[a + 1]!; e < end; e++) if (succ[e] === b) return true;
  return false;
}

/** True when `list` holds every activity once, each after all its predecessors. */
export function isPrecedenceFeasible(graph: PrecedenceGraph, list: Int32Array): boolean {
  const { n, predStart, pred } = graph;
  if (list.length !== n) return false;
  const position = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const j = list[i]!;
    if (j < 0 || j >= n || position[j] !== -1) return false;
    position[j] = i;
  }
  for (let j = 0; j < n; j++) {
    for (let e = predStart[j]!; e < predStart[j + 1]!; e++) if (position[pred[e]!]! > position[j]!) return false;
  }
  return true;
}
