import { DomainError } from '../errors.js';
import type { DayRules } from './calendar-rules.js';
import { type EpochDay, type EpochMinute, MINUTES_PER_DAY } from './time.js';

/** Widest span of days one calendar index may cover (about 400 years). */
const MAX_SPAN_DAYS = 146_097;
const TABLE_WIDTH = MINUTES_PER_DAY + 1;

/**
 * Working-time arithmetic on one calendar. Time is EpochMinute; "work position" W(t) is the number
 * of working minutes from an internal origin to t, so that adding n working minutes is inverting
 * W at W(t) + n. A cumulative working-minute index per day (built lazily, grown on demand) and a
 * per-pattern minute table make W O(1) and its inverse O(log days) (galloping from the start day).
 * Results never depend on how far the index has grown: the origin cancels out.
 */
export class WorkCalendar {
  readonly id: string;
  private readonly rules: DayRules;
  private readonly minuteTable: Int16Array;
  private readonly ivFirst: Int32Array;
  private readonly ivStart: Int16Array;
  private readonly ivEnd: Int16Array;
  private readonly ivCum: Int16Array;
  private firstDay = 0;
  private dayCount = 0;
  /** cum[i] = working minutes from firstDay to the start of day firstDay + i (length dayCount + 1). */
  private cum = new Float64Array(1);
  private pattern = new Uint16Array(0);
  /** Offset added to cum so W stays stable when the index grows backwards. */
  private origin = 0;

  constructor(rules: DayRules) {
    this.id = rules.calendarId;
    this.rules = rules;
    const patterns = rules.patterns;
    if (patterns.length > 65535) {
      throw new DomainError('validation_failed', `calendar ${rules.calendarId}: too many distinct day patterns`, {
        calendarId: rules.calendarId,
      });
    }
    this.minuteTable = new Int16Array(patterns.length * TABLE_WIDTH);
    this.ivFirst = new Int32Array(patterns.length + 1);
    let total = 0;
    for (const p of patterns) total += p.length;
    this.ivStart = new Int16Array(total);
    this.ivEnd = new Int16Array(total);
    this.ivCum = new Int16Array(total);
    let k = 0;
    patterns.forEach((intervals, p) => {
      this.ivFirst[p] = k;
      let before = 0;
      const row = p * TABLE_WIDTH;
      let m = 0;
      for (const iv of intervals) {
        for (; m <= iv.startMinute; m++) this.minuteTable[row + m] = before;
        for (; m <= iv.endMinute; m++) this.minuteTable[row + m] = before + (m - iv.startMinute);
        this.ivStart[k] = iv.startMinute;
        this.ivEnd[k] = iv.endMinute;
        this.ivCum[k] = before;
        before += iv.endMinute - iv.startMinute;
        k++;
      }
      for (; m <= MINUTES_PER_DAY; m++) this.minuteTable[row + m] = before;
    });
    this.ivFirst[patterns.length] = k;
  }

  /** Makes the index cover `day` (epoch day), growing it by at least a year either way. */
  private cover(day: EpochDay): void {
    if (this.dayCount > 0 && day >= this.firstDay && day < this.firstDay + this.dayCount) return;
    const margin = Math.max(366, this.dayCount);
    const oldFirst = this.firstDay;
    const oldCount = this.dayCount;
    const first = oldCount === 0 ? day - 183 : Math.min(oldFirst, day - margin);
    const end = oldCount === 0 ? day + 366 : Math.max(oldFirst + oldCount, day + margin + 1);
    if (end - first > MAX_SPAN_DAYS) {
      throw new DomainError('validation_failed', `calendar ${this.id}: dates span more than 400 years`, {
        calendarId: this.id,
      });
    }
    const count = end - first;
    const pattern = new Uint16Array(count);
    const cum = new Float64Array(count + 1);
    const oldCum = this.cum;
    const oldPattern = this.pattern;
    const lead = oldCount === 0 ? 0 : oldFirst - first;
    for (let i = 0; i < count; i++) {
      const j = i - lead;
      const p = oldCount > 0 && j >= 0 && j < oldCount ? (oldPattern[j] as number) : this.rules.patternOfDay(first + i);
      pattern[i] = p;
      cum[i + 1] = (cum[i] as number) + (this.minuteTable[p * TABLE_WIDTH + MINUTES_PER_DAY] as number);
    }
    // Keep W(t) unchanged for every t already handed out: shift the origin by the work added in front.
    this.origin = oldCount === 0 ? 0 : this.origin + (oldCum[0] as number) - (cum[lead] as number);
    this.firstDay = first;
    this.dayCount = count;
    this.cum = cum;
    this.pattern = pattern;
  }

