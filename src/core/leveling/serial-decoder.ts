import { MAX_PRIORITY, WORK_KINDS } from '../resources/model.js';
import { compileDayRules } from '../schedule/calendar-rules.js';
import type { Plan, TaskId } from '../schedule/model.js';
import { forwardTaskMsp, resumeOf } from '../schedule/msp-passes.js';
import {
  C_ALAP,
  C_FNLT,
  C_MFO,
  C_MSO,
  C_SNLT,
  F_FINISHED,
  F_MANUAL,
  F_STARTED,
  F2_DELAY,
  type TaskArrays,
} from '../schedule/network.js';
import { isActivity } from '../schedule/p6-common.js';
import { forwardTaskP6 } from '../schedule/p6-forward.js';
import { prepareP6State } from '../schedule/p6-schedule.js';
import { createPassState, type PassState } from '../schedule/pass-state.js';
import { type CompiledPlan, compilePlan, expandSummaries } from '../schedule/schedule.js';
import { delayedStart } from '../schedule/task-time.js';
import { WorkCalendar } from '../schedule/work-calendar.js';
import { repairedOrder } from './feasible-order.js';
import type {
  LevelingConflict,
  LevelingConflictReason,
  LevelingInput,
  LevelingOptions,
  Overallocation,
} from './model.js';
import { ResourceDays, workByDay } from './resource-days.js';

const DAY = 1440;
/** How far past its unleveled start a task is tried (calendar days) before it is reported as not fitting. */
const HORIZON_DAYS = 5 * 366;
/** Rounding slack when comparing minutes × fractional units against capacity. */
const EPS = 1e-6;

/** One generated schedule: the finish it reaches and the delays that give it. */
export interface DecodedSchedule {
  /** Latest early finish of the leaf tasks (minutes since the epoch). */
  readonly finish: number;
  /** Sum of the delays, working minutes (the tie-breaker: less moving is better). */
  readonly totalDelay: number;
  /** Leveling delay per task index (0 for summaries and unmoved tasks). */
  readonly delays: Int32Array;
  readonly conflicts: readonly LevelingConflict[];
}

/**
 * The order → schedule function ("decoder") of the leveler: a serial schedule-generation scheme in
 * calendar time. Tasks are taken in list order (a list that puts a task before one of its
 * predecessors is repaired: the first task of the list whose predecessors are placed goes next);
 * each gets the engine's own early start from its placed predecessors and constraints, then the
 * smallest leveling delay, tried working day by working day, at which every resource it uses has
 * room every day. Any search over lists (random sampling here, a genetic algorithm later) can
 * drive it.
 */
export class PlanDecoder {
  readonly compiled: CompiledPlan;
  readonly plan: Plan;
  /** Leaf tasks (P6 activities) in the engine's topological order. */
  readonly activities: Int32Array;
  private readonly s: PassState;
  private readonly p6: boolean;
  private readonly days: ResourceDays;
  /** Per task (CSR): resource index and units of each assignment to a work resource of the pool. */
  private readonly asgStart: Int32Array;
  private readonly asgResource: Int32Array;
  private readonly asgUnits: Float64Array;
  /** 1 where leveling may delay the task (see isMovable, movableByState). */
  readonly movable: Uint8Array;
  private readonly fixedDelay: Int32Array;
  private readonly lateFinishLimit: Float64Array;
  private readonly dayBuf: number[] = [];
  private readonly minuteBuf: number[] = [];

  constructor(
    readonly input: LevelingInput,
    readonly options: LevelingOptions,
  ) {
    const { plan, unleveled } = input;
    this.p6 = plan.options.flavour === 'p6';
    // Movable tasks start from no delay (MS Project clears leveling first); fixed ones keep theirs.
    const movable = plan.tasks.map((task, i) => this.isMovable(i, task.priority));
    this.plan = {
      ...plan,
      tasks: plan.tasks.map((task, i) => (movable[i] ? { ...task, levelingDelayMinutes: 0 } : task)),
    };
    this.compiled = compilePlan(this.plan);
    expandSummaries(this.compiled);
    const t = this.compiled.tasks;
    this.s = createPassState(t, this.compiled.links, this.compiled.order, plan.options.projectStart);
    if (this.p6) prepareP6State(this.s, plan.options);
    else this.s.statusDate = plan.options.statusDate ?? Number.NaN;
    this.activities = this.p6 ? this.compiled.order.filter((i) => isActivity(this.s, i)) : this.compiled.order;

    const n = t.count;
    this.movable = new Uint8Array(n);
    this.fixedDelay = new Int32Array(n);
    this.lateFinishLimit = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    for (let i = 0; i < n; i++) {
      this.fixedDelay[i] = Math.round(plan.tasks[i]?.levelingDelayMinutes ?? 0);
      this.movable[i] = movable[i] && this.movableByState(t, i) ? 1 : 0;
      if (options.withinSlack) this.lateFinishLimit[i] = unleveled.lateFinish[i] as number;
    }

    const work = input.resources.filter((r) => WORK_KINDS.includes(r.kind));
    const resourceIndex = new Map(work.map((r, k) => [r.id, k]));
    const byTask: { r: number; units: number }[][] = Array.from({ length: n }, () => []);
    for (const a of input.assignments) {
      const i = t.indexOf.get(a.taskId);
      const r = resourceIndex.get(a.resourceId);
      if (i < 0 || r === undefined || !(a.units > 0)) continue;
      byTask[i]?.push({ r, units: a.units });
    }
    this.asgStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.asgStart[i + 1] = (this.asgStart[i] as number) + (byTask[i]?.length ?? 0);
    const flat = byTask.flat();
    this.asgResource = Int32Array.from(flat, (x) => x.r);
    this.asgUnits = Float64Array.from(flat, (x) => x.units);

    let first = Math.min(plan.options.projectStart, plan.options.statusDate ?? Number.POSITIVE_INFINITY);
    for (let k = 0; k < this.activities.length; k++) {
      const es = unleveled.earlyStart[this.activities[k] as number] as number;
      if (es < first) first = es;
    }
    const calendars = work.map((r) => new WorkCalendar(compileDayRules(r.calendar)));
    this.days = new ResourceDays(work, calendars, input.background, Math.floor(first / DAY) - 1);
  }

