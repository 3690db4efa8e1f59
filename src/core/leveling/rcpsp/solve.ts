import { Decomposition } from './decomposition.js';
import { JustifiedDecoder } from './justification.js';
import { ParallelSgs } from './parallel-sgs.js';
import { PeakCrossover } from './peak-crossover.js';
import { GeneticSearch } from './population-search.js';
import { ListBuilder, priorityValues } from './priority-rules.js';
import { Prng } from './prng.js';
import type { RcpspProblem } from './problem.js';
import { makespanLowerBound, timeWindows } from './time-windows.js';

/** Options of `solveRcpsp`: the budget in generated schedules (every SGS pass counts) and the seed. */
export interface SolveRcpspOptions {
  readonly schedules?: number;
  readonly seed?: number;
  readonly populationSize?: number;
  /** Called when the best makespan improves (periods), with the schedules used so far. */
  readonly onProgress?: (schedulesUsed: number, makespan: number) => void;
  /**
   * Alternate Debels & Vanhoucke decomposition steps with the genetic search in the second half of
   * the budget (off by default: it did not improve PSPLIB figures).
   */
  readonly decomposition?: boolean;
  /** Polled between individuals: true ends the search with the best schedule so far. */
  readonly shouldStop?: () => boolean;
}

/** A solution: makespan and start of each activity (periods), and what it cost. */
export interface RcpspSolution {
  readonly makespan: number;
  readonly starts: Int32Array;
  readonly schedulesUsed: number;
  /** The lower bound the search stopped at when reached (critical path or resource work, periods). */
  readonly lowerBound: number;
}

/**
 * Population size by project size, tuned on PSPLIB at 5,000 schedules: small projects gain from a
 * wide population (j30: 0.12 % above the optimum at 80, 0.07 % at 150), 120 jobs from more
 * generations (j120 sample: 30.7 % at 80, 31.3 % at 150).
 */
function defaultPopulation(n: number): number {
  if (n < 50) return 150;
  if (n < 100) return 120;
  return 80;
}

/** The default budget: the figure the literature reports at (Kolisch & Hartmann's protocol). */
export const DEFAULT_SCHEDULES = 5_000;

/**
 * Solves an RCPSP within a budget of generated schedules, deterministically for a seed: an initial
 * population by regret-based biased sampling on latest finish and latest start times, half of it
 * decoded by the parallel scheme (non-delay schedules, often better starts on large tight projects)
 * and half by the serial one, every individual justified (forward-backward improvement), then the
 * genetic search on justified lists: Valls et al.'s peak crossover on the father's left schedule
 * for children of left lists, and on his right schedule for half the children of right lists (block
 * crossover for the other half); a child equal to an individual is not decoded. Stops early when
 * the makespan reaches the lower bound.
 */
export function solveRcpsp(problem: RcpspProblem, options: SolveRcpspOptions = {}): RcpspSolution {
  const budget = Math.max(1, Math.floor(options.schedules ?? DEFAULT_SCHEDULES));
  const windows = timeWindows(problem);
  const lowerBound = makespanLowerBound(problem, windows);
  const decoder = new JustifiedDecoder(problem, budget);
  const prng = new Prng(options.seed ?? 1);
  const builder = new ListBuilder(problem);
  const rules = [priorityValues(problem, windows, 'lft'), priorityValues(problem, windows, 'lst')];
  const parallel = new ParallelSgs(problem);
  const position = new Float64Array(problem.n);
  const parallelStart = new Int32Array(problem.n);
  const peak = new PeakCrossover(problem);
  const search = new GeneticSearch({
    graph: problem,
    decoder,
    schedules: budget,
    prng,
    seed: (out, mirror, index) => {
      builder.sample(rules[index % rules.length]!, prng, out);
      // Individuals 0, 1 of every 4 (one LFT, one LST sample) by the parallel scheme; its pass is charged.
      if (index % 4 < 2 && !decoder.exhausted) {
        for (let i = 0; i < problem.n; i++) position[out[i]!] = i;
        const makespan = parallel.schedule(position, parallelStart);
        return decoder.adopt(parallelStart, makespan, out, mirror);
      }
      return decoder.decodeForward(out, mirror);
    },
    populationSize: options.populationSize ?? defaultPopulation(problem.n),
    target: lowerBound,
    mutationRate: 0.05,
    crossover: 'block',
    // Children of left lists by the peak crossover (j120 sample: 33.07 -> 32.82 %).
    scheduleCrossover: (father, schedule, mother, child) => peak.cross(father, schedule, mother, child, prng),
    scheduleCrossoverShare: 1,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
  });
  if (options.decomposition === true && problem.n >= 8) {
    // Debels & Vanhoucke: after half the budget, decomposition steps on the best schedule
    // alternate with the full-problem search (opt-in: it did not pay on PSPLIB, see ARCHITECTURE).
    search.run(Math.floor(budget / 2));
    const decomposition = new Decomposition(problem, decoder, prng, {
      size: Math.max(4, Math.round(problem.n / 4)),
      passes: 100,
      populationSize: 16,
    });
    while (!search.done()) {
      decomposition.step(decoder.bestStart, budget, search);
      if (search.done()) break;
      search.run(Math.min(budget, decoder.schedulesUsed + 100));
    }
  } else search.run(budget);
  return {
    makespan: decoder.bestMakespan,
    starts: decoder.bestStart.slice(),
    schedulesUsed: decoder.schedulesUsed,
    lowerBound,
  };
}
