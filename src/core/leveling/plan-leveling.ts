import { DomainError } from '../errors.js';
import type { Plan } from '../schedule/model.js';
import { schedulePlan } from '../schedule/schedule.js';
import type { LevelingInput, LevelingOptions, LevelingResult } from './model.js';
import { priorityList, taskKeys } from './priority-order.js';
import { seededRandom } from './prng.js';
import { type DecodedSchedule, PlanDecoder } from './serial-decoder.js';

/** Most schedules one leveling run may generate (a bound on hostile budgets, not a tuning knob). */
export const MAX_LEVELING_BUDGET = 100_000;

function better(a: DecodedSchedule, b: DecodedSchedule): boolean {
  if (a.finish !== b.finish) return a.finish < b.finish;
  if (a.conflicts.length !== b.conflicts.length) return a.conflicts.length < b.conflicts.length;
  return a.totalDelay < b.totalDelay;
}

/** The plan with leveling delays (working minutes, index-aligned with its tasks). */
export function planWithDelays(plan: Plan, delays: ArrayLike<number>): Plan {
  return {
    ...plan,
    tasks: plan.tasks.map((task, i) => {
      const d = delays[i] ?? 0;
      return (task.levelingDelayMinutes ?? 0) === d ? task : { ...task, levelingDelayMinutes: d };
    }),
  };
}

/**
 * Resource leveling of one plan (pure). The first schedule takes tasks by the priority rule; the
 * rest of the budget samples orders around it, biased towards urgent tasks; the best finish wins
 * (fewer conflicts, then less total delay break ties). The result holds the delays, the engine's
 * schedule of the plan with them, and what could not be resolved.
 */
export function levelPlan(input: LevelingInput, options: LevelingOptions): LevelingResult {
  if (!(Number.isInteger(options.budget) && options.budget >= 1 && options.budget <= MAX_LEVELING_BUDGET)) {
    throw new DomainError('validation_failed', `budget: must be a whole number from 1 to ${MAX_LEVELING_BUDGET}`, {
      field: 'budget',
    });
  }
  const decoder = new PlanDecoder(input, options);
  const keys = taskKeys(input, decoder.compiled, decoder.movable);
  const random = seededRandom(options.seed);
  let bestList = priorityList(decoder.compiled, decoder.activities, keys);
  let best = decoder.decode(bestList);
  let bestIndex = 0;
  let generated = 1;
  options.onProgress?.(generated, options.budget);
  while (generated < options.budget && !options.shouldStop?.()) {
    const list = priorityList(decoder.compiled, decoder.activities, keys, random);
    const candidate = decoder.decode(list);
    if (better(candidate, best)) {
      best = candidate;
      bestList = list;
      bestIndex = generated;
    }
    generated++;
    options.onProgress?.(generated, options.budget);
  }
  // Decode the winner again so the decoder's loads describe it (for the over-allocation list).
  if (generated > 1) decoder.decode(bestList);
  const taskDelays = Array.from(best.delays);
  const schedule = schedulePlan(planWithDelays(decoder.plan, taskDelays));
  return {
    taskDelays,
    assignmentDelays: new Map(input.assignments.map((a) => [a.id, 0])),
    schedule,
    conflicts: best.conflicts,
    overallocations: decoder.overallocations(),
    schedulesGenerated: generated,
    bestSchedule: bestIndex,
    finishBefore: input.unleveled.projectFinish,
    finishAfter: schedule.projectFinish,
  };
}