  /** Work position of time t: working minutes from the calendar's origin to t. */
  workAt(t: EpochMinute): number {
    const day = Math.floor(t / MINUTES_PER_DAY);
    let i = day - this.firstDay;
    if (i < 0 || i >= this.dayCount) {
      this.cover(day);
      i = day - this.firstDay;
    }
    return (
      (this.cum[i] as number) +
      this.origin +
      (this.minuteTable[(this.pattern[i] as number) * TABLE_WIDTH + (t - day * MINUTES_PER_DAY)] as number)
    );
  }

  /**
   * Index of the day holding working minute number `w` (0-based from the origin, i.e. the minute
   * that ends at position w + 1): the largest i with cum[i] ≤ w < cum[i + 1]. Gallops from `hint`.
   */
  private dayOfMinute(w: number, hintDay: EpochDay): number {
    for (;;) {
      const target = w - this.origin;
      let lo = hintDay - this.firstDay;
      if (lo < 0 || lo >= this.dayCount) {
        this.cover(hintDay);
        continue;
      }
      const cum = this.cum;
      const n = this.dayCount;
      let hi: number;
      if ((cum[lo] as number) <= target) {
        // Gallop forwards until cum[hi] > target.
        let step = 1;
        hi = lo + 1;
        while (hi <= n && (cum[hi] as number) <= target) {
          lo = hi;
          step *= 2;
          hi = lo + step;
        }
        if (hi > n) {
          if ((cum[n] as number) <= target) {
            const resumeDay = this.firstDay + lo;
            this.cover(this.firstDay + n + 1);
            hintDay = resumeDay;
            continue;
          }
          hi = n;
        }
      } else {
        // Gallop backwards until cum[lo] ≤ target.
        let step = 1;
        hi = lo;
        lo = hi - 1;
        while (lo >= 0 && (cum[lo] as number) > target) {
          hi = lo;
          step *= 2;
          lo = hi - step;
        }
        if (lo < 0) {
          if ((cum[0] as number) > target) {
            const day = this.firstDay + hi;
            this.cover(this.firstDay - 1);
            hintDay = day;
            continue;
          }
          lo = 0;
        }
      }
      // Invariant: cum[lo] ≤ target < cum[hi].
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if ((cum[mid] as number) <= target) lo = mid;
        else hi = mid;
      }
      return lo;
    }
  }

  /** The time at which working minute number `w` starts (from the origin). */
  private startOfMinute(w: number, hintDay: EpochDay): EpochMinute {
    const i = this.dayOfMinute(w, hintDay);
    const r = w - this.origin - (this.cum[i] as number);
    const p = this.pattern[i] as number;
    const last = this.ivFirst[p + 1] as number;
    for (let k = this.ivFirst[p] as number; k < last; k++) {
      const cumBefore = this.ivCum[k] as number;
      const length = (this.ivEnd[k] as number) - (this.ivStart[k] as number);
      if (r < cumBefore + length) {
        return (this.firstDay + i) * MINUTES_PER_DAY + (this.ivStart[k] as number) + (r - cumBefore);
      }
    }
    // Unreachable when the index is consistent.
    throw new Error(`calendar ${this.id}: index inconsistent`);
  }

  /** The earliest time whose work position is `w` and where work is going on (start semantics). */
  timeAtWorkStart(w: number, hint: EpochMinute): EpochMinute {
    return this.startOfMinute(w, Math.floor(hint / MINUTES_PER_DAY));
  }

  /** The earliest time whose work position reaches `w` (finish semantics: ends at 17:00, not 08:00). */
  timeAtWorkFinish(w: number, hint: EpochMinute): EpochMinute {
    return this.startOfMinute(w - 1, Math.floor(hint / MINUTES_PER_DAY)) + 1;
  }

  /**
   * t plus n working minutes. n > 0 lands at the end of the last minute worked (a finish), n < 0 at
   * the start of the first (a start), n = 0 returns t unchanged.
   */
  addWorking(t: EpochMinute, n: number): EpochMinute {
    if (n === 0) return t;
    const w = this.workAt(t) + n;
    return n > 0 ? this.timeAtWorkFinish(w, t) : this.timeAtWorkStart(w, t);
  }

  /** Working minutes from a to b (negative when b < a). */
  workBetween(a: EpochMinute, b: EpochMinute): number {
    return this.workAt(b) - this.workAt(a);
  }

  /** t if work is going on at t, else the start of the next working period. */
  nextWorkStart(t: EpochMinute): EpochMinute {
    return this.timeAtWorkStart(this.workAt(t), t);
  }

  /** t if work was going on just before t, else the end of the previous working period. */
  prevWorkFinish(t: EpochMinute): EpochMinute {
    return this.timeAtWorkFinish(this.workAt(t), t);
  }

  /** True when the minute starting at t is working time. */
  isWorking(t: EpochMinute): boolean {
    return this.workAt(t + 1) > this.workAt(t);
  }
}
