import type { ScheduleResult } from '../schedule/model.js';
import type { CompiledPlan } from '../schedule/schedule.js';
import type { LevelingInput } from './model.js';

/**
 * The order tasks are offered resources in (MS Project's "Priority, Standard"): task priority
 * (higher first), then project priority (higher first), then the unleveled late start and total
 * float (the most urgent first), then the id, so the rule is deterministic. Tasks leveling may not
 * move (progress, priority 1000, out of range) come before all of them. Random passes keep the
 * first two (a higher priority always goes first) and sample the rest.
 */
export interface TaskKeys {
  /** Task priority × 10 + project priority: larger goes first, never overridden by sampling. */
  readonly level: Float64Array;
  /** Late start (minutes), the urgency the sampling is biased by: smaller goes first. */
  readonly lateStart: Float64Array;
  readonly totalFloat: Float64Array;
  readonly ids: readonly string[];
}

/** The ordering keys of every task (urgency from the plan's unleveled schedule). */
export function taskKeys(
  input: LevelingInput,
  unleveled: ScheduleResult,
  c: CompiledPlan,
  movable: Uint8Array,
): TaskKeys {
  const n = c.tasks.count;
  const level = new Float64Array(n);
  input.plan.tasks.forEach((task, i) => {
    // Tasks that cannot move take their resources first: the others work around them.
    level[i] = movable[i] ? (task.priority ?? 500) * 10 + (input.projectPriority?.get(task.id) ?? 3) : 1e9;
  });
  const lateStart = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ls = unleveled.lateStart[i] as number;
    lateStart[i] = Number.isNaN(ls) ? Number.POSITIVE_INFINITY : ls;
  }
  return { level, lateStart, totalFloat: Float64Array.from(unleveled.totalFloatMinutes), ids: c.tasks.ids };
}

function before(k: TaskKeys, a: number, b: number): boolean {
  if (k.level[a] !== k.level[b]) return (k.level[a] as number) > (k.level[b] as number);
  if (k.lateStart[a] !== k.lateStart[b]) return (k.lateStart[a] as number) < (k.lateStart[b] as number);
  if (k.totalFloat[a] !== k.totalFloat[b]) return (k.totalFloat[a] as number) < (k.totalFloat[b] as number);
  return (k.ids[a] as string) < (k.ids[b] as string);
}

/**
 * The priority rule as one number per activity (position k of `activities`): its rank when all
 * are sorted by the rule (0 = first). A list builder that always takes the eligible activity of
 * the smallest rank builds the rule's list.
 */
export function ruleRanks(k: TaskKeys, activities: Int32Array): Float64Array {
  const positions = Array.from(activities.keys());
  positions.sort((a, b) => {
    const x = activities[a] as number;
    const y = activities[b] as number;
    return before(k, x, y) ? -1 : before(k, y, x) ? 1 : 0;
  });
  const rank = new Float64Array(activities.length);
  positions.forEach((p, r) => {
    rank[p] = r;
  });
  return rank;
}

/**
 * What regret-based biased sampling draws by: the unleveled late start in days (smaller is more
 * urgent), per activity position. With exponent 2 a task's chance grows as (regret + 1 day)^2.
 */
export function urgencyDays(k: TaskKeys, activities: Int32Array): Float64Array {
  return Float64Array.from(activities, (i) => Math.min(k.lateStart[i] as number, 1e15) / 1440);
}
