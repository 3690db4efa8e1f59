import type { RcpspProblem } from './problem.js';

/**
 * Units in use per resource and period, for placing activities one after another: a time-indexed
 * Int32Array, period-major (`used[t * k + r]`) so that checking one period for all of an activity's
 * resources touches one cache line. It grows by doubling when a placement reaches past its end, and
 * `clear()` zeroes only the periods the last schedule touched, so a schedule costs what it uses.
 */
export class ResourceProfile {
  private used: Int32Array;
  private periods: number;
  /** Periods [0, touched) may hold non-zero usage. */
  private touched = 0;
  private readonly k: number;
  private readonly capacity: Int32Array;
  private readonly duration: Int32Array;
  private readonly useStart: Int32Array;
  private readonly useRes: Int32Array;
  private readonly useQty: Int32Array;

  constructor(problem: RcpspProblem) {
    this.k = problem.k;
    this.capacity = problem.capacity;
    this.duration = problem.duration;
    this.useStart = problem.useStart;
    this.useRes = problem.useRes;
    this.useQty = problem.useQty;
    this.periods = Math.max(64, Math.min(problem.horizonBound + 1, 1 << 16));
    this.used = new Int32Array(this.periods * Math.max(1, this.k));
  }

  /** Usage every schedule starts from (e.g. activities held fixed around a sub-problem), or none. */
  private base: Int32Array | null = null;
  private basePeriods = 0;

  /** Empties the profile for a new schedule: back to the base usage when one is set, else to zero. */
  clear(): void {
    this.used.fill(0, 0, this.touched * this.k);
    this.touched = 0;
    if (this.base !== null) {
      this.used.set(this.base);
      this.touched = this.basePeriods;
    }
  }

  /**
   * Sets the usage every later schedule starts from: periods [0, periods) of `used`, period-major as
   * `snapshot` returns it (null: start empty again). Takes effect at the next `clear()`.
   */
  setBase(used: Int32Array | null, periods = 0): void {
    this.clear();
    if (used === null) {
      this.base = null;
      this.basePeriods = 0;
    } else {
      if (periods > this.periods) this.grow(periods);
      this.base = used.slice(0, periods * this.k);
      this.basePeriods = periods;
    }
    this.clear();
  }

  /** A copy of the usage placed so far and the number of periods it spans (for `setBase`). */
  snapshot(): { used: Int32Array; periods: number } {
    return { used: this.used.slice(0, this.touched * this.k), periods: this.touched };
  }

  /** The earliest period >= `from` at which activity j fits for its whole duration (periods). */
  earliestFit(j: number, from: number): number {
    const us = this.useStart[j]!;
    const ue = this.useStart[j + 1]!;
    if (us === ue) return from;
    const d = this.duration[j]!;
    const { k, capacity, useRes, useQty } = this;
    const used = this.used;
    let t = from;
    // Periods [t, verified) are known to fit: after a clash at u the next try starts at u + 1 and
    // only the periods beyond the last window need checking (scanning each window from its end).
    let verified = t;
    for (;;) {
      const end = t + d;
      // Beyond `touched` nothing is used: no clash possible there.
      let u = Math.min(end, this.touched) - 1;
      const lo = Math.max(verified, t);
      let clash = -1;
      for (; u >= lo; u--) {
        const base = u * k;
        for (let a = us; a < ue; a++) {
          const r = useRes[a]!;
          if (used[base + r]! + useQty[a]! > capacity[r]!) {
            clash = u;
            break;
          }
        }
        if (clash >= 0) break;
      }
      if (clash < 0) return t;
      t = clash + 1;
      verified = end;
    }
  }

  /** Books activity j's units from period `start` for its duration. */
  place(j: number, start: number): void {
    const us = this.useStart[j]!;
    const ue = this.useStart[j + 1]!;
    if (us === ue) return;
    const end = start + this.duration[j]!;
    if (end > this.periods) this.grow(end);
    const { k, useRes, useQty } = this;
    const used = this.used;
    for (let u = start; u < end; u++) {
      const base = u * k;
      for (let a = us; a < ue; a++) used[base + useRes[a]!]! += useQty[a]!;
    }
    if (end > this.touched) this.touched = end;
  }

  private grow(end: number): void {
    let periods = this.periods;
    while (periods < end) periods *= 2;
    const used = new Int32Array(periods * Math.max(1, this.k));
    used.set(this.used.subarray(0, this.touched * this.k));
    this.used = used;
    this.periods = periods;
  }
}
