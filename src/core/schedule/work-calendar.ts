import { DomainError } from '../errors.js';
import type { DayRules } from './calendar-rules.js';
import type { EpochDay, EpochMinute } from './time.js';

/** Minutes per day (a local copy: this is the hot path). */
const DAY = 1440;
const TABLE_WIDTH = DAY + 1;
/** Widest span of days one calendar index may cover (about 400 years: positions stay in int32). */
const MAX_SPAN_DAYS = 146_097;
/** Working minutes per bucket of the position → day lookup. */
const BUCKET_SHIFT = 7;

/**
 * Working-time arithmetic on one calendar. Time is EpochMinute; the work position W(t) is the
 * number of working minutes from an internal origin to t, so adding n working minutes to t is
 * inverting W at W(t) + n. A cumulative working-minute index per day plus a per-pattern minute
 * table make W O(1); a bucket table (position / 128 → day) makes the inverse O(1) amortised. The
 * index is built lazily around the dates asked for and grows on demand; answers never depend on
 * how far it has grown, because the origin shift is compensated.
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
  private cum = new Int32Array(1);
  private pattern = new Uint16Array(0);
  /** bucketDay[k] = the day holding working minute k << BUCKET_SHIFT (relative to cum[0]). */
  private bucketDay = new Int32Array(1);
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
      for (; m <= DAY; m++) this.minuteTable[row + m] = before;
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
    const cum = new Int32Array(count + 1);
    const oldCum = this.cum;
    const oldPattern = this.pattern;
    const lead = oldCount === 0 ? 0 : oldFirst - first;
    for (let i = 0; i < count; i++) {
      const j = i - lead;
      const p = oldCount > 0 && j >= 0 && j < oldCount ? (oldPattern[j] as number) : this.rules.patternOfDay(first + i);
      pattern[i] = p;
      cum[i + 1] = (cum[i] as number) + (this.minuteTable[p * TABLE_WIDTH + DAY] as number);
    }
    const bucketDay = new Int32Array(((cum[count] as number) >> BUCKET_SHIFT) + 1);
    let d = 0;
    for (let b = 0; b < bucketDay.length; b++) {
      const target = b << BUCKET_SHIFT;
      while (d < count - 1 && (cum[d + 1] as number) <= target) d++;
      bucketDay[b] = d;
    }
    // Keep W(t) unchanged for every t already handed out: shift the origin by the work added in front.
    this.origin = oldCount === 0 ? 0 : this.origin + (oldCum[0] as number) - (cum[lead] as number);
    this.firstDay = first;
    this.dayCount = count;
    this.cum = cum;
    this.pattern = pattern;
    this.bucketDay = bucketDay;
  }

  /** Work position of time t: working minutes from the calendar's origin to t. */
  workAt(t: EpochMinute): number {
    const day = Math.floor(t / DAY);
    let i = day - this.firstDay;
    if (i < 0 || i >= this.dayCount) {
      this.cover(day);
      i = day - this.firstDay;
    }
    return (
      (this.cum[i] as number) +
      this.origin +
      (this.minuteTable[(this.pattern[i] as number) * TABLE_WIDTH + (t - day * DAY)] as number)
    );
  }

  /** The time at which working minute number `w` (0-based from the origin) starts. */
  private startOfMinute(w: number): EpochMinute {
    let target = w - this.origin;
    while (target < 0 || target >= (this.cum[this.dayCount] as number)) {
      this.cover(target < 0 ? this.firstDay - 1 : this.firstDay + this.dayCount);
      target = w - this.origin;
    }
    const cum = this.cum;
    let i = this.bucketDay[target >> BUCKET_SHIFT] as number;
    while ((cum[i + 1] as number) <= target) i++;
    const r = target - (cum[i] as number);
    const p = this.pattern[i] as number;
    const last = this.ivFirst[p + 1] as number;
    let k = this.ivFirst[p] as number;
    for (; k < last - 1; k++) {
      if (r < (this.ivCum[k] as number) + (this.ivEnd[k] as number) - (this.ivStart[k] as number)) break;
    }
    return (this.firstDay + i) * DAY + (this.ivStart[k] as number) + (r - (this.ivCum[k] as number));
  }

  /**
   * Bulk conversion for the integer passes (see simple-passes.ts), one pass over the listed tasks:
   * es from (esW, esT), ef = esW + d as a finish, lf from (lfW, lfT), ls = lfW − d as a start, where
   * a T bit of 1 means finish semantics; a zero-length task finishes when it starts (ef = es, ls = lf).
   */
  fillTaskTimes(
    indices: Int32Array,
    duration: Int32Array,
    esW: Int32Array,
    esT: Uint8Array,
    lfW: Int32Array,
    lfT: Uint8Array,
    out: { es: Float64Array; ef: Float64Array; ls: Float64Array; lf: Float64Array },
  ): void {
    const { es, ef, ls, lf } = out;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k] as number;
      const d = duration[i] as number;
      const e = esW[i] as number;
      const l = lfW[i] as number;
      const start = esT[i] === 1 ? this.startOfMinute(e - 1) + 1 : this.startOfMinute(e);
      es[i] = start;
      ef[i] = d === 0 ? start : this.startOfMinute(e + d - 1) + 1;
      const finish = lfT[i] === 1 ? this.startOfMinute(l - 1) + 1 : this.startOfMinute(l);
      lf[i] = finish;
      ls[i] = d === 0 ? finish : this.startOfMinute(l - d);
    }
  }

  /** The earliest time whose work position is `w` and where work is going on (start semantics). */
  timeAtWorkStart(w: number): EpochMinute {
    return this.startOfMinute(w);
  }

  /** The earliest time whose work position reaches `w` (finish semantics: ends at 17:00, not 08:00). */
  timeAtWorkFinish(w: number): EpochMinute {
    return this.startOfMinute(w - 1) + 1;
  }

  /**
   * t plus n working minutes. n > 0 lands at the end of the last minute worked (a finish), n < 0 at
   * the start of the first (a start), n = 0 returns t unchanged.
   */
  addWorking(t: EpochMinute, n: number): EpochMinute {
    if (n === 0) return t;
    const w = this.workAt(t) + n;
    return n > 0 ? this.startOfMinute(w - 1) + 1 : this.startOfMinute(w);
  }

  /** Working minutes from a to b (negative when b < a). */
  workBetween(a: EpochMinute, b: EpochMinute): number {
    return this.workAt(b) - this.workAt(a);
  }

  /** True when the minute starting at t is working time. */
  isWorking(t: EpochMinute): boolean {
    const day = Math.floor(t / DAY);
    const i = day - this.firstDay;
    if (i < 0 || i >= this.dayCount) return this.workAt(t + 1) > this.workAt(t);
    const row = (this.pattern[i] as number) * TABLE_WIDTH + (t - day * DAY);
    return (this.minuteTable[row + 1] as number) > (this.minuteTable[row] as number);
  }

  /** t if work is going on at t, else the start of the next working period. */
  nextWorkStart(t: EpochMinute): EpochMinute {
    return this.isWorking(t) ? t : this.startOfMinute(this.workAt(t));
  }

  /** t if work was going on just before t, else the end of the previous working period. */
  prevWorkFinish(t: EpochMinute): EpochMinute {
    return this.isWorking(t - 1) ? t : this.startOfMinute(this.workAt(t) - 1) + 1;
  }
}
