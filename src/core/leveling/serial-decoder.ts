import { MAX_PRIORITY, WORK_KINDS } from '../resources/model.js';
import { compileDayRules } from '../schedule/calendar-rules.js';
import type { Calendar, ScheduleResult, TaskId } from '../schedule/model.js';
import { forwardTaskMsp, resumeOf } from '../schedule/msp-passes.js';
import {
  C_ALAP,
  C_FNLT,
  C_MFO,
  C_MSO,
  C_SNLT,
  F_DRIVERS,
  F_ELAPSED,
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
import { type CompiledPlan, compilePlan, expandSummaries, runSchedule } from '../schedule/schedule.js';
import { delayedStart } from '../schedule/task-time.js';
import { WorkCalendar } from '../schedule/work-calendar.js';
import { DateOrder } from './date-order.js';
import { FeasibleOrder } from './feasible-order.js';
import type {
  LevelingConflict,
  LevelingConflictReason,
  LevelingInput,
  LevelingOptions,
  Overallocation,
} from './model.js';
import { type TaskKeys, taskKeys } from './priority-order.js';
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
 * calendar time. Tasks are taken in list order (repaired so that predecessors come first and a
 * higher priority level always goes before a lower one); each gets the engine's own early start
 * from its placed predecessors and constraints ONCE, then the first working day on which every
 * resource it uses has room for its whole span, found on per-day tables (the task calendar's work
 * position at each day start, capacity and load per resource per day) with jump-ahead: a start
 * that still covers the last day a resource was full on fails there again, so the next try is the
 * day after it. The chosen day becomes a delay in working minutes on the task's calendar and the
 * engine's forward step runs once more with it (so the engine's schedule of the plan with the
 * delays is the decoded one). Tasks whose work is not a plain span on their own calendar
 * (in-progress, elapsed, resource-driven) take the general path: the engine's forward step per
 * candidate day. Any search over lists (sampling, the genetic algorithm) can drive it.
 */
export class PlanDecoder {
  readonly compiled: CompiledPlan;
  /** The plan scheduled without leveling delays (what leveling starts from; its late dates bound `withinSlack`). */
  readonly unleveled: ScheduleResult;
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
  /** 1 where the task's work is one span on its own calendar (the fast path applies). */
  private readonly plain: Uint8Array;
  private readonly fixedDelay: Int32Array;
  private readonly lateFinishLimit: Float64Array;
  private readonly dayBuf: number[] = [];
  private readonly minuteBuf: number[] = [];
  private readonly order: FeasibleOrder;
  private readonly workResources: readonly { readonly id: string }[];
  /** The priority rule's keys; a list never overrides their priority level. */
  readonly keys: TaskKeys;
  /** Generated schedules so far (every decode and backward pass). */
  schedules = 0;
  private readonly backStart: Float64Array;
  private readonly backFinish: Float64Array;
  private readonly sortBuf: Int32Array;
  private readonly dateOrder: DateOrder;

