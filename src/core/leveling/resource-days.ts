import { type PoolResource, unitsOn } from '../resources/model.js';
import type { EpochDay } from '../schedule/time.js';
import type { WorkCalendar } from '../schedule/work-calendar.js';
import type { BackgroundLoad } from './model.js';

const DAY = 1440;

/**
 * Capacity and load of each resource per day, MS Project's "day by day" leveling basis: capacity is
 * the resource calendar's working minutes that day × its maximum units; load is units × working
 * minutes of every task placed so far, plus the fixed background load of other projects. Beside
 * them, each task calendar's work position at the start of every day (a prefix sum of its working
 * minutes per day), so a task's work on any day is two lookups. Everything is computed once per
 * run over a span of days from `firstDay` that doubles when a later day is asked for; the arrays
 * are flat (resource-major) because the decoder reads them millions of times per search.
 */
export class ResourceDays {
  /** Days covered: indices 0 .. span-1 (calendar positions have span + 1 entries). */
  span = 0;
  /** capacity[r * span + k], load[r * span + k]: minutes of resource r on day firstDay + k. */
  capacity = new Float64Array(0);
  load = new Float64Array(0);
  private base = new Float64Array(0);
  /** position[c][k] = work position of task calendar c at the start of day firstDay + k. */
  position: Float64Array[];
  /** The highest day index the current schedule has put load on (what reset must clear). */
  private touched = -1;

  constructor(
    private readonly resources: readonly PoolResource[],
    private readonly calendars: readonly WorkCalendar[],
    /** Task calendars (the engine's compiled ones), indexed as the tasks' `cal`. */
    private readonly taskCalendars: readonly WorkCalendar[],
    background: BackgroundLoad | undefined,
    readonly firstDay: EpochDay,
  ) {
    this.position = taskCalendars.map(() => new Float64Array(0));
    let last = firstDay + 366;
    for (const r of resources)
      for (const [day, minutes] of background?.get(r.id) ?? []) if (minutes > 0 && day > last) last = day;
    this.ensure(last);
    resources.forEach((r, k) => {
      for (const [day, minutes] of background?.get(r.id) ?? []) {
        if (day < firstDay || !(minutes > 0)) continue;
        const i = k * this.span + day - firstDay;
        this.base[i] = (this.base[i] as number) + minutes;
      }
    });
    this.load.set(this.base);
    this.touched = this.span - 1;
  }

  /** Makes every table cover `day` (and the day after it, for the calendar positions). */
  ensure(day: EpochDay): void {
    // Small enough to be inlined: the decoders ask for every day they read.
    if (day - this.firstDay + 2 > this.span) this.grow(day - this.firstDay + 2);
  }

  /** Doubles the span until it holds `need` days, computing capacities and calendar positions of the new days. */
  private grow(need: number): void {
    let next = Math.max(this.span * 2, 512);
    while (next < need) next *= 2;
    const old = this.span;
    const k = this.resources.length;
    const capacity = new Float64Array(k * next);
    const load = new Float64Array(k * next);
    const base = new Float64Array(k * next);
    // Working minutes per new day of each distinct calendar (resources mostly share a few).
    const minutesOf = new Map<WorkCalendar, Float64Array>();
    for (let r = 0; r < k; r++) {
      capacity.set(this.capacity.subarray(r * old, (r + 1) * old), r * next);
      load.set(this.load.subarray(r * old, (r + 1) * old), r * next);
      base.set(this.base.subarray(r * old, (r + 1) * old), r * next);
      const cal = this.calendars[r] as WorkCalendar;
      let minutes = minutesOf.get(cal);
      if (!minutes) {
        minutes = new Float64Array(next - old);
        for (let d = old; d < next; d++) {
          const day = this.firstDay + d;
          minutes[d - old] = cal.workBetween(day * DAY, (day + 1) * DAY);
        }
        minutesOf.set(cal, minutes);
      }
      const steps = (this.resources[r] as PoolResource).maxUnits;
      if (steps.length === 0) capacity.set(minutes, r * next + old);
      else
        for (let d = old; d < next; d++)
          capacity[r * next + d] = (minutes[d - old] as number) * unitsOn(steps, this.firstDay + d);
    }
    this.position = this.position.map((old, c) => {
      const cal = this.taskCalendars[c] as WorkCalendar;
      const p = new Float64Array(next + 1);
      p.set(old.subarray(0, Math.min(old.length, next + 1)));
      for (let d = Math.max(0, old.length - 1); d <= next; d++) p[d] = cal.workAt((this.firstDay + d) * DAY);
      return p;
    });
    this.capacity = capacity;
    this.load = load;
    this.base = base;
    this.span = next;
  }

  /** Back to the background load only (before each generated schedule). */
  reset(): void {
    const k = this.resources.length;
    const upto = Math.min(this.touched + 1, this.span);
    for (let r = 0; r < k; r++) {
      const from = r * this.span;
      this.load.set(this.base.subarray(from, from + upto), from);
    }
    this.touched = -1;
  }

  /** Working minutes resource k can give on `day`. */
  capacityOn(k: number, day: EpochDay): number {
    const i = day - this.firstDay;
    if (i < 0) return 0;
    this.ensure(day);
    return this.capacity[k * this.span + i] as number;
  }

  /** Minutes of work already placed on resource k on `day`. */
  loadOn(k: number, day: EpochDay): number {
    const i = day - this.firstDay;
    if (i < 0 || i >= this.span) return 0;
    return this.load[k * this.span + i] as number;
  }

  /** Places `minutes` of work on resource k on `day` (days before firstDay are history and not counted). */
  add(k: number, day: EpochDay, minutes: number): void {
    const i = day - this.firstDay;
    if (i < 0) return;
    this.ensure(day);
    const j = k * this.span + i;
    this.load[j] = (this.load[j] as number) + minutes;
    if (i > this.touched) this.touched = i;
  }

  /** Days (from firstDay) the tables cover. */
  get days(): number {
    return this.span;
  }
}

/**
 * The working minutes of [from, to) on `cal`, day by day: fills `days`/`minutes` and returns how
 * many days have work. The arrays are reused between calls (the leveler's general path, for tasks
 * whose work is not a plain span on their own calendar).
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
