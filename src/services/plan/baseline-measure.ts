import { type Calendar, type WorkCalendar, workCalendar } from '../../core/schedule/index.js';
import type { ScheduledTask } from '../../store/repos/baselines-repo.js';
import type { CalendarRow, PlanRow } from '../../store/schema.js';
import { calendarsOf } from './plan-model.js';

/*
 * What a baseline keeps of a schedule and what a comparison measures against it, in one place so
 * both measure the same way: early dates, and durations in working minutes.
 */

/**
 * A task's duration: its own for a work task or milestone; for a summary (which has no duration
 * of its own) the working minutes between its start and finish on the plan's default calendar,
 * as MS Project shows a summary's duration.
 */
export function taskDuration(t: ScheduledTask, summary: boolean, defaultCalendar: WorkCalendar): number | null {
  if (!summary) return t.duration_minutes;
  return t.early_start === null || t.early_finish === null
    ? null
    : defaultCalendar.workBetween(t.early_start, t.early_finish);
}

/** The project's span: its earliest task start (the plan's start while it has none) to the plan's finish. */
export function projectSpan(
  plan: PlanRow,
  tasks: readonly Pick<ScheduledTask, 'early_start'>[],
): { start: number | null; finish: number | null } {
  let start = Number.POSITIVE_INFINITY;
  for (const t of tasks) if (t.early_start !== null && t.early_start < start) start = t.early_start;
  return { start: Number.isFinite(start) ? start : plan.project_start, finish: plan.project_finish };
}

/** Working-time arithmetic per calendar id, each calendar compiled on first use. */
export function workCalendars(rows: readonly CalendarRow[]): (id: string) => WorkCalendar {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const compiled = new Map<string, WorkCalendar>();
  return (id) => {
    let cal = compiled.get(id);
    if (!cal) {
      const row = byId.get(id);
      if (!row) throw new Error(`calendar ${id} is not loaded`);
      const [calendar] = calendarsOf([row]);
      cal = workCalendar(calendar as Calendar);
      compiled.set(id, cal);
    }
    return cal;
  };
}

/** Signed working minutes from `baseline` to `current` (positive: later); null when either is missing. */
export function slip(cal: WorkCalendar, baseline: number | null, current: number | null): number | null {
  return baseline === null || current === null ? null : cal.workBetween(baseline, current);
}
