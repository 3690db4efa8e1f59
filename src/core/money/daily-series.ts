import type { EpochDay } from '../schedule/time.js';

/**
 * An amount spread over days: `values[i]` belongs to day `firstDay + i` (epoch days). Money in
 * integer minor units, work in minutes. An empty series has no values.
 */
export interface DailySeries {
  readonly firstDay: EpochDay;
  readonly values: readonly number[];
}

/** The series with nothing in it. */
export const EMPTY_SERIES: DailySeries = { firstDay: 0, values: [] };

/** The sum of a series' values. */
export function seriesTotal(series: DailySeries): number {
  let total = 0;
  for (const v of series.values) total += v;
  return total;
}

/** Day after the series' last day (firstDay when empty). */
export function seriesEnd(series: DailySeries): EpochDay {
  return series.firstDay + series.values.length;
}

/** Adds several series day by day into one covering them all. */
export function addSeries(parts: readonly DailySeries[]): DailySeries {
  const present = parts.filter((p) => p.values.length > 0);
  if (present.length === 0) return EMPTY_SERIES;
  let first = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const p of present) {
    first = Math.min(first, p.firstDay);
    end = Math.max(end, seriesEnd(p));
  }
  const values = new Array<number>(end - first).fill(0);
  for (const p of present) {
    const offset = p.firstDay - first;
    for (let i = 0; i < p.values.length; i++) values[offset + i]! += p.values[i]!;
  }
  return { firstDay: first, values };
}

/** The series' sum over the days before `day` (whole days only). */
export function sumBefore(series: DailySeries, day: EpochDay): number {
  let total = 0;
  const stop = Math.min(series.values.length, day - series.firstDay);
  for (let i = 0; i < stop; i++) total += series.values[i]!;
  return total;
}

/** The value on one day (0 outside the series). */
export function valueOn(series: DailySeries, day: EpochDay): number {
  const i = day - series.firstDay;
  return i >= 0 && i < series.values.length ? series.values[i]! : 0;
}
