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

/** The ordering keys of every task. */
export function taskKeys(input: LevelingInput, c: CompiledPlan, movable: Uint8Array): TaskKeys {
  const n = c.tasks.count;
  const level = new Float64Array(n);
  input.plan.tasks.forEach((task, i) => {
    // Tasks that cannot move take their resources first: the others work around them.
    level[i] = movable[i] ? (task.priority ?? 500) * 10 + (input.projectPriority?.get(task.id) ?? 3) : 1e9;
  });
  return {
    level,
    lateStart: Float64Array.from(input.unleveled.lateStart, (x) => (Number.isNaN(x) ? Number.POSITIVE_INFINITY : x)),
    totalFloat: Float64Array.from(input.unleveled.totalFloatMinutes),
    ids: c.tasks.ids,
  };
}

function before(k: TaskKeys, a: number, b: number): boolean {
  if (k.level[a] !== k.level[b]) return (k.level[a] as number) > (k.level[b] as number);
  if (k.lateStart[a] !== k.lateStart[b]) return (k.lateStart[a] as number) < (k.lateStart[b] as number);
  if (k.totalFloat[a] !== k.totalFloat[b]) return (k.totalFloat[a] as number) < (k.totalFloat[b] as number);
  return (k.ids[a] as string) < (k.ids[b] as string);
}

/**
 * A precedence-feasible task list built step by step from the tasks whose predecessors are listed.
 * Without `random`: always the best by the priority rule. With it: regret-based biased random
 * sampling among the eligible tasks of the highest priority level: the chance of a task grows with
 * how much more urgent it is than the least urgent one, (regret + one day)^2.
 */
export function priorityList(c: CompiledPlan, activities: Int32Array, k: TaskKeys, random?: () => number): Int32Array {
  const n = c.tasks.count;
  const l = c.links;
  const inSet = new Uint8Array(n);
  for (const i of activities) inSet[i] = 1;
  const missing = new Int32Array(n);
  for (const i of activities) {
    for (let e = l.inStart[i] as number; e < (l.inStart[i + 1] as number); e++) {
      if (inSet[l.edgeFrom[l.inEdges[e] as number] as number]) missing[i] = (missing[i] as number) + 1;
    }
  }
  const eligible: number[] = [];
  for (const i of activities) if (missing[i] === 0) eligible.push(i);
  const out = new Int32Array(activities.length);
  const weights: number[] = [];
  for (let pos = 0; pos < out.length; pos++) {
    let best = 0;
    for (let j = 1; j < eligible.length; j++) if (before(k, eligible[j] as number, eligible[best] as number)) best = j;
    let pick = best;
    if (random && eligible.length > 1) {
      const top = k.level[eligible[best] as number] as number;
      let worst = Number.NEGATIVE_INFINITY;
      for (const i of eligible)
        if (k.level[i] === top) worst = Math.max(worst, Math.min(k.lateStart[i] as number, 1e15));
      let sum = 0;
      weights.length = 0;
      for (const i of eligible) {
        const w = k.level[i] === top ? (worst - Math.min(k.lateStart[i] as number, 1e15) + 1440) ** 2 : 0;
        weights.push(w);
        sum += w;
      }
      let x = random() * sum;
      for (let j = 0; j < eligible.length; j++) {
        x -= weights[j] as number;
        if (x < 0 && (weights[j] as number) > 0) {
          pick = j;
          break;
        }
      }
    }
    const i = eligible[pick] as number;
    eligible[pick] = eligible[eligible.length - 1] as number;
    eligible.pop();
    out[pos] = i;
    for (let e = l.outStart[i] as number; e < (l.outStart[i + 1] as number); e++) {
      const q = l.edgeTo[l.outEdges[e] as number] as number;
      if (!inSet[q]) continue;
      missing[q] = (missing[q] as number) - 1;
      if (missing[q] === 0) eligible.push(q);
    }
  }
  return out;
}
