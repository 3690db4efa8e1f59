import type { PlanTask } from '../../../../src/contracts/index.js';
import { MINUTES_PER_DAY } from '../../../../src/core/schedule/time.js';
import { GANTT_ZOOMS, type GanttZoom, minuteOf, pxPerMinute, unitNext, unitStart, ZOOM_SCALES } from './time-scale.js';

/*
 * Everything the chart needs per task, computed once per (tasks, zoom): the dates as minutes and the
 * bars' x positions in typed arrays, so scrolling a 100,000-task plan reads numbers and never
 * re-parses a date or walks the task list.
 */

/** What a row draws. */
export const TaskKind = { none: 0, task: 1, summary: 2, milestone: 3 } as const;
/** A TaskKind value. */
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];

/** The dates' extent on a baseline, start and finish as local date-times. */
export interface BaselineDates {
  readonly start: string | null;
  readonly finish: string | null;
}

/** The axis and the per-row geometry of one plan at one zoom. */
export interface Timeline extends PlanDates {
  readonly zoom: GanttZoom;
  readonly pxPerMinute: number;
  /** Minute at x = 0. */
  readonly origin: number;
  /** Minute at the right edge of the scrollable width. */
  readonly end: number;
  /** Scrollable width in px. */
  readonly width: number;
  /** Bar ends in px (equal for milestones). */
  readonly x0: Float64Array;
  readonly x1: Float64Array;
}

/** A task drawn as a diamond: flagged a milestone, or a non-summary task of zero duration. */
export function isMilestone(task: PlanTask): boolean {
  return !task.summary && (task.milestone || task.durationMinutes === 0);
}

/** Minutes extent: earliest and latest date. */
export interface Extent {
  readonly min: number;
  readonly max: number;
}

/** The dates of a plan's rows, independent of zoom: parsed once per task list. */
export interface PlanDates {
  /** Row index by task id. */
  readonly indexOf: ReadonlyMap<string, number>;
  readonly kind: Uint8Array;
  /** Start and finish in minutes; NaN when the task has no dates. */
  readonly start: Float64Array;
  readonly finish: Float64Array;
  /** Earliest start and latest finish, or null when no task is dated. */
  readonly extent: Extent | null;
}

/** Parses every task's dates into typed arrays (the one O(n) pass over the list). */
export function parsePlanDates(tasks: readonly PlanTask[]): PlanDates {
  const n = tasks.length;
  const kind = new Uint8Array(n);
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const indexOf = new Map<string, number>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const task = tasks[i]!;
    indexOf.set(task.id, i);
    let s = minuteOf(task.start);
    let f = minuteOf(task.finish);
    if (Number.isNaN(s)) s = f;
    if (Number.isNaN(f) || f < s) f = s;
    start[i] = s;
    finish[i] = f;
    if (Number.isNaN(s)) continue;
    kind[i] = task.summary ? TaskKind.summary : isMilestone(task) ? TaskKind.milestone : TaskKind.task;
    if (s < min) min = s;
    if (f > max) max = f;
  }
  return { indexOf, kind, start, finish, extent: min <= max ? { min, max } : null };
}

/** The earliest and latest date over a baseline's bars, or null when it has none. */
export function baselineExtent(baseline: ReadonlyMap<string, BaselineDates>): Extent | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const bar of baseline.values()) {
    for (const m of [minuteOf(bar.start), minuteOf(bar.finish)]) {
      if (m < min) min = m;
      if (m > max) max = m;
    }
  }
  return min <= max ? { min, max } : null;
}

function union(a: Extent | null, b: Extent | null | undefined): Extent | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

/** Room kept right of the last bar for its label, in px. */
const LABEL_ROOM_PX = 240;

/** The axis [origin, end) for an extent at a zoom: padded, and aligned to the header's bottom unit. */
export function axisRange(extent: Extent, zoom: GanttZoom): { origin: number; end: number } {
  const scale = ZOOM_SCALES[zoom];
  const pad = scale.padDays * MINUTES_PER_DAY;
  const origin = unitStart(extent.min - pad, scale.bottom);
  const end = unitNext(extent.max + pad + LABEL_ROOM_PX / pxPerMinute(zoom), scale.bottom);
  return { origin, end };
}

/**
 * The timeline of a plan's dates at `zoom`: only multiplications, so changing zoom on a
 * 100,000-task plan costs a millisecond. `also` widens the axis (a baseline's dates); `fallback`
 * (today, in minutes) centres the axis of a plan with no dates yet.
 */
export function computeTimeline(dates: PlanDates, zoom: GanttZoom, fallback: number, also?: Extent | null): Timeline {
  const n = dates.kind.length;
  const ppm = pxPerMinute(zoom);
  const extent = union(dates.extent, also) ?? { min: fallback, max: fallback };
  const { origin, end } = axisRange(extent, zoom);
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x0[i] = (dates.start[i]! - origin) * ppm;
    x1[i] = dates.kind[i] === TaskKind.milestone ? x0[i]! : (dates.finish[i]! - origin) * ppm;
  }
  return { ...dates, zoom, pxPerMinute: ppm, origin, end, width: Math.ceil((end - origin) * ppm), x0, x1 };
}

/** computeTimeline over freshly parsed tasks (and a baseline's extent): for tests and one-off callers. */
export function timelineOf(
  tasks: readonly PlanTask[],
  zoom: GanttZoom,
  fallback: number,
  baseline?: ReadonlyMap<string, BaselineDates>,
): Timeline {
  return computeTimeline(parsePlanDates(tasks), zoom, fallback, baseline ? baselineExtent(baseline) : null);
}

/**
 * The most detailed zoom at which the whole plan fits `widthPx` without scrolling sideways; 'year'
 * when even that is too narrow, 'week' for a plan with no dates.
 */
export function fitZoom(tasks: readonly PlanTask[], widthPx: number): GanttZoom {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const task of tasks) {
    const s = minuteOf(task.start);
    const f = minuteOf(task.finish);
    if (s < min) min = s;
    if (f > max) max = f;
  }
  if (!(min <= max)) return 'week';
  const extent = { min, max };
  for (const zoom of GANTT_ZOOMS) {
    const { origin, end } = axisRange(extent, zoom);
    if ((end - origin) * pxPerMinute(zoom) <= widthPx) return zoom;
  }
  return 'year';
}
