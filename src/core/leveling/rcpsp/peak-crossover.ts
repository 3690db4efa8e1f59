import type { Prng } from './prng.js';
import type { RcpspProblem } from './problem.js';

/**
 * Valls, Ballestín & Quintanilla's (2008) peak crossover: the father's schedule is read for its
 * interval of highest resource utilisation (a random length, the window of largest summed
 * utilisation), on the idea that activities packed densely together are a good building block. The
 * child keeps the activities starting in that peak together, in the father's order; the activities
 * starting before it come first and those after it last, both in the mother's order. Activities
 * starting before the peak are closed under predecessors, and the father's list is
 * precedence-feasible, so the child is too.
 */
export class PeakCrossover {
  private utilisation = new Float64Array(256);
  private readonly part: Uint8Array;
  private readonly weight: Float64Array;

  constructor(private readonly problem: RcpspProblem) {
    this.part = new Uint8Array(problem.n);
    const { n, k, useStart, useRes, useQty, capacity } = problem;
    // Each activity's share of all capacity per period it runs.
    this.weight = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      let w = 0;
      for (let a = useStart[j]!; a < useStart[j + 1]!; a++) w += useQty[a]! / capacity[useRes[a]!]!;
      this.weight[j] = k > 0 ? w / k : 0;
    }
  }

  /** Writes into `child` the peak child of `father` (with its schedule `fatherStart`) and `mother`. */
  cross(father: Int32Array, fatherStart: Int32Array, mother: Int32Array, child: Int32Array, prng: Prng): void {
    const { n, duration } = this.problem;
    let makespan = 0;
    for (let j = 0; j < n; j++) makespan = Math.max(makespan, fatherStart[j]! + duration[j]!);
    if (this.utilisation.length < makespan + 1) this.utilisation = new Float64Array(2 * makespan + 2);
    const u = this.utilisation;
    u.fill(0, 0, makespan + 1);
    for (let j = 0; j < n; j++) {
      const w = this.weight[j]!;
      if (w === 0) continue;
      for (let t = fatherStart[j]!, end = t + duration[j]!; t < end; t++) u[t]! += w;
    }
    // A peak of 10-40 % of the makespan (5-20 % and 20-60 % both did worse on a j120 sample).
    const length = Math.max(1, Math.round(makespan * (0.1 + 0.3 * prng.next())));
    let sum = 0;
    for (let t = 0; t < Math.min(length, makespan); t++) sum += u[t]!;
    let best = sum;
    let from = 0;
    for (let t = length; t < makespan; t++) {
      sum += u[t]! - u[t - length]!;
      if (sum > best) {
        best = sum;
        from = t - length + 1;
      }
    }
    const to = from + length;
    // part: 0 = starts before the peak, 1 = in it, 2 = after it.
    const part = this.part;
    for (let j = 0; j < n; j++) {
      const s = fatherStart[j]!;
      part[j] = s < from ? 0 : s < to ? 1 : 2;
    }
    let pos = 0;
    for (let i = 0; i < n; i++) if (part[mother[i]!] === 0) child[pos++] = mother[i]!;
    for (let i = 0; i < n; i++) if (part[father[i]!] === 1) child[pos++] = father[i]!;
    for (let i = 0; i < n; i++) if (part[mother[i]!] === 2) child[pos++] = mother[i]!;
  }
}
