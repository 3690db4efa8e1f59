import type { WorkCalendar } from '../schedule/work-calendar.js';
import { BackwardPass } from './backward-pass.js';
import { conflictOf, DayByDay, HORIZON_DAYS } from './day-by-day.js';
import { FeasibleOrder } from './feasible-order.js';
import { LevelingNetwork } from './leveling-network.js';
import type {
  LevelingConflict,
  LevelingConflictReason,
  LevelingInput,
  LevelingOptions,
  Overallocation,
} from './model.js';
import { type TaskKeys, taskKeys } from './priority-order.js';
import { ResourceDays } from './resource-days.js';
import { EPS, SpanFit } from './span-fit.js';
import { TaskResources } from './task-resources.js';

const DAY = 1440;

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
 * day after it. The chosen day becomes a delay in working minutes on the task's calendar, with
 * the dates the engine gives it (so the engine's schedule of the plan with the delays is the
 * decoded one). Tasks whose work is not a plain span on their own calendar (in-progress, elapsed,
 * resource-driven) take the general path: the engine's forward step per candidate day. Any search
 * over lists (sampling, the genetic algorithm) can drive it; `backwardOrder` right-justifies the
 * last schedule for a justification.
 */
export class PlanDecoder {
  private readonly net: LevelingNetwork;
  private readonly resources: TaskResources;
  private readonly days: ResourceDays;
  private readonly span: SpanFit;
  private readonly backward: BackwardPass;
  private readonly order: FeasibleOrder;
  private readonly general: DayByDay;
  /** The priority rule's keys; a list never overrides their priority level. */
  readonly keys: TaskKeys;

  constructor(input: LevelingInput, options: LevelingOptions) {
    const net = new LevelingNetwork(input, options);
    this.net = net;
    const t = net.compiled.tasks;
    this.resources = new TaskResources(input, input.plan, t);
    const { plan } = input;
    const unleveled = net.unleveled;
    let first = Math.min(plan.options.projectStart, plan.options.statusDate ?? Number.POSITIVE_INFINITY);
    let last = first;
    for (let k = 0; k < net.activities.length; k++) {
      const a = net.activities[k] as number;
      const es = unleveled.earlyStart[a] as number;
      if (es < first) first = es;
      const ef = unleveled.earlyFinish[a] as number;
      if (ef > last) last = ef;
    }
    const work = this.resources.work;
    this.days = new ResourceDays(
      work,
      this.resources.calendars,
      t.calendars,
      input.background,
      Math.floor(first / DAY) - 1,
    );
    // Most leveled plans end within a few months of the unleveled finish: size the tables once.
    if (Number.isFinite(last)) this.days.ensure(Math.floor(last / DAY) + 92);
    this.span = new SpanFit(this.days, this.resources);
    this.general = new DayByDay(net, this.resources, this.days);
    // Tasks the backward pass does not move keep their load where the forward pass put them.
    this.backward = new BackwardPass(net, this.days, this.resources, this.span, (i) => this.general.keep(i));
    this.keys = taskKeys(input, unleveled, net.compiled, net.movable);
    this.order = new FeasibleOrder(net.compiled, net.activities, this.keys.level);
  }

  /** The compiled plan (its task arrays carry the delays of the last decoded schedule). */
  get compiled() {
    return this.net.compiled;
  }

  /** Leaf tasks (P6 activities) in the engine's topological order. */
  get activities(): Int32Array {
    return this.net.activities;
  }

  /** The plan scheduled without leveling delays. */
  get unleveled() {
    return this.net.unleveled;
  }

  // ---- The fast path: a plain task's work is [p, p + dur) in work positions of its calendar. ----

