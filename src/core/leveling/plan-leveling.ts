import { DomainError } from '../errors.js';
import { activityGraph } from './activity-graph.js';
import type { LevelingInput, LevelingOptions, LevelingResult } from './model.js';
import { ruleRanks, urgencyDays } from './priority-order.js';
import { type ListDecoder, Prng, populationSearch } from './rcpsp/index.js';
import { RegretSampler } from './regret-sampler.js';
import { type DecodedSchedule, PlanDecoder } from './serial-decoder.js';

/** Most schedules one leveling run may generate (a bound on hostile budgets, not a tuning knob). */
export const MAX_LEVELING_BUDGET = 100_000;

function better(a: DecodedSchedule, b: DecodedSchedule): boolean {
  if (a.finish !== b.finish) return a.finish < b.finish;
  if (a.conflicts.length !== b.conflicts.length) return a.conflicts.length < b.conflicts.length;
  return a.totalDelay < b.totalDelay;
}

/**
 * Rounds of forward-backward improvement without a better finish before the search moves on (on
 * the TaskJuggler comparison's plan the finish improves again after two).
 */
const FBI_PATIENCE = 3;

/** Population size for a budget: most of the budget goes to breeding (justified children), never fewer than 8 seeds. */
function populationFor(budget: number): number {
  return Math.max(8, Math.min(80, Math.floor(budget / 6)));
}

/**
 * Resource leveling of one plan (pure). The decoder (serial-decoder.ts) turns a task list into a
 * schedule; the search spends `budget` schedules (every forward and backward pass counted):
 * 1. the priority rule's list, placed forward;
 * 2. forward-backward improvement from the unleveled schedule: it is right-justified on the
 *    resources (each task as late as its successors and the unleveled finish allow, latest
 *    first), that order is placed forward, and each new schedule is right-justified and placed
 *    again until one comes back unchanged or FBI_PATIENCE rounds bring no better finish;
 * 3. the RCPSP module's genetic algorithm: the best list so far, the rule's list and
 *    regret-biased samples around the urgency (unleveled late start) as the population, each
 *    sample and child justified (a backward and a forward pass).
 * The best finish wins (fewer conflicts, then less total delay break ties). The result holds the
 * delays, the engine's schedule of the plan with them, and what could not be resolved.
 */
