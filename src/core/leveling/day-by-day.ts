import type { TaskId } from '../schedule/model.js';
import { resumeOf } from '../schedule/msp-passes.js';
import { F_FINISHED, F_STARTED, F2_DELAY } from '../schedule/network.js';
import { delayedStart } from '../schedule/task-time.js';
import type { WorkCalendar } from '../schedule/work-calendar.js';
import type { LevelingNetwork } from './leveling-network.js';
import type { LevelingConflict, LevelingConflictReason } from './model.js';
import { type ResourceDays, workByDay } from './resource-days.js';
import { EPS } from './span-fit.js';
import type { TaskResources } from './task-resources.js';

const DAY = 1440;
/** How far past its unleveled start a task is tried (calendar days) before it is reported as not fitting. */
export const HORIZON_DAYS = 5 * 366;

/** A task left over-allocated, for the result. */
export function conflictOf(
  net: LevelingNetwork,
  resources: TaskResources,
  i: number,
  reason: LevelingConflictReason,
  over: readonly number[],
): LevelingConflict {
  return {
    taskId: net.compiled.tasks.ids[i] as TaskId,
    reason,
    resourceIds: over.map((r) => resources.work[r]?.id as string),
  };
}

/**
 * The decoder's general path, for tasks whose work is not one span on their own calendar (in
 * progress, elapsed, resource-driven, or when the engine's dates differ from the span): the
 * engine's forward step per candidate day, the task's remaining work read day by day from its
 * calendar and checked against each resource's capacity and load that day.
 */
export class DayByDay {
  private readonly dayBuf: number[] = [];
  private readonly minuteBuf: number[] = [];

  constructor(
    private readonly net: LevelingNetwork,
    private readonly resources: TaskResources,
    private readonly days: ResourceDays,
  ) {}

  /** Books task i's remaining work where it is placed now (a task another pass does not move). */
  keep(i: number): void {
    this.commit(i, this.demand(i));
  }

  /** Where the work that still needs resources starts (NaN when there is none left). */
  private workStart(i: number): number {
    const t = this.net.compiled.tasks;
    const f = t.flags[i] as number;
    if (f & F_FINISHED) return Number.NaN;
    if ((f & F_STARTED) === 0 || this.net.p6) return this.net.s.es[i] as number;
    if ((t.flags2[i] as number) & F2_DELAY) return delayedStart(t, i, resumeOf(this.net.s, i));
    const cal = t.calendars[t.durCal[i] as number] as WorkCalendar;
    return cal.addWorking(t.actualStart[i] as number, (t.duration[i] as number) - (t.remaining[i] as number));
  }

  /** The remaining work of task i, day by day on its calendar; returns the day count (into the buffers). */
  demand(i: number): number {
    const t = this.net.compiled.tasks;
    const from = this.workStart(i);
    if (Number.isNaN(from)) return 0;
    const cal = t.calendars[t.cal[i] as number] as WorkCalendar;
    return workByDay(cal, from, this.net.s.ef[i] as number, this.dayBuf, this.minuteBuf);
  }

  /** The last day of the last check that over-allocated a resource (where the next try may start after). */
  private lastConflictDay = 0;

  /** Resources task i over-allocates where it is now (empty when it fits). */
  private overloaded(i: number, days: number): number[] {
    const out: number[] = [];
    this.lastConflictDay = Number.NEGATIVE_INFINITY;
    const end = this.resources.start[i + 1] as number;
    for (let a = this.resources.start[i] as number; a < end; a++) {
      const r = this.resources.resource[a] as number;
      const units = this.resources.units[a] as number;
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

  /** Books the first `days` of the buffers' demand of task i on its resources. */
  commit(i: number, days: number): void {
    const end = this.resources.start[i + 1] as number;
    for (let a = this.resources.start[i] as number; a < end; a++) {
      const r = this.resources.resource[a] as number;
      const units = this.resources.units[a] as number;
      for (let k = 0; k < days; k++) this.days.add(r, this.dayBuf[k] as number, units * (this.minuteBuf[k] as number));
    }
  }

  /** Places task i: no delay if it fits, else the first working day that fits (or a conflict). */
  place(i: number, delays: Int32Array, conflicts: LevelingConflict[]): void {
    const hasWork = this.resources.hasWork(i);
    const t = this.net.compiled.tasks;
    const movable = this.net.movable[i] === 1 && hasWork;
    this.net.setDelay(i, movable ? 0 : (this.net.fixedDelay[i] as number));
    this.net.forward(i);
    if (!hasWork) {
      this.finish(i, delays, 0);
      return;
    }
    let days = this.demand(i);
    let over = this.overloaded(i, days);
    if (over.length === 0) {
      this.finish(i, delays, days);
      return;
    }
    if (!movable) {
      this.conflict(i, 'fixed', over, delays, days, conflicts);
      return;
    }
    const cal = t.calendars[t.cal[i] as number] as WorkCalendar;
    const started = ((t.flags[i] as number) & F_STARTED) !== 0;
    // The delay counts from where the (remaining) work starts without one.
    const base = started && !this.net.p6 ? resumeOf(this.net.s, i) : (this.net.s.es[i] as number);
    const limit = this.net.lateFinishLimit[i] as number;
    const firstDay = Math.floor(this.workStart(i) / DAY);
    // Any start that still covers the day a resource was full on fails again there (the task's
    // demand on a day only grows as it moves later, up to a whole day): try the day after it.
    for (
      let day = Math.max(this.lastConflictDay, firstDay) + 1;
      day <= firstDay + HORIZON_DAYS;
      day = Math.max(this.lastConflictDay, day) + 1
    ) {
      const candidate = cal.nextWorkStart(Math.max(day * DAY, base));
      this.net.setDelay(i, Math.max(0, cal.workBetween(base, candidate)));
      this.net.forward(i);
      if ((this.net.s.ef[i] as number) > limit) {
        over = this.revert(i);
        this.conflict(i, 'beyond_slack', over, delays, this.demand(i), conflicts);
        return;
      }
      days = this.demand(i);
      if (this.overloaded(i, days).length === 0) {
        this.finish(i, delays, days);
        return;
      }
    }
    over = this.revert(i);
    this.conflict(i, 'no_fit', over, delays, this.demand(i), conflicts);
    return;
  }

  private revert(i: number): number[] {
    this.net.setDelay(i, 0);
    this.net.forward(i);
    return this.overloaded(i, this.demand(i));
  }

  /** Records task i's delay as placed and books its demand (`days` of it, in the buffers). */
  finish(i: number, delays: Int32Array, days: number): void {
    const t = this.net.compiled.tasks;
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
    conflicts.push(conflictOf(this.net, this.resources, i, reason, over));
    this.finish(i, delays, days);
  }
}