  /** Whether the options let task i move at all (priority, date range); its state is checked once compiled. */
  private isMovable(i: number, priority: number | undefined): boolean {
    if ((priority ?? 500) >= MAX_PRIORITY) return false;
    const es = this.input.unleveled.earlyStart[i] as number;
    const { from, to } = this.options;
    if (from !== null && from !== undefined && !(es >= from)) return false;
    if (to !== null && to !== undefined && !(es <= to)) return false;
    return true;
  }

  /** Finished, manual, ALAP and hard or "no later than" constrained tasks stay; started ones only split. */
  private movableByState(t: TaskArrays, i: number): boolean {
    const f = t.flags[i] as number;
    if (f & (F_FINISHED | F_MANUAL)) return false;
    if (f & F_STARTED && !this.options.split) return false;
    const c = t.cType[i] as number;
    return c !== C_ALAP && c !== C_MSO && c !== C_MFO && c !== C_SNLT && c !== C_FNLT && t.c2Type[i] === 0;
  }

  private setDelay(i: number, minutes: number): void {
    const t = this.compiled.tasks;
    if (t.levelingDelay.length === 0) {
      if (minutes === 0) return;
      t.levelingDelay = new Int32Array(t.count);
    }
    t.levelingDelay[i] = minutes;
    t.flags2[i] = minutes > 0 ? (t.flags2[i] as number) | F2_DELAY : (t.flags2[i] as number) & ~F2_DELAY;
  }

  private forward(i: number): void {
    if (this.p6) forwardTaskP6(this.s, i);
    else forwardTaskMsp(this.s, i);
  }

  /** Where the work that still needs resources starts (NaN when there is none left). */
  private workStart(i: number): number {
    const t = this.compiled.tasks;
    const f = t.flags[i] as number;
    if (f & F_FINISHED) return Number.NaN;
    if ((f & F_STARTED) === 0 || this.p6) return this.s.es[i] as number;
    if ((t.flags2[i] as number) & F2_DELAY) return delayedStart(t, i, resumeOf(this.s, i));
    const cal = t.calendars[t.durCal[i] as number] as WorkCalendar;
    return cal.addWorking(t.actualStart[i] as number, (t.duration[i] as number) - (t.remaining[i] as number));
  }

  /** The remaining work of task i, day by day on its calendar; returns the day count (into the buffers). */
  private demand(i: number): number {
    const t = this.compiled.tasks;
    const from = this.workStart(i);
    if (Number.isNaN(from)) return 0;
    const cal = t.calendars[t.cal[i] as number] as WorkCalendar;
    return workByDay(cal, from, this.s.ef[i] as number, this.dayBuf, this.minuteBuf);
  }

  /** The last day of the last check that over-allocated a resource (where the next try may start after). */
  private lastConflictDay = 0;

  /** Resources task i over-allocates where it is now (empty when it fits). */
  private overloaded(i: number, days: number): number[] {
    const out: number[] = [];
    this.lastConflictDay = Number.NEGATIVE_INFINITY;
    const end = this.asgStart[i + 1] as number;
    for (let a = this.asgStart[i] as number; a < end; a++) {
      const r = this.asgResource[a] as number;
      const units = this.asgUnits[a] as number;
      for (let k = 0; k < days; k++) {
        const day = this.dayBuf[k] as number;
        const need = units * (this.minuteBuf[k] as number);
        if (this.days.loadOn(r, day) + need > this.days.capacity(r, day) + EPS) {
          out.push(r);
          if (day > this.lastConflictDay) this.lastConflictDay = day;
          break;
        }
      }
    }
    return out;
  }

  private commit(i: number, days: number): void {
    const end = this.asgStart[i + 1] as number;
    for (let a = this.asgStart[i] as number; a < end; a++) {
      const r = this.asgResource[a] as number;
      const units = this.asgUnits[a] as number;
      for (let k = 0; k < days; k++) this.days.add(r, this.dayBuf[k] as number, units * (this.minuteBuf[k] as number));
    }
  }

