import type { JustifiedDecoder } from './justification.js';
import { GeneticSearch, type ListDecoder } from './population-search.js';
import type { PrecedenceGraph } from './precedence-graph.js';
import type { Prng } from './prng.js';
import type { RcpspProblem } from './problem.js';
import { ResourceProfile } from './resource-profile.js';

/** How big a window is and how much one step may spend. */
export interface DecompositionOptions {
  /** Activities in the sub-project (about; ties at the window's edges join it). */
  readonly size: number;
  /** Passes one step may spend on its sub-project. */
  readonly passes: number;
  readonly populationSize: number;
}

/**
 * Debels & Vanhoucke's (2007) decomposition step: a time window [t1, t2) of the incumbent
 * schedule; the activities starting in it form a sub-project, every other activity stays where it
 * is and its units pre-fill the resource profile. A sub-activity is released by its fixed
 * predecessors and must finish before its fixed successors need it (a deadline), so any feasible
 * sub-schedule can be put back without moving the rest. The sub-project is searched by the same
 * genetic search (each pass charged to the main budget), minimising its own makespan; when that is
 * no worse than the incumbent's, the sub-schedule goes back in and the whole schedule is justified.
 */
export class Decomposition {
  private readonly fixed: ResourceProfile;
  private readonly sub: ResourceProfile;
  private readonly local: Int32Array;
  private readonly order: Int32Array;
  private readonly combined: Int32Array;
  private readonly list: Int32Array;
  private readonly mirror: Int32Array;

  constructor(
    private readonly problem: RcpspProblem,
    private readonly decoder: JustifiedDecoder,
    private readonly prng: Prng,
    private readonly options: DecompositionOptions,
  ) {
    const n = problem.n;
    this.fixed = new ResourceProfile(problem);
    this.sub = new ResourceProfile(problem);
    this.local = new Int32Array(n);
    this.order = new Int32Array(n);
    this.combined = new Int32Array(n);
    this.list = new Int32Array(n);
    this.mirror = new Int32Array(n);
  }

