import { DomainError } from '../errors.js';
import { scheduleWarnings } from './critical-path.js';
import { computeFloats } from './floats.js';
import type { Plan, ScheduleResult, TaskId } from './model.js';
import { F_FINISHED, F_SUMMARY, F2_DELAY, MAX_DURATION_MINUTES } from './network.js';
import { rollupCritical, rollupDates } from './rollup.js';
import { compilePlan, expandSummaries, type RunDetail, runScheduleDetailed } from './schedule.js';
import { backwardNode, findProjectFinish, forwardNode, simpleFloats, writeTimes } from './simple-passes.js';

/** A change to one task: its new duration, and optionally its leveling delay (working minutes). */
export interface TaskChange {
  readonly id: TaskId;
  readonly durationMinutes: number;
  readonly levelingDelayMinutes?: number;
}

/** A plan compiled once, rescheduled after changes without recompiling. */
export interface Scheduler {
  /** Current results. The typed arrays are updated in place by `update`: copy them to keep a snapshot. */
  readonly result: ScheduleResult;
  /** Applies duration (and leveling delay) changes in working minutes and reschedules; returns the new result. */
  update(changes: readonly TaskChange[]): ScheduleResult;
}

/**
 * Compiles a plan and schedules it, keeping the compiled network so that a change reschedules
 * only its cone: successors forward, predecessors backward, and every task again only when the
 * project finish moves. Networks that do not take the integer path are rerun in full on the
 * compiled arrays (no recompile).
 */
