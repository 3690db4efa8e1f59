import { type PoolResource, unitsOn } from '../resources/model.js';
import type { EpochDay } from '../schedule/time.js';
import type { WorkCalendar } from '../schedule/work-calendar.js';
import type { BackgroundLoad } from './model.js';

const DAY = 1440;

/**
 * Capacity and load of each resource per day, MS Project's "day by day" leveling basis: capacity is
 * the resource calendar's working minutes that day × its maximum units; load is units × working
 * minutes of every task placed so far, plus the fixed background load of other projects. Days are
 * indexed from `firstDay`; the arrays grow as later days are asked for.
 */
export class ResourceDays {
  private capacityCache: Float64Array[];
  private load: Float64Array[];
  private base: Float64Array[];
  private span = 0;

  constructor(
    private readonly resources: readonly PoolResource[],
    private readonly calendars: readonly WorkCalendar[],
    background: BackgroundLoad | undefined,
    readonly firstDay: EpochDay,
  ) {
    this.capacityCache = resources.map(() => new Float64Array(0));
    this.load = resources.map(() => new Float64Array(0));
    this.base = resources.map(() => new Float64Array(0));
    this.grow(366);
    resources.forEach((r, k) => {
      for (const [day, minutes] of background?.get(r.id) ?? []) {
        if (day < firstDay || !(minutes > 0)) continue;
        this.grow(day - firstDay + 1);
        const base = this.base[k] as Float64Array;
        base[day - firstDay] = (base[day - firstDay] as number) + minutes;
      }
    });
    this.reset();
  }

  private grow(length: number): void {
    if (length <= this.span) return;
    let next = Math.max(this.span * 2, 64);
    while (next < length) next *= 2;
    const extend = (a: Float64Array, fill: number) => {
      const b = new Float64Array(next).fill(fill);
      b.set(a);
      return b;
    };
    this.capacityCache = this.capacityCache.map((a) => extend(a, Number.NaN));
    this.load = this.load.map((a) => extend(a, 0));
    this.base = this.base.map((a) => extend(a, 0));
    this.span = next;
  }

  /** Back to the background load only (before each generated schedule). */
  reset(): void {
    this.load.forEach((a, k) => {
      a.set(this.base[k] as Float64Array);
    });
  }

  /** Working minutes resource k can give on `day`. */
  capacity(k: number, day: EpochDay): number {
    const i = day - this.firstDay;
    if (i < 0) return 0;
    this.grow(i + 1);
    const cache = this.capacityCache[k] as Float64Array;
    let c = cache[i] as number;
    if (Number.isNaN(c)) {
      const cal = this.calendars[k] as WorkCalendar;
      const minutes = cal.workBetween(day * DAY, (day + 1) * DAY);
      c = minutes * unitsOn((this.resources[k] as PoolResource).maxUnits, day);
      cache[i] = c;
    }
    return c;
  }

  /** Minutes of work already placed on resource k on `day`. */
  loadOn(k: number, day: EpochDay): number {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.span) return 0;
    return (this.load[k] as Float64Array)[i] as number;
  }

  /** Places `minutes` of work on resource k on `day` (days before firstDay are history and not counted). */
  add(k: number, day: EpochDay, minutes: number): void {
    const i = day - this.firstDay;
    if (i < 0) return;
    this.grow(i + 1);
    const load = this.load[k] as Float64Array;
    load[i] = (load[i] as number) + minutes;
  }

  /** Days (from firstDay) any load has been placed on or capacity asked for. */
  get days(): number {
    return this.span;
  }
}

/**
 * The working minutes of [from, to) on `cal`, day by day: fills `days`/`minutes` and returns how
 * many days have work. The arrays are reused between calls (the hot path of the leveler).
 */
export function workByDay(cal: WorkCalendar, from: number, to: number, days: number[], minutes: number[]): number {
  let n = 0;
  if (!(to > from)) return 0;
  for (let d = Math.floor(from / DAY); d * DAY < to; d++) {
    const a = Math.max(from, d * DAY);
    const b = Math.min(to, (d + 1) * DAY);
    const m = cal.workBetween(a, b);
    if (m > 0) {
      days[n] = d;
      minutes[n] = m;
      n++;
    }
  }
  return n;
}
