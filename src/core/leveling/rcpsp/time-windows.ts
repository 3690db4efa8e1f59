import type { RcpspProblem } from './problem.js';

/** Resource-free earliest and latest start periods (CPM with lags and releases), and their critical-path length. */
export interface TimeWindows {
  readonly earliestStart: Int32Array;
  readonly latestStart: Int32Array;
  /** The makespan with resources ignored: a lower bound on every schedule (periods). */
  readonly criticalPathLength: number;
}

/** Forward and backward passes over the links; the latest starts are against the critical-path length. */
export function timeWindows(problem: RcpspProblem): TimeWindows {
  const { n, topo, duration, release, predStart, pred, predLag, succStart, succ, succLag } = problem;
  const earliestStart = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const j = topo[i]!;
    let es = release[j]!;
    for (let e = predStart[j]!; e < predStart[j + 1]!; e++) {
      const t = earliestStart[pred[e]!]! + duration[pred[e]!]! + predLag[e]!;
      if (t > es) es = t;
    }
    earliestStart[j] = es;
    if (es + duration[j]! > length) length = es + duration[j]!;
  }
  const latestStart = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const j = topo[i]!;
    let lf = length;
    for (let e = succStart[j]!; e < succStart[j + 1]!; e++) {
      const t = latestStart[succ[e]!]! - succLag[e]!;
      if (t < lf) lf = t;
    }
    latestStart[j] = lf - duration[j]!;
  }
  return { earliestStart, latestStart, criticalPathLength: length };
}

/**
 * A lower bound on the makespan (periods): the critical path, and for each resource the work it
 * must carry divided by its capacity.
 */
export function makespanLowerBound(problem: RcpspProblem, windows: TimeWindows = timeWindows(problem)): number {
  const { n, k, duration, demand, capacity } = problem;
  let bound = windows.criticalPathLength;
  for (let r = 0; r < k; r++) {
    let work = 0;
    for (let j = 0; j < n; j++) work += duration[j]! * demand[j * k + r]!;
    if (work > 0 && capacity[r]! > 0) bound = Math.max(bound, Math.ceil(work / capacity[r]!));
  }
  return bound;
}
