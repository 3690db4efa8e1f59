import type { PrecedenceGraph } from './precedence-graph.js';
import type { Prng } from './prng.js';
import type { RcpspProblem } from './problem.js';
import type { TimeWindows } from './time-windows.js';

/*
 * Priority rules: one value per activity, LOWER FIRST (rules where more is better are negated).
 * The classic single-pass rules (Kolisch 1996): latest finish (LFT), latest start (LST), most
 * total successors (MTS), greatest rank positional weight (GRPW).
 */

/** The names of the priority rules. */
export type PriorityRule = 'lft' | 'lst' | 'mts' | 'grpw';

/** Priority values for a rule (lower first), from the resource-free time windows. */
export function priorityValues(problem: RcpspProblem, windows: TimeWindows, rule: PriorityRule): Float64Array {
  const { n, duration, succStart, succ } = problem;
  const v = new Float64Array(n);
  switch (rule) {
    case 'lft':
      for (let j = 0; j < n; j++) v[j] = windows.latestStart[j]! + duration[j]!;
      break;
    case 'lst':
      for (let j = 0; j < n; j++) v[j] = windows.latestStart[j]!;
      break;
    case 'grpw':
      for (let j = 0; j < n; j++) {
        let w = duration[j]!;
        for (let e = succStart[j]!; e < succStart[j + 1]!; e++) w += duration[succ[e]!]!;
        v[j] = -w;
      }
      break;
    case 'mts': {
      const total = totalSuccessors(problem);
      for (let j = 0; j < n; j++) v[j] = -total[j]!;
      break;
    }
  }
  return v;
}

/**
 * The number of activities after each activity (all successors, transitively). Exact with bit
 * sets up to 8,192 activities; beyond that (memory grows with n²) the sum over direct successors,
 * which counts shared descendants more than once but ranks much the same.
 */
function totalSuccessors(problem: RcpspProblem): Int32Array {
  const { n, topo, succStart, succ } = problem;
  const count = new Int32Array(n);
  if (n > 8192) {
    for (let i = n - 1; i >= 0; i--) {
      const j = topo[i]!;
      let c = 0;
      for (let e = succStart[j]!; e < succStart[j + 1]!; e++) c = Math.min(c + 1 + count[succ[e]!]!, 1 << 30);
      count[j] = c;
    }
    return count;
  }
  const words = (n + 31) >>> 5;
  const bits = new Uint32Array(n * words);
  for (let i = n - 1; i >= 0; i--) {
    const j = topo[i]!;
    const row = j * words;
    for (let e = succStart[j]!; e < succStart[j + 1]!; e++) {
      const s = succ[e]!;
      bits[row + (s >>> 5)]! |= 1 << (s & 31);
      const other = s * words;
      for (let w = 0; w < words; w++) bits[row + w]! |= bits[other + w]!;
    }
    let c = 0;
    for (let w = 0; w < words; w++) {
      let x = bits[row + w]!;
      while (x !== 0) {
        x &= x - 1;
        c++;
      }
    }
    count[j] = c;
  }
  return count;
}

/** Scratch for building lists without allocating: reuse one per search. */
export class ListBuilder {
  private readonly remaining: Int32Array;
  private readonly eligible: Int32Array;
  private readonly weight: Float64Array;

  constructor(private readonly graph: PrecedenceGraph) {
    this.remaining = new Int32Array(graph.n);
    this.eligible = new Int32Array(graph.n);
    this.weight = new Float64Array(graph.n);
  }

  /**
   * Regret-based biased random sampling (Drexl 1991; Kolisch 1996): among the activities whose
   * predecessors are all listed, pick j with probability proportional to (regret_j + 1)^alpha,
   * regret_j = the worst priority among them minus j's. alpha = Infinity picks the best (ties by
   * index): the deterministic rule. Writes a precedence-feasible list into `out`.
   */
  sample(priority: Float64Array, prng: Prng | undefined, out: Int32Array, alpha = 1): void {
    const { n, succStart, succ, predStart } = this.graph;
    const { remaining, eligible, weight } = this;
    let count = 0;
    for (let j = 0; j < n; j++) {
      remaining[j] = predStart[j + 1]! - predStart[j]!;
      if (remaining[j] === 0) eligible[count++] = j;
    }
    const greedy = prng === undefined || alpha === Number.POSITIVE_INFINITY;
    for (let pos = 0; pos < n; pos++) {
      let pick = 0;
      if (greedy) {
        for (let i = 1; i < count; i++) {
          const a = eligible[i]!;
          const b = eligible[pick]!;
          if (priority[a]! < priority[b]! || (priority[a] === priority[b] && a < b)) pick = i;
        }
      } else if (count > 1) {
        let worst = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < count; i++) worst = Math.max(worst, priority[eligible[i]!]!);
        let total = 0;
        for (let i = 0; i < count; i++) {
          const w = (worst - priority[eligible[i]!]! + 1) ** alpha;
          weight[i] = w;
          total += w;
        }
        let x = prng.next() * total;
        pick = count - 1;
        for (let i = 0; i < count; i++) {
          x -= weight[i]!;
          if (x < 0) {
            pick = i;
            break;
          }
        }
      }
      const j = eligible[pick]!;
      out[pos] = j;
      eligible[pick] = eligible[--count]!;
      for (let e = succStart[j]!; e < succStart[j + 1]!; e++) {
        const s = succ[e]!;
        if (--remaining[s]! === 0) eligible[count++] = s;
      }
    }
  }
}