export function levelPlan(input: LevelingInput, options: LevelingOptions): LevelingResult {
  if (!(Number.isInteger(options.budget) && options.budget >= 1 && options.budget <= MAX_LEVELING_BUDGET)) {
    throw new DomainError('validation_failed', `budget: must be a whole number from 1 to ${MAX_LEVELING_BUDGET}`, {
      field: 'budget',
    });
  }
  const decoder = new PlanDecoder(input, options);
  const activities = decoder.activities;
  const m = activities.length;
  const graph = activityGraph(decoder.compiled, activities);
  const positionOf = new Int32Array(decoder.compiled.tasks.count).fill(-1);
  activities.forEach((i, k) => {
    positionOf[i] = k;
  });
  const rule = ruleRanks(decoder.keys, activities);
  const urgency = urgencyDays(decoder.keys, activities);
  const sampler = new RegretSampler(graph, urgency);
  const prng = new Prng(options.seed);
  const taskList = new Int32Array(m);

  let best: DecodedSchedule | null = null;
  let bestOrder = new Int32Array(0);
  let bestIndex = 0;
  let generated = 0;
  // Whether the decoder's loads are those of the best schedule (else it is placed once more at the end).
  let loadsOfBest = false;
  // The objective the search compares: the finish, then (within one minute) conflicts and delay.
  const tieScale = 0.5 / (m + 1);
  const objective = (r: DecodedSchedule) =>
    r.finish + (r.conflicts.length + r.totalDelay / (r.totalDelay + 1e6)) * tieScale;
  const counted = () => {
    generated++;
    options.onProgress?.(generated, options.budget);
  };
  const consider = (r: DecodedSchedule, order: Int32Array) => {
    loadsOfBest = best === null || better(r, best);
    if (loadsOfBest) {
      best = r;
      bestOrder = order.slice();
      bestIndex = generated;
    }
    counted();
  };
  /** The right half of a justification: the last schedule's order when right-justified (one pass). */
  const backward = (): Int32Array => {
    loadsOfBest = false;
    const order = decoder.backwardOrder();
    counted();
    return order;
  };
  const toPositions = (order: Int32Array, list: Int32Array) => {
    for (let k = 0; k < m; k++) list[k] = positionOf[order[k] as number] as number;
  };
  /** Decodes a list (activity positions); `justify` adds a backward and a forward pass when the budget allows. */
  const run = (list: Int32Array, justify: boolean): number => {
    for (let k = 0; k < m; k++) taskList[k] = activities[list[k] as number] as number;
    let r = decoder.decode(taskList);
    // The search keeps the order actually placed (repaired for links and priority levels).
    let order = decoder.lastOrder;
    consider(r, order);
    if (justify && generated + 2 <= options.budget) {
      const first = order.slice();
      const again = decoder.decode(backward());
      consider(again, decoder.lastOrder);
      if (!better(r, again)) {
        r = again;
        order = decoder.lastOrder;
      } else order = first;
    }
    toPositions(order, list);
    return objective(r);
  };
  const stopped = () => options.shouldStop?.() ?? false;

  // 1. The priority rule's list is its ranks in order: the decoder's repair takes the first
  // eligible task of the list, which is the eligible one of the smallest rank.
  const ruleList = new Int32Array(m);
  for (let k = 0; k < m; k++) ruleList[rule[k] as number] = k;
  const ruleValue = run(ruleList, false);

  // 2. Forward-backward improvement from the unleveled schedule, until a schedule comes back
  // unchanged or the finish has not improved for FBI_PATIENCE rounds (some plans settle into a
  // cycle of two schedules). On the TaskJuggler comparison's 5,000 tasks its first two passes
  // already beat 300 schedules of the genetic search from sampled lists.
  if (m > 0 && generated + 2 <= options.budget && !stopped()) {
    decoder.assumeUnleveled();
    let last: DecodedSchedule | null = null;
    let stalled = 0;
    while (generated + 2 <= options.budget) {
      const r = decoder.decode(backward());
      consider(r, decoder.lastOrder);
      if (last !== null && r.finish === last.finish && r.totalDelay === last.totalDelay) break;
      stalled = last === null || r.finish < last.finish ? 0 : stalled + 1;
      if (stalled === FBI_PATIENCE || stopped()) break;
      last = r;
    }
  }

  // 3. The genetic search with what is left.
  if (m > 0 && generated < options.budget && !stopped()) {
    const bestList = new Int32Array(m);
    toPositions(bestOrder, bestList);
    const bestValue = objective(best as unknown as DecodedSchedule);
    const listDecoder: ListDecoder = {
      decode: (list) => run(list, true),
      get schedulesUsed() {
        return generated;
      },
    };
    // The lists already decoded join the population without another pass.
    const seed = (out: Int32Array, _mirror: Int32Array, index: number): number => {
      if (index === 0) {
        out.set(bestList);
        return bestValue;
      }
      if (index === 1) {
        out.set(ruleList);
        return ruleValue;
      }
      sampler.sample(prng, out);
      return run(out, true);
    };
    populationSearch({
      graph,
      decoder: listDecoder,
      schedules: options.budget,
      prng,
      seed,
      populationSize: populationFor(options.budget),
      shouldStop: stopped,
    });
  }
  const winner = best as unknown as DecodedSchedule;
  // The over-allocation list reads the decoder's loads: they must be the winner's.
  if (!loadsOfBest) decoder.decode(bestOrder);
  const taskDelays = Array.from(winner.delays);
  const schedule = decoder.scheduleWith(taskDelays);
  return {
    taskDelays,
    assignmentDelays: new Map(input.assignments.map((a) => [a.id, 0])),
    schedule,
    conflicts: winner.conflicts,
    overallocations: decoder.overallocations(),
    schedulesGenerated: generated,
    bestSchedule: bestIndex,
    finishBefore: decoder.unleveled.projectFinish,
    finishAfter: schedule.projectFinish,
  };
}