  /** Places task i: no delay if it fits, else the first working day that fits (or a conflict). */
  private place(i: number, delays: Int32Array, conflicts: LevelingConflict[]): void {
    const t = this.compiled.tasks;
    const hasWork = (this.asgStart[i + 1] as number) > (this.asgStart[i] as number);
    const movable = this.movable[i] === 1 && hasWork;
    this.setDelay(i, movable ? 0 : (this.fixedDelay[i] as number));
    this.forward(i);
    if (!hasWork) {
      this.finishPlacement(i, delays, 0);
      return;
    }
    let days = this.demand(i);
    let over = this.overloaded(i, days);
    if (over.length === 0) {
      this.finishPlacement(i, delays, days);
      return;
    }
    if (!movable) {
      this.conflict(i, 'fixed', over, delays, days, conflicts);
      return;
    }
    const cal = t.calendars[t.cal[i] as number] as WorkCalendar;
    const started = ((t.flags[i] as number) & F_STARTED) !== 0;
    // The delay counts from where the (remaining) work starts without one.
    const base = started && !this.p6 ? resumeOf(this.s, i) : (this.s.es[i] as number);
    const limit = this.lateFinishLimit[i] as number;
    const firstDay = Math.floor(this.workStart(i) / DAY);
    // Any start that still covers the day a resource was full on fails again there (the task's
    // demand on a day only grows as it moves later, up to a whole day): try the day after it.
    for (
      let day = Math.max(this.lastConflictDay, firstDay) + 1;
      day <= firstDay + HORIZON_DAYS;
      day = Math.max(this.lastConflictDay, day) + 1
    ) {
      const candidate = cal.nextWorkStart(Math.max(day * DAY, base));
      this.setDelay(i, Math.max(0, cal.workBetween(base, candidate)));
      this.forward(i);
      if ((this.s.ef[i] as number) > limit) {
        over = this.revert(i);
        this.conflict(i, 'beyond_slack', over, delays, this.demand(i), conflicts);
        return;
      }
      days = this.demand(i);
      if (this.overloaded(i, days).length === 0) {
        this.finishPlacement(i, delays, days);
        return;
      }
    }
    over = this.revert(i);
    this.conflict(i, 'no_fit', over, delays, this.demand(i), conflicts);
    return;
  }

  private revert(i: number): number[] {
    this.setDelay(i, 0);
    this.forward(i);
    return this.overloaded(i, this.demand(i));
  }

  private finishPlacement(i: number, delays: Int32Array, days: number): void {
    const t = this.compiled.tasks;
    delays[i] = (t.flags2[i] as number) & F2_DELAY ? (t.levelingDelay[i] as number) : 0;
    this.commit(i, days);
  }

  private conflict(
    i: number,
    reason: LevelingConflictReason,
    over: readonly number[],
    delays: Int32Array,
    days: number,
    conflicts: LevelingConflict[],
  ): void {
    const work = this.input.resources.filter((r) => WORK_KINDS.includes(r.kind));
    conflicts.push({
      taskId: this.compiled.tasks.ids[i] as TaskId,
      reason,
      resourceIds: over.map((r) => work[r]?.id as string),
    });
    this.finishPlacement(i, delays, days);
  }

  /** Generates the schedule of a task list (indices of plan.tasks; see the class comment). */
  decode(list: ArrayLike<number>): DecodedSchedule {
    this.days.reset();
    this.s.es.fill(Number.NaN);
    this.s.ef.fill(Number.NaN);
    const delays = new Int32Array(this.compiled.tasks.count);
    const conflicts: LevelingConflict[] = [];
    let finish = Number.NEGATIVE_INFINITY;
    let totalDelay = 0;
    for (const i of repairedOrder(this.compiled, this.activities, list)) {
      this.place(i, delays, conflicts);
      finish = Math.max(finish, this.s.ef[i] as number);
      totalDelay += delays[i] as number;
    }
    if (finish === Number.NEGATIVE_INFINITY) finish = this.s.projectStart;
    return { finish, totalDelay, delays, conflicts };
  }

  /** Early start and finish of task i in the last decoded schedule. */
  datesOf(i: number): readonly [number, number] {
    return [this.s.es[i] as number, this.s.ef[i] as number];
  }

  /** Resource-days over capacity in the last decoded schedule, earliest first (at most `max`). */
  overallocations(max = 1000): Overallocation[] {
    const work = this.input.resources.filter((r) => WORK_KINDS.includes(r.kind));
    const out: Overallocation[] = [];
    for (let k = 0; k < this.days.days && out.length < max; k++) {
      const day = this.days.firstDay + k;
      for (let r = 0; r < work.length && out.length < max; r++) {
        const load = this.days.loadOn(r, day);
        if (load <= 0) continue;
        const capacity = this.days.capacity(r, day);
        if (load > capacity + EPS) {
          out.push({ resourceId: work[r]?.id as string, day, loadMinutes: load, capacityMinutes: capacity });
        }
      }
    }
    return out;
  }
}
