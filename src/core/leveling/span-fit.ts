import type { ResourceDays } from './resource-days.js';
import type { TaskResources } from './task-resources.js';

/** Rounding slack when comparing minutes × fractional units against capacity. */
export const EPS = 1e-6;

/**
 * The fast path of both decoders: a plain task's work is the span [p, p + dur) of work positions on
 * its calendar c, so its work on any day is the overlap of the span with that day's positions, two
 * lookups in the day tables. Checks whether a span fits its resources (reading days from either
 * end, to know how far the next try may jump) and books it.
 */
export class SpanFit {
  constructor(
    private readonly days: ResourceDays,
    private readonly resources: TaskResources,
  ) {}

  /**
   * The last day on which the resource of an assignment in [from, to) has no room for the work
   * [p, p + dur) on calendar c (an epoch day), or -Infinity when all fit. Each resource's days are
   * read from the last one back, so the first full day met is the one to jump past.
   */
  lastClashDay(from: number, to: number, c: number, p: number, dur: number, firstDay: number, lastDay: number) {
    const days = this.days;
    const pos = days.position[c] as Float64Array;
    const { load, capacity, span } = days;
    const f = days.firstDay;
    const end = p + dur;
    let clash = Number.NEGATIVE_INFINITY;
    for (let a = from; a < to; a++) {
      const units = this.resources.units[a] as number;
      const row = (this.resources.resource[a] as number) * span - f;
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

  /** The first day a resource of task i has no room for [p, p + dur) on calendar c, or +Infinity. */
  firstClashDay(i: number, c: number, p: number, dur: number, firstDay: number, lastDay: number): number {
    const days = this.days;
    const pos = days.position[c] as Float64Array;
    const { load, capacity, span } = days;
    const f = days.firstDay;
    const end = p + dur;
    const { start, resource, units } = this.resources;
    let clash = Number.POSITIVE_INFINITY;
    for (let a = start[i] as number; a < (start[i + 1] as number); a++) {
      const u = units[a] as number;
      const row = (resource[a] as number) * span - f;
      for (let d = firstDay; d <= lastDay && d < clash; d++) {
        const k = d - f;
        const lo = (pos[k] as number) > p ? (pos[k] as number) : p;
        const hi = (pos[k + 1] as number) < end ? (pos[k + 1] as number) : end;
        if (hi <= lo) continue;
        if ((load[row + d] as number) + u * (hi - lo) > (capacity[row + d] as number) + EPS) {
          clash = d;
          break;
        }
      }
    }
    return clash;
  }

  /** The resources of task i without room for [p, p + dur) (for a conflict report). */
  clashingResources(i: number, c: number, p: number, dur: number, firstDay: number, lastDay: number): number[] {
    const out: number[] = [];
    const { start, resource } = this.resources;
    for (let a = start[i] as number; a < (start[i + 1] as number); a++) {
      if (this.lastClashDay(a, a + 1, c, p, dur, firstDay, lastDay) > Number.NEGATIVE_INFINITY)
        out.push(resource[a] as number);
    }
    return out;
  }

  /** Books task i's work [p, p + dur) on calendar c on its resources. */
  commit(i: number, c: number, p: number, dur: number, firstDay: number, lastDay: number): void {
    const days = this.days;
    const pos = days.position[c] as Float64Array;
    const f = days.firstDay;
    const { start, resource, units } = this.resources;
    const stop = start[i + 1] as number;
    for (let a = start[i] as number; a < stop; a++) {
      const r = resource[a] as number;
      const u = units[a] as number;
      for (let d = firstDay; d <= lastDay; d++) {
        const k = d - f;
        const m = Math.min(pos[k + 1] as number, p + dur) - Math.max(pos[k] as number, p);
        if (m > 0) days.add(r, d, u * m);
      }
    }
  }

  /** The day holding the last working minute of [p, p + dur) on calendar c (dur > 0), searched from `fromDay` on. */
  lastDayOf(c: number, fromDay: number, p: number, dur: number): number {
    const days = this.days;
    const end = p + dur;
    let d = fromDay;
    for (;;) {
      days.ensure(d + 1);
      if (((days.position[c] as Float64Array)[d + 1 - days.firstDay] as number) >= end) return d;
      d++;
    }
  }
}