  /**
   * Places a plain task (see `plain`); false when the engine's dates for the chosen delay are not
   * the span the tables assumed (then the general path places it instead).
   */
  private placePlain(i: number, delays: Int32Array, conflicts: LevelingConflict[]): boolean {
    const t = this.net.compiled.tasks;
    const s = this.net.s;
    const movable = this.net.movable[i] === 1;
    this.net.setDelay(i, movable ? 0 : (this.net.fixedDelay[i] as number));
    this.net.forward(i);
    const c = t.cal[i] as number;
    const cal = t.calendars[c] as WorkCalendar;
    const es = s.es[i] as number;
    const ws = cal.workAt(es);
    const dur = cal.workAt(s.ef[i] as number) - ws;
    const d0 = Math.floor(es / DAY);
    if (!(dur > 0)) {
      this.general.finish(i, delays, 0);
      return true;
    }
    if (d0 < this.days.firstDay) return false;
    let last = this.span.lastDayOf(c, d0, ws, dur);
    let clash = this.span.lastClashDay(
      this.resources.start[i] as number,
      this.resources.start[i + 1] as number,
      c,
      ws,
      dur,
      d0,
      last,
    );
    if (clash === Number.NEGATIVE_INFINITY) {
      this.span.commit(i, c, ws, dur, d0, last);
      delays[i] = movable ? 0 : (this.net.fixedDelay[i] as number);
      return true;
    }
    const fail = (reason: LevelingConflictReason) => {
      if (movable) {
        this.net.setDelay(i, 0);
        this.net.forward(i);
      }
      const end = this.span.lastDayOf(c, d0, ws, dur);
      const over = this.span.clashingResources(i, c, ws, dur, d0, end);
      conflicts.push(conflictOf(this.net, this.resources, i, reason, over));
      this.span.commit(i, c, ws, dur, d0, end);
      delays[i] = movable ? 0 : (this.net.fixedDelay[i] as number);
      return true;
    };
    if (!movable) return fail('fixed');
    const limit = this.net.lateFinishLimit[i] as number;
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
      last = this.span.lastDayOf(c, Math.max(d, last), p, dur);
      clash = this.span.lastClashDay(
        this.resources.start[i] as number,
        this.resources.start[i + 1] as number,
        c,
        p,
        dur,
        d,
        last,
      );
      if (clash !== Number.NEGATIVE_INFINITY) continue;
      const delay = p - ws;
      this.net.setDelay(i, delay);
      if (!this.net.p6 && dur === t.duration[i]) {
        // MS Project's forward step with a delay is exactly this: the start of work at position p
        // and the whole duration after it (msp-passes.ts, delayedStart); only a finish a
        // constraint set (dur ≠ duration) or P6's rules need the engine to confirm the span.
        s.es[i] = cal.timeAtWorkStart(p);
        s.ef[i] = cal.timeAtWorkFinish(p + dur);
      } else {
        this.net.forward(i);
        if (s.es[i] !== cal.timeAtWorkStart(p) || cal.workAt(s.ef[i] as number) - p !== dur) return false;
      }
      this.span.commit(i, c, p, dur, d, last);
      delays[i] = delay;
      return true;
    }
  }

  /** The task order of the last decoded schedule (task indices; valid until the next decode). */
  get lastOrder(): Int32Array {
    return this.order.result;
  }

  /** Places task i: a plain span on the day tables when it can, else day by day. */
  private place(i: number, delays: Int32Array, conflicts: LevelingConflict[]): void {
    if (this.net.plain[i] === 1 && this.resources.hasWork(i) && this.placePlain(i, delays, conflicts)) return;
    this.general.place(i, delays, conflicts);
  }

  /** Generates the schedule of a task list (indices of plan.tasks; see the class comment). */
  decode(list: ArrayLike<number>): DecodedSchedule {
    this.days.reset();
    this.net.s.es.fill(Number.NaN);
    this.net.s.ef.fill(Number.NaN);
    const delays = new Int32Array(this.net.compiled.tasks.count);
    const conflicts: LevelingConflict[] = [];
    let finish = Number.NEGATIVE_INFINITY;
    let totalDelay = 0;
    const order = this.order.repair(list);
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      this.place(i, delays, conflicts);
      const ef = this.net.s.ef[i] as number;
      if (ef > finish) finish = ef;
      totalDelay += delays[i] as number;
    }
    if (finish === Number.NEGATIVE_INFINITY) finish = this.net.s.projectStart;
    return { finish, totalDelay, delays, conflicts };
  }

  /** The right half of a justification (backward-pass.ts): the order of the last schedule right-justified. */
  backwardOrder(): Int32Array {
    return this.backward.order();
  }

  /** Makes the unleveled schedule the last decoded one, so that `backwardOrder` right-justifies it. */
  assumeUnleveled(): void {
    this.net.assumeUnleveled();
  }

  /** The engine's full schedule (late dates, floats, roll-ups) of the plan with these delays (per task index). */
  scheduleWith(delays: ArrayLike<number>) {
    return this.net.scheduleWith(delays);
  }

  /** Resource-days over capacity in the last decoded schedule, earliest first (at most `max`). */
  overallocations(max = 1000): Overallocation[] {
    const work = this.resources.work;
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