  constructor(
    readonly input: LevelingInput,
    readonly options: LevelingOptions,
  ) {
    const { plan } = input;
    this.p6 = plan.options.flavour === 'p6';
    // One compile serves the unleveled schedule, every decoded one and the final schedule: delays
    // live in the compiled task arrays (setDelay), as the incremental scheduler keeps them.
    this.compiled = compilePlan(plan);
    const t = this.compiled.tasks;
    for (let i = 0; i < t.count; i++) this.setDelay(i, 0);
    expandSummaries(this.compiled);
    this.unleveled = runSchedule(this.compiled);
    this.s = createPassState(t, this.compiled.links, this.compiled.order, plan.options.projectStart);
    if (this.p6) prepareP6State(this.s, plan.options);
    else this.s.statusDate = plan.options.statusDate ?? Number.NaN;
    this.activities = this.p6 ? this.compiled.order.filter((i) => isActivity(this.s, i)) : this.compiled.order;

    const n = t.count;
    this.movable = new Uint8Array(n);
    this.plain = new Uint8Array(n);
    this.fixedDelay = new Int32Array(n);
    this.lateFinishLimit = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const unplain = F_STARTED | F_FINISHED | F_MANUAL | F_DRIVERS | F_ELAPSED;
    const unleveled = this.unleveled;
    for (let i = 0; i < n; i++) {
      // Movable tasks start from no delay (MS Project clears leveling first); fixed ones keep theirs.
      this.movable[i] = this.isMovable(i, plan.tasks[i]?.priority) && this.movableByState(t, i) ? 1 : 0;
      if (this.movable[i] === 0) {
        this.fixedDelay[i] = Math.round(plan.tasks[i]?.levelingDelayMinutes ?? 0);
        this.setDelay(i, this.fixedDelay[i] as number);
      }
      this.plain[i] = ((t.flags[i] as number) & unplain) === 0 && t.durCal[i] === t.cal[i] ? 1 : 0;
      if (options.withinSlack) this.lateFinishLimit[i] = unleveled.lateFinish[i] as number;
    }

    const work = input.resources.filter((r) => WORK_KINDS.includes(r.kind));
    this.workResources = work;
    const resourceIndex = new Map(work.map((r, k) => [r.id, k]));
    // Assignments by task (CSR), in their input order: count, then fill.
    const asgs = input.assignments;
    const taskOf = new Int32Array(asgs.length).fill(-1);
    const resourceOf = new Int32Array(asgs.length);
    this.asgStart = new Int32Array(n + 1);
    for (let k = 0; k < asgs.length; k++) {
      const a = asgs[k] as (typeof asgs)[number];
      const i = t.indexOf.get(a.taskId);
      const r = resourceIndex.get(a.resourceId);
      if (i < 0 || r === undefined || !(a.units > 0)) continue;
      taskOf[k] = i;
      resourceOf[k] = r;
      this.asgStart[i + 1] = (this.asgStart[i + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) this.asgStart[i + 1] = (this.asgStart[i + 1] as number) + (this.asgStart[i] as number);
    this.asgResource = new Int32Array(this.asgStart[n] as number);
    this.asgUnits = new Float64Array(this.asgStart[n] as number);
    const next = this.asgStart.slice(0, n);
    for (let k = 0; k < asgs.length; k++) {
      const i = taskOf[k] as number;
      if (i < 0) continue;
      const at = next[i] as number;
      next[i] = at + 1;
      this.asgResource[at] = resourceOf[k] as number;
      this.asgUnits[at] = (asgs[k] as (typeof asgs)[number]).units;
    }

    let first = Math.min(plan.options.projectStart, plan.options.statusDate ?? Number.POSITIVE_INFINITY);
    let last = first;
    for (let k = 0; k < this.activities.length; k++) {
      const a = this.activities[k] as number;
      const es = unleveled.earlyStart[a] as number;
      if (es < first) first = es;
      const ef = unleveled.earlyFinish[a] as number;
      if (ef > last) last = ef;
    }
    // Resources mostly share a few calendars, often the plan's own: compile each one once.
    const compiledCalendars = new Map<Calendar, WorkCalendar>(plan.calendars.map((c, k) => [c, t.calendars[k]!]));
    const calendars = work.map((r) => {
      const known = compiledCalendars.get(r.calendar);
      if (known) return known;
      const cal = new WorkCalendar(compileDayRules(r.calendar));
      compiledCalendars.set(r.calendar, cal);
      return cal;
    });
    this.days = new ResourceDays(work, calendars, t.calendars, input.background, Math.floor(first / DAY) - 1);
    // Most leveled plans end within a few months of the unleveled finish: size the tables once.
    if (Number.isFinite(last)) this.days.ensure(Math.floor(last / DAY) + 92);
    this.keys = taskKeys(input, unleveled, this.compiled, this.movable);
    this.backStart = new Float64Array(n).fill(Number.NaN);
    this.backFinish = new Float64Array(n).fill(Number.NaN);
    this.sortBuf = new Int32Array(this.activities.length);
    this.dateOrder = new DateOrder(this.activities);
    this.order = new FeasibleOrder(this.compiled, this.activities, this.keys.level);
  }

  /** Whether the options let task i move at all (priority, date range); its state is checked once compiled. */
  private isMovable(i: number, priority: number | undefined): boolean {
    if ((priority ?? 500) >= MAX_PRIORITY) return false;
    const es = this.unleveled.earlyStart[i] as number;
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

  // ---- The fast path: a plain task's work is [p, p + dur) in work positions of its calendar. ----

  /**
   * The last day on which the resource of an assignment in [from, to) of task i has no room for
   * its work [p, p + dur) on calendar c (an epoch day), or -Infinity when all fit. Each resource's
   * days are read from the last one back, so the first full day met is the one to jump past.
   */
  private clashDay(from: number, to: number, c: number, p: number, dur: number, firstDay: number, lastDay: number) {
    const days = this.days;
    const pos = days.position[c] as Float64Array;
    const { load, capacity, span } = days;
    const f = days.firstDay;
    const end = p + dur;
    let clash = Number.NEGATIVE_INFINITY;
    for (let a = from; a < to; a++) {
      const units = this.asgUnits[a] as number;
      const row = (this.asgResource[a] as number) * span - f;
      for (let d = lastDay; d >= firstDay; d--) {
        const k = d - f;
        const lo = (pos[k] as number) > p ? (pos[k] as number) : p;
        const hi = (pos[k + 1] as number) < end ? (pos[k + 1] as number) : end;
        if (hi <= lo) continue;
        if ((load[row + d] as number) + units * (hi - lo) > (capacity[row + d] as number) + EPS) {
          if (d > clash) clash = d;
          break;
        }
      }
    }
    return clash;
  }

  /** The resources of task i without room for [p, p + dur) (for a conflict report). */
  private clashingResources(i: number, c: number, p: number, dur: number, firstDay: number, lastDay: number) {
    const out: number[] = [];
    for (let a = this.asgStart[i] as number; a < (this.asgStart[i + 1] as number); a++) {
      if (this.clashDay(a, a + 1, c, p, dur, firstDay, lastDay) > Number.NEGATIVE_INFINITY)
        out.push(this.asgResource[a] as number);
    }
    return out;
  }

  /** Books task i's work [p, p + dur) on calendar c on its resources. */
  private commitSpan(i: number, c: number, p: number, dur: number, firstDay: number, lastDay: number): void {
    const days = this.days;
    const pos = days.position[c] as Float64Array;
    const f = days.firstDay;
    const stop = this.asgStart[i + 1] as number;
    for (let a = this.asgStart[i] as number; a < stop; a++) {
      const r = this.asgResource[a] as number;
      const units = this.asgUnits[a] as number;
      for (let d = firstDay; d <= lastDay; d++) {
        const k = d - f;
        const m = Math.min(pos[k + 1] as number, p + dur) - Math.max(pos[k] as number, p);
        if (m > 0) days.add(r, d, units * m);
      }
    }
  }

  /** The day holding the last working minute of [p, p + dur) on calendar c (dur > 0), from its first day on. */
  private lastDayOf(c: number, firstDay: number, p: number, dur: number): number {
    const days = this.days;
    const end = p + dur;
    let d = firstDay;
    for (;;) {
      days.ensure(d + 1);
      if (((days.position[c] as Float64Array)[d + 1 - days.firstDay] as number) >= end) return d;
      d++;
    }
  }

  /**
   * Places a plain task (see `plain`); false when the engine's dates for the chosen delay are not
   * the span the tables assumed (then the general path places it instead).
   */
  private placePlain(i: number, delays: Int32Array, conflicts: LevelingConflict[]): boolean {
    const t = this.compiled.tasks;
    const s = this.s;
    const movable = this.movable[i] === 1;
    this.setDelay(i, movable ? 0 : (this.fixedDelay[i] as number));
    this.forward(i);
    const c = t.cal[i] as number;
    const cal = t.calendars[c] as WorkCalendar;
    const es = s.es[i] as number;
    const ws = cal.workAt(es);
    const dur = cal.workAt(s.ef[i] as number) - ws;
    const d0 = Math.floor(es / DAY);
    if (!(dur > 0)) {
      this.finishPlacement(i, delays, 0);
      return true;
    }
    if (d0 < this.days.firstDay) return false;
    let last = this.lastDayOf(c, d0, ws, dur);
    let clash = this.clashDay(this.asgStart[i] as number, this.asgStart[i + 1] as number, c, ws, dur, d0, last);
    if (clash === Number.NEGATIVE_INFINITY) {
      this.commitSpan(i, c, ws, dur, d0, last);
      delays[i] = movable ? 0 : (this.fixedDelay[i] as number);
      return true;
    }
    const fail = (reason: LevelingConflictReason) => {
      if (movable) {
        this.setDelay(i, 0);
        this.forward(i);
      }
      const end = this.lastDayOf(c, d0, ws, dur);
      const over = this.clashingResources(i, c, ws, dur, d0, end);
      this.conflicts(i, reason, over, conflicts);
      this.commitSpan(i, c, ws, dur, d0, end);
      delays[i] = movable ? 0 : (this.fixedDelay[i] as number);
      return true;
    };
    if (!movable) return fail('fixed');
    const limit = this.lateFinishLimit[i] as number;
    const horizon = d0 + HORIZON_DAYS;
    for (;;) {
      // The next working day after the clash: the task starts there at the start of work.
      let d = clash + 1;
      this.days.ensure(d + 1);
      let pos = this.days.position[c] as Float64Array;
      const f = this.days.firstDay;
      while ((pos[d + 1 - f] as number) === (pos[d - f] as number) && d <= horizon) {
        d++;
        this.days.ensure(d + 1);
        pos = this.days.position[c] as Float64Array;
      }
      if (d > horizon) return fail('no_fit');
      const p = pos[d - f] as number;
      if (limit !== Number.POSITIVE_INFINITY && cal.timeAtWorkFinish(p + dur) > limit) return fail('beyond_slack');
      // The window only moves right: its last day is not before the last one's.
      last = this.lastDayOf(c, Math.max(d, last), p, dur);
      clash = this.clashDay(this.asgStart[i] as number, this.asgStart[i + 1] as number, c, p, dur, d, last);
      if (clash !== Number.NEGATIVE_INFINITY) continue;
      const delay = p - ws;
      this.setDelay(i, delay);
      if (!this.p6 && dur === t.duration[i]) {
        // MS Project's forward step with a delay is exactly this: the start of work at position p
        // and the whole duration after it (msp-passes.ts, delayedStart); only a finish a
        // constraint set (dur ≠ duration) or P6's rules need the engine to confirm the span.
        s.es[i] = cal.timeAtWorkStart(p);
        s.ef[i] = cal.timeAtWorkFinish(p + dur);
      } else {
        this.forward(i);
        if (s.es[i] !== cal.timeAtWorkStart(p) || cal.workAt(s.ef[i] as number) - p !== dur) return false;
      }
      this.commitSpan(i, c, p, dur, d, last);
      delays[i] = delay;
      return true;
    }
  }

  // ---- The general path: the engine's forward step per candidate day, work read day by day. ----

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
      for (let k = days - 1; k >= 0; k--) {
        const day = this.dayBuf[k] as number;
        const need = units * (this.minuteBuf[k] as number);
        if (this.days.loadOn(r, day) + need > this.days.capacityOn(r, day) + EPS) {
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
    const hasWork = (this.asgStart[i + 1] as number) > (this.asgStart[i] as number);
    if (hasWork && this.plain[i] === 1 && this.placePlain(i, delays, conflicts)) return;
    const t = this.compiled.tasks;
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

  private conflicts(i: number, reason: LevelingConflictReason, over: readonly number[], out: LevelingConflict[]) {
    out.push({
      taskId: this.compiled.tasks.ids[i] as TaskId,
      reason,
      resourceIds: over.map((r) => this.workResources[r]?.id as string),
    });
  }

  private conflict(
    i: number,
    reason: LevelingConflictReason,
    over: readonly number[],
    delays: Int32Array,
    days: number,
    conflicts: LevelingConflict[],
  ): void {
    this.conflicts(i, reason, over, conflicts);
    this.finishPlacement(i, delays, days);
  }

  /** The task order of the last decoded schedule (task indices; valid until the next decode). */
  get lastOrder(): Int32Array {
    return this.order.result;
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
    const order = this.order.repair(list);
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      this.place(i, delays, conflicts);
      const ef = this.s.ef[i] as number;
      if (ef > finish) finish = ef;
      totalDelay += delays[i] as number;
    }
    if (finish === Number.NEGATIVE_INFINITY) finish = this.s.projectStart;
    this.schedules++;
    return { finish, totalDelay, delays, conflicts };
  }

  /**
   * The right half of a justification: from the last decoded schedule, every movable plain task is
   * moved as late as its successors (as placed here) and the schedule's finish allow, last
   * finishing first, on the same day tables (a task that does not fit ends at the end of the
   * working day before the first day that is full). Tasks that cannot move, or whose work is not a
   * plain span, keep their dates and load. The dates are approximate where link lags use another
   * calendar: only the order they give matters, because the forward decoder places it again.
   * Returns the task order by these late starts (earliest first), the next list to decode.
   */
  backwardOrder(): Int32Array {
    const t = this.compiled.tasks;
    const s = this.s;
    const l = this.compiled.links;
    const acts = this.activities;
    const m = acts.length;
    const days = this.days;
    const bs = this.backStart;
    const bf = this.backFinish;
    let finish = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < m; k++) {
      const i = acts[k] as number;
      bs[i] = s.es[i] as number;
      bf[i] = s.ef[i] as number;
      if ((s.ef[i] as number) > finish) finish = s.ef[i] as number;
    }
    // Fixed and non-plain tasks keep their load where the forward pass put them.
    days.reset();
    for (let k = 0; k < m; k++) {
      const i = acts[k] as number;
      if (this.movable[i] === 1 && this.plain[i] === 1) continue;
      this.commit(i, this.demand(i));
    }
    const byFinish = this.dateOrder.sort(s.ef, s.es, -1, this.sortBuf);
    for (let k = 0; k < m; k++) {
      const i = byFinish[k] as number;
      if (this.movable[i] !== 1 || this.plain[i] !== 1) continue;
      const c = t.cal[i] as number;
      const cal = t.calendars[c] as WorkCalendar;
      const dur = cal.workAt(s.ef[i] as number) - cal.workAt(s.es[i] as number);
      let latest = finish;
      for (let e = l.outStart[i] as number; e < (l.outStart[i + 1] as number); e++) {
        const edge = l.outEdges[e] as number;
        const j = l.edgeTo[edge] as number;
        const type = l.type[edge] as number;
        const anchor = type === 0 || type === 1 ? (bs[j] as number) : (bf[j] as number);
        if (Number.isNaN(anchor)) continue;
        const lag = l.lag[edge] as number;
        const at =
          lag === 0 ? anchor : (t.calendars[l.lagCal[edge] as number] as WorkCalendar).addWorking(anchor, -lag);
        // FS and FF bound i's finish; SS and SF its start.
        const bound = type === 0 || type === 2 ? at : cal.addWorking(at, dur);
        if (bound < latest) latest = bound;
      }
      let end = cal.workAt(latest);
      const floor = days.position[c]?.[0] as number;
      if ((this.asgStart[i + 1] as number) > (this.asgStart[i] as number) && dur > 0) {
        let first = end - dur < floor ? 0 : Math.floor(cal.timeAtWorkStart(end - dur) / DAY);
        let last = end - dur < floor ? 0 : this.lastDayOf(c, first, end - dur, dur);
        const pos = days.position[c] as Float64Array;
        const f = days.firstDay;
        for (;;) {
          if (end - dur < floor) {
            end = cal.workAt(latest);
            first = Math.floor(cal.timeAtWorkStart(end - dur) / DAY);
            last = this.lastDayOf(c, first, end - dur, dur);
            break;
          }
          const clash = this.firstClashDay(i, c, end - dur, dur, first, last);
          if (clash === Number.POSITIVE_INFINITY) break;
          end = pos[clash - f] as number;
          // The window only moves left: its first day is the last one starting at or before its
          // start, its last day the last one starting before its end (no calendar lookups).
          while (first > f && (pos[first - f] as number) > end - dur) first--;
          while (last > f && (pos[last - f] as number) >= end) last--;
        }
        this.commitSpan(i, c, end - dur, dur, first, last);
      }
      bs[i] = dur > 0 ? cal.timeAtWorkStart(end - dur) : cal.timeAtWorkFinish(end);
      bf[i] = dur > 0 ? cal.timeAtWorkFinish(end) : (bs[i] as number);
    }
    this.schedules++;
    return this.dateOrder.sort(bs, bf, 1, this.sortBuf);
  }

  /** The first day a resource of task i has no room for [p, p + dur) on calendar c, or +Infinity. */
  private firstClashDay(i: number, c: number, p: number, dur: number, firstDay: number, lastDay: number): number {
    const days = this.days;
    const pos = days.position[c] as Float64Array;
    const { load, capacity, span } = days;
    const f = days.firstDay;
    const end = p + dur;
    let clash = Number.POSITIVE_INFINITY;
    for (let a = this.asgStart[i] as number; a < (this.asgStart[i + 1] as number); a++) {
      const units = this.asgUnits[a] as number;
      const row = (this.asgResource[a] as number) * span - f;
      for (let d = firstDay; d <= lastDay && d < clash; d++) {
        const k = d - f;
        const lo = (pos[k] as number) > p ? (pos[k] as number) : p;
        const hi = (pos[k + 1] as number) < end ? (pos[k + 1] as number) : end;
        if (hi <= lo) continue;
        if ((load[row + d] as number) + units * (hi - lo) > (capacity[row + d] as number) + EPS) {
          clash = d;
          break;
        }
      }
    }
    return clash;
  }

  /** The engine's full schedule (late dates, floats, roll-ups) of the plan with these delays (per task index). */
  scheduleWith(delays: ArrayLike<number>): ScheduleResult {
    for (let i = 0; i < this.compiled.tasks.count; i++) this.setDelay(i, delays[i] ?? 0);
    return runSchedule(this.compiled);
  }

  /**
   * Makes the unleveled schedule the last decoded one (movable tasks without delay), so that
   * `backwardOrder` right-justifies it: the first list of the search after the priority rule's.
   */
  assumeUnleveled(): void {
    this.s.es.set(this.unleveled.earlyStart);
    this.s.ef.set(this.unleveled.earlyFinish);
    for (let i = 0; i < this.compiled.tasks.count; i++) if (this.movable[i] === 1) this.setDelay(i, 0);
  }

  /** Early start and finish of task i in the last decoded schedule. */
  datesOf(i: number): readonly [number, number] {
    return [this.s.es[i] as number, this.s.ef[i] as number];
  }

  /** Resource-days over capacity in the last decoded schedule, earliest first (at most `max`). */
  overallocations(max = 1000): Overallocation[] {
    const work = this.workResources;
    const { load, capacity, span, firstDay } = this.days;
    const out: Overallocation[] = [];
    for (let k = 0; k < span && out.length < max; k++) {
      for (let r = 0; r < work.length && out.length < max; r++) {
        const minutes = load[r * span + k] as number;
        if (minutes > 0 && minutes > (capacity[r * span + k] as number) + EPS) {
          const day = firstDay + k;
          out.push({
            resourceId: work[r]?.id as string,
            day,
            loadMinutes: minutes,
            capacityMinutes: capacity[r * span + k] as number,
          });
        }
      }
    }
    return out;
  }
}