export function createScheduler(original: Plan): Scheduler {
  let plan = original;
  let c = compilePlan(plan);
  expandSummaries(c);
  let detail: RunDetail = runScheduleDetailed(c);
  const t = () => c.tasks;
  const n = plan.tasks.length;
  let position = positions(c.order, n);
  const dirty = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const floatSet = new Int32Array(n);
  const percentLagPredecessors = new Set(
    plan.links.filter((k) => k.lag?.kind === 'percent').map((k) => k.predecessorId as string),
  );

  /** Percentage lags are resolved from predecessor durations at compile time: recompile. */
  const rebuild = (): ScheduleResult => {
    const delays = c.tasks.levelingDelay;
    plan = {
      ...plan,
      tasks: plan.tasks.map((task, i) => ({
        ...task,
        durationMinutes: c.tasks.duration[i] as number,
        levelingDelayMinutes: delays.length > 0 ? (delays[i] as number) : task.levelingDelayMinutes,
      })),
    };
    c = compilePlan(plan);
    expandSummaries(c);
    position = positions(c.order, n);
    detail = runScheduleDetailed(c);
    return detail.result;
  };

  const update = (changes: readonly TaskChange[]): ScheduleResult => {
    const incremental = detail.simple !== null;
    let recompile = false;
    const changed: number[] = [];
    const tasks = t();
    for (const change of changes) {
      const i = tasks.indexOf.get(change.id);
      if (i < 0) throw new DomainError('validation_failed', `task ${change.id}: unknown task`, { taskId: change.id });
      const d = change.durationMinutes;
      if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
        throw new DomainError('validation_failed', `task ${change.id} durationMinutes: must be a non-negative number`, {
          taskId: change.id,
          field: 'durationMinutes',
        });
      }
      if ((tasks.flags[i] as number) & F_SUMMARY) {
        throw new DomainError('validation_failed', `task ${change.id} durationMinutes: a summary's duration rolls up`, {
          taskId: change.id,
          field: 'durationMinutes',
        });
      }
      const delay = change.levelingDelayMinutes;
      if (delay !== undefined) {
        if (typeof delay !== 'number' || !Number.isFinite(delay) || delay < 0 || delay > MAX_DURATION_MINUTES) {
          throw new DomainError(
            'validation_failed',
            `task ${change.id} levelingDelayMinutes: must be a non-negative number`,
            {
              taskId: change.id,
              field: 'levelingDelayMinutes',
            },
          );
        }
        if (tasks.levelingDelay.length === 0) tasks.levelingDelay = new Int32Array(n);
        tasks.levelingDelay[i] = Math.round(delay);
        tasks.flags2[i] = delay > 0 ? (tasks.flags2[i] as number) | F2_DELAY : (tasks.flags2[i] as number) & ~F2_DELAY;
      }
      const old = tasks.duration[i] as number;
      const rounded = Math.round(d);
      const remaining = tasks.remaining[i] as number;
      tasks.duration[i] = rounded;
      tasks.remaining[i] =
        (tasks.flags[i] as number) & F_FINISHED ? 0 : old > 0 ? Math.round((rounded * remaining) / old) : rounded;
      if (percentLagPredecessors.has(change.id)) recompile = true;
      changed.push(i);
    }
    if (recompile) return rebuild();
    if (!incremental || changed.length === 0) {
      detail = runScheduleDetailed(c);
      return detail.result;
    }
    return updateSimple(changed);
  };

  const updateSimple = (changed: readonly number[]): ScheduleResult => {
    const st = detail.simple as NonNullable<RunDetail['simple']>;
    const s = detail.state;
    const tasks = c.tasks;
    const l = c.links;
    let count = 0;
    const touch = (i: number) => {
      if (seen[i] === 0) {
        seen[i] = 1;
        touched[count++] = i;
      }
    };
    const changedSet = new Set(changed);
    let from = n;
    let to = -1;
    for (const i of changed) {
      dirty[i] = 1;
      from = Math.min(from, position[i] as number);
      to = Math.max(to, position[i] as number);
    }
    for (let k = from; k < c.order.length; k++) {
      const i = c.order[k] as number;
      if (dirty[i] === 0) continue;
      dirty[i] = 0;
      // A changed duration moves the finish even when the start stays.
      if (!forwardNode(st, tasks, l, i) && !changedSet.has(i)) continue;
      touch(i);
      const last = l.outStart[i + 1] as number;
      for (let e = l.outStart[i] as number; e < last; e++) dirty[l.edgeTo[l.outEdges[e] as number] as number] = 1;
    }
    const pfW = st.pfW;
    const pfT = st.pfT;
    findProjectFinish(st, tasks, c.order);
    if (st.pfW !== pfW || st.pfT !== pfT) {
      // Every open end's late finish is the project finish: redo the whole backward pass.
      for (let k = c.order.length - 1; k >= 0; k--) {
        const i = c.order[k] as number;
        if (backwardNode(st, tasks, l, i)) touch(i);
      }
    } else {
      for (const i of changed) dirty[i] = 1;
      for (let k = to; k >= 0; k--) {
        const i = c.order[k] as number;
        if (dirty[i] === 0) continue;
        dirty[i] = 0;
        if (!backwardNode(st, tasks, l, i) && !changedSet.has(i)) continue;
        touch(i);
        const last = l.inStart[i + 1] as number;
        for (let e = l.inStart[i] as number; e < last; e++) dirty[l.edgeFrom[l.inEdges[e] as number] as number] = 1;
      }
    }
    for (const i of changed) touch(i);
    const list = touched.subarray(0, count);
    writeTimes(st, tasks, s, list);
    // Free float depends on successors' early dates: recompute predecessors of what moved too.
    let floats = 0;
    for (let k = 0; k < count; k++) {
      const i = list[k] as number;
      floatSet[floats++] = i;
      const last = l.inStart[i + 1] as number;
      for (let e = l.inStart[i] as number; e < last; e++) {
        const p = l.edgeFrom[l.inEdges[e] as number] as number;
        if (seen[p] === 0) {
          seen[p] = 1;
          floatSet[floats++] = p;
        }
      }
    }
    const floatList = floatSet.subarray(0, floats);
    const mode = c.options.totalFloat ?? 'smallest';
    simpleFloats(st, tasks, l, floatList, mode, detail.floats.total, detail.floats.free);
    rollupDates(s, c.postOrder);
    computeFloats(s, mode, c.postOrder, detail.floats);
    const threshold = c.options.criticalFloatMinutes ?? 0;
    for (let k = 0; k < floats; k++) {
      const i = floatList[k] as number;
      seen[i] = 0;
      detail.critical[i] = (detail.floats.total[i] as number) <= threshold ? 1 : 0;
    }
    if (c.options.critical === 'longestPath') {
      // The longest path can move anywhere: recompute it with a full run.
      detail = runScheduleDetailed(c);
      return detail.result;
    }
    rollupCritical(tasks, c.postOrder, detail.critical);
    const result: ScheduleResult = {
      ...detail.result,
      projectFinish: s.projectFinish,
      warnings: scheduleWarnings(s, detail.floats),
    };
    detail = { ...detail, result };
    return result;
  };

  return {
    get result() {
      return detail.result;
    },
    update,
  };
}

/** Position of each task in the topological order (-1 for summaries). */
function positions(order: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  for (let k = 0; k < order.length; k++) out[order[k] as number] = k;
  return out;
}
