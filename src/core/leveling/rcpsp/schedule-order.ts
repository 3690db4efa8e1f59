import type { RcpspProblem } from './problem.js';

/**
 * Activity lists read off a schedule: by start (the left-justification order) or by finish, latest
 * first (the right-justification order). Both are precedence-feasible: ties go by topological rank,
 * and with negative lags (where a successor may start before its predecessor) each key is first
 * raised to its predecessors' keys. A counting sort over the periods keeps it linear when the
 * schedule is short; long time axes (minutes) fall back to a numeric sort.
 */
export class ScheduleOrder {
  private counts: Int32Array;
  private readonly key: Float64Array;
  private readonly keyed: Float64Array;

  constructor(private readonly problem: RcpspProblem) {
    this.counts = new Int32Array(Math.max(64, 4 * problem.n));
    this.key = new Float64Array(problem.n);
    this.keyed = new Float64Array(problem.n);
  }

  /** Writes into `out` the activities by start period, earliest first (forward list). */
  byStart(start: Int32Array, out: Int32Array): void {
    const { n, hasNegativeLag } = this.problem;
    const key = this.key;
    for (let j = 0; j < n; j++) key[j] = start[j]!;
    if (hasNegativeLag) this.raiseToPredecessors();
    this.sortAscending(out);
  }

  /** Writes into `out` the activities by finish period, latest first (backward list). */
  byFinishDescending(start: Int32Array, out: Int32Array): void {
    const { n, duration, hasNegativeLag } = this.problem;
    const key = this.key;
    for (let j = 0; j < n; j++) key[j] = start[j]! + duration[j]!;
    if (hasNegativeLag) this.raiseToPredecessors();
    this.sortAscending(out);
    out.reverse();
  }

  /** Makes keys monotone along links, so that sorting by key (ties by rank) respects every link. */
  private raiseToPredecessors(): void {
    const { n, topo, predStart, pred } = this.problem;
    const key = this.key;
    for (let i = 0; i < n; i++) {
      const j = topo[i]!;
      for (let e = predStart[j]!; e < predStart[j + 1]!; e++) {
        const p = key[pred[e]!]!;
        if (p > key[j]!) key[j] = p;
      }
    }
  }

  /** Stable by topological rank: activities visited in topological order, counted by key. */
  private sortAscending(out: Int32Array): void {
    const { n, topo, rank } = this.problem;
    const key = this.key;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      const v = key[j]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const span = hi - lo + 1;
    if (span > 8 * n + 1024) {
      // Rank < n, so key * n + rank orders by key then rank, exactly while it stays below 2^53.
      const keyed = this.keyed;
      for (let j = 0; j < n; j++) keyed[j] = (key[j]! - lo) * n + rank[j]!;
      keyed.sort();
      for (let i = 0; i < n; i++) out[i] = topo[keyed[i]! % n]!;
      return;
    }
    if (this.counts.length < span + 1) this.counts = new Int32Array(2 * span + 1);
    const counts = this.counts;
    counts.fill(0, 0, span + 1);
    for (let j = 0; j < n; j++) counts[key[j]! - lo + 1]!++;
    for (let v = 1; v <= span; v++) counts[v]! += counts[v - 1]!;
    for (let i = 0; i < n; i++) {
      const j = topo[i]!;
      out[counts[key[j]! - lo]!++] = j;
    }
  }
}