  /**
   * One step on `incumbent` (start periods): picks a window, searches it until `until` passes are
   * used (or the step's own share), and when the sub-project is re-inserted, justifies the whole
   * schedule and offers it to `search`. Returns the makespan of what was offered, or -1.
   */
  step(incumbent: Int32Array, until: number, search: GeneticSearch | null): number {
    const { problem, prng, options } = this;
    const { n, duration, release, predStart, pred, predLag, succStart, succ, succLag } = problem;
    if (n < 4 || problem.hasNegativeLag) return -1;
    // Activities by start; the window takes `size` consecutive ones from a random position.
    const order = this.order;
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => incumbent[a]! - incumbent[b]! || problem.rank[a]! - problem.rank[b]!);
    const size = Math.min(n, Math.max(2, options.size));
    const from = prng.int(n - size + 1);
    const t1 = incumbent[order[from]!]!;
    const t2 = incumbent[order[from + size - 1]!]! + 1;
    const local = this.local.fill(-1);
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = order[i]!;
      const s = incumbent[j]!;
      if (s >= t1 && s < t2) {
        local[j] = ids.length;
        ids.push(j);
      }
    }
    const m = ids.length;
    if (m < 2 || m >= n) return -1;
    // The fixed activities' units, the start state of every sub-schedule.
    const fixed = this.fixed;
    fixed.setBase(null);
    fixed.clear();
    for (let j = 0; j < n; j++) if (local[j] === -1) fixed.place(j, incumbent[j]!);
    const snap = fixed.snapshot();
    this.sub.setBase(snap.used, snap.periods);
    // Releases from fixed predecessors, deadlines (latest finishes) from fixed successors, links inside.
    const rel = new Int32Array(m);
    const deadline = new Int32Array(m).fill(2 ** 31 - 1);
    const subPred: number[] = [];
    const subPredLag: number[] = [];
    const subSuccLists: number[][] = Array.from({ length: m }, () => []);
    let incumbentSpan = 0;
    const predStartLocal = new Int32Array(m + 1);
    for (let l = 0; l < m; l++) {
      const j = ids[l]!;
      let r = release[j]!;
      for (let e = predStart[j]!; e < predStart[j + 1]!; e++) {
        const p = pred[e]!;
        if (local[p] === -1) {
          const t = incumbent[p]! + duration[p]! + predLag[e]!;
          if (t > r) r = t;
        } else {
          subPred.push(local[p]!);
          subPredLag.push(predLag[e]!);
          subSuccLists[local[p]!]!.push(l);
        }
      }
      predStartLocal[l + 1] = subPred.length;
      rel[l] = r;
      for (let e = succStart[j]!; e < succStart[j + 1]!; e++) {
        const s = succ[e]!;
        if (local[s] === -1) {
          const t = incumbent[s]! - succLag[e]!;
          if (t < deadline[l]!) deadline[l] = t;
        }
      }
      const f = incumbent[j]! + duration[j]!;
      if (f > incumbentSpan) incumbentSpan = f;
    }
    const succStartLocal = new Int32Array(m + 1);
    const subSucc: number[] = [];
    for (let l = 0; l < m; l++) {
      subSucc.push(...subSuccLists[l]!);
      succStartLocal[l + 1] = subSucc.length;
    }
    const graph: PrecedenceGraph = {
      n: m,
      predStart: predStartLocal,
      pred: Int32Array.from(subPred),
      succStart: succStartLocal,
      succ: Int32Array.from(subSucc),
    };
    const subPredLagArr = Int32Array.from(subPredLag);
    const decoder = this.decoder;
    const profile = this.sub;
    const subStart = new Int32Array(m);
    const bestSubStart = new Int32Array(m);
    let bestSpan = Number.MAX_SAFE_INTEGER;
    let bestValue = Number.POSITIVE_INFINITY;
    // Past every deadline by this much per period: a sub-schedule that cannot go back loses.
    const penalty = 1_000_000;
    const subDecoder: ListDecoder = {
      get schedulesUsed() {
        return decoder.schedulesUsed;
      },
      decode(list: Int32Array): number {
        if (decoder.exhausted) return Number.MAX_SAFE_INTEGER;
        decoder.charge(1);
        profile.clear();
        let span = 0;
        let late = 0;
        let sum = 0;
        for (let i = 0; i < m; i++) {
          const l = list[i]!;
          const j = ids[l]!;
          let es = rel[l]!;
          for (let e = predStartLocal[l]!; e < predStartLocal[l + 1]!; e++) {
            const p = graph.pred[e]!;
            const t = subStart[p]! + duration[ids[p]!]! + subPredLagArr[e]!;
            if (t > es) es = t;
          }
          const s = profile.earliestFit(j, es);
          profile.place(j, s);
          subStart[l] = s;
          const f = s + duration[j]!;
          if (f > span) span = f;
          sum += f;
          if (f > deadline[l]!) late += f - deadline[l]!;
        }
        // Ties on the sub-makespan go to the more compact sub-schedule (smaller sum of finishes):
        // room left early is what the whole schedule's justification can use.
        const value = span + sum / (m * (span + 1) + 1);
        if (late === 0 && value < bestValue) {
          bestValue = value;
          bestSpan = span;
          bestSubStart.set(subStart);
        }
        return value + late * penalty;
      },
    };
    // The incumbent's order first (it decodes no later than the incumbent), then noisy variants.
    const byStart = Int32Array.from({ length: m }, (_, l) => l);
    byStart.sort((a, b) => incumbent[ids[a]!]! - incumbent[ids[b]!]!);
    const key = new Float64Array(m);
    const spread = Math.max(1, t2 - t1);
    const stop = Math.min(until, decoder.schedulesUsed + options.passes);
    const sub = new GeneticSearch({
      graph,
      decoder: subDecoder,
      schedules: stop,
      prng,
      populationSize: Math.max(2, options.populationSize),
      crossover: 'two-point',
      mutationRate: 0.05,
      seed: (out, mirror, index) => {
        if (index === 0) out.set(byStart);
        else {
          for (let l = 0; l < m; l++) key[l] = incumbent[ids[l]!]! + prng.next() * spread * 0.5;
          topologicalByKey(graph, key, out);
        }
        mirror.set(out);
        return subDecoder.decode(out);
      },
    });
    sub.run(stop);
    if (bestSpan > incumbentSpan) return -1;
    // Re-insert and justify the whole schedule (2 passes), then offer it to the main search.
    const combined = this.combined;
    combined.set(incumbent);
    for (let l = 0; l < m; l++) combined[ids[l]!] = bestSubStart[l]!;
    let makespan = 0;
    for (let j = 0; j < n; j++) makespan = Math.max(makespan, combined[j]! + duration[j]!);
    if (decoder.exhausted) return -1;
    const value = decoder.justifyStarts(combined, makespan, this.list, this.mirror);
    search?.inject(this.list, this.mirror, value);
    return value;
  }
}

/** A precedence-feasible list: repeatedly the eligible activity of smallest key (quadratic; windows are small). */
function topologicalByKey(graph: PrecedenceGraph, key: Float64Array, out: Int32Array): void {
  const { n, predStart, pred } = graph;
  const done = new Uint8Array(n);
  for (let pos = 0; pos < n; pos++) {
    let pick = -1;
    for (let l = 0; l < n; l++) {
      if (done[l] === 1) continue;
      let ready = true;
      for (let e = predStart[l]!; e < predStart[l + 1]! && ready; e++) ready = done[pred[e]!] === 1;
      if (ready && (pick < 0 || key[l]! < key[pick]!)) pick = l;
    }
    done[pick] = 1;
    out[pos] = pick;
  }
}
