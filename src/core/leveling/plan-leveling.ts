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

/** Population size for a budget: most of the budget goes to breeding (justified children), never fewer than 8 seeds. */
function populationFor(budget: number): number {
  return Math.max(8, Math.min(80, Math.floor(budget / 6)));
}

/**
 * Resource leveling of one plan (pure). The decoder (serial-decoder.ts) turns a task list into a
 * schedule; the RCPSP module's genetic algorithm searches lists over it within `budget` schedules:
 * the first individual is the priority rule's list, the rest of the population regret-biased
 * samples around the urgency (unleveled late start), then children by crossover and mutation.
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
  // The objective the search compares: the finish, then (within one minute) conflicts and delay.
  const tieScale = 0.5 / (m + 1);
  const consider = (r: DecodedSchedule, order: Int32Array) => {
    if (best === null || better(r, best)) {
      best = r;
      bestOrder = order.slice();
      bestIndex = generated;
    }
    generated++;
    options.onProgress?.(generated, options.budget);
  };
  const objective = (r: DecodedSchedule) =>
    r.finish + (r.conflicts.length + r.totalDelay / (r.totalDelay + 1e6)) * tieScale;
  /** Decodes a list (activity positions); `justify` adds a backward and a forward pass when the budget allows. */
  const run = (list: Int32Array, justify: boolean): number => {
    for (let k = 0; k < m; k++) taskList[k] = activities[list[k] as number] as number;
    let r = decoder.decode(taskList);
    // The search keeps the order actually placed (repaired for links and priority levels).
    let order = decoder.lastOrder;
    consider(r, order);
    if (justify && generated + 2 <= options.budget) {
      const first = order.slice();
      const backward = decoder.backwardOrder();
      generated++;
      options.onProgress?.(generated, options.budget);
      const again = decoder.decode(backward);
      consider(again, decoder.lastOrder);
      if (!better(r, again)) {
        r = again;
        order = decoder.lastOrder;
      } else order = first;
    }
    for (let k = 0; k < m; k++) list[k] = positionOf[order[k] as number] as number;
    return objective(r);
  };
  const listDecoder: ListDecoder = {
    decode: (list) => run(list, true),
    get schedulesUsed() {
      return generated;
    },
  };
  const seed = (out: Int32Array, _mirror: Int32Array, index: number): number => {
    // The rule's list is its ranks in order: the decoder's repair takes the first eligible task of
    // the list, which is the eligible one of the smallest rank (a list builder's scan per pick
    // cost tens of milliseconds at 5,000 tasks).
    if (index === 0) for (let k = 0; k < m; k++) out[rule[k] as number] = k;
    else sampler.sample(prng, out);
    return run(out, false);
  };
  if (m === 0) {
    run(new Int32Array(0), false);
  } else {
    populationSearch({
      graph,
      decoder: listDecoder,
      schedules: options.budget,
      prng,
      seed,
      populationSize: populationFor(options.budget),
      // The priority rule's schedule is always made: the first question comes after it.
      shouldStop: () => generated > 0 && (options.shouldStop?.() ?? false),
    });
  }
  const winner = best as unknown as DecodedSchedule;
  // Decode the winner again so the decoder's loads describe it (for the over-allocation list).
  if (generated > 1) decoder.decode(bestOrder);
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
