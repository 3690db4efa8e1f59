import type { FactBaselineTask, FactCalendar, ProjectFacts } from './facts.js';

/**
 * Working minutes of a baseline task planned done by the status date: all of it once its
 * baseline finish has passed, none before its start, the working time elapsed in between.
 */
export function plannedWorkMinutes(
  b: FactBaselineTask & { start: number; finish: number; durationMinutes: number },
  statusDate: number,
  calendar: FactCalendar,
): number {
  if (statusDate >= b.finish) return b.durationMinutes;
  if (statusDate <= b.start) return 0;
  return Math.min(b.durationMinutes, calendar.workBetween(b.start, statusDate));
}

/** What the dashboard shows of a project's schedule next to its health. Dates are plan minutes. */
export interface ProgressSummary {
  readonly forecastFinish: number | null;
  readonly baselineFinish: number | null;
  /** Duration-weighted % complete of work tasks (0–100), or null without work tasks. */
  readonly percentComplete: number | null;
  /** The % the baseline planned done by the status date, or null without baseline or status date. */
  readonly percentPlanned: number | null;
  /** The earliest unfinished milestone. */
  readonly nextMilestone: { readonly taskId: string; readonly name: string; readonly date: number } | null;
}

/** Sums a project's progress from its facts (the same weights as the schedule performance metric). */
export function progressSummary(f: ProjectFacts): ProgressSummary {
  let weight = 0;
  let done = 0;
  let plannedWeight = 0;
  let planned = 0;
  let next: ProgressSummary['nextMilestone'] = null;
  for (const t of f.tasks) {
    if (t.milestone) {
      if (t.actualFinish === null && t.finish !== null && (next === null || t.finish < next.date))
        next = { taskId: t.id, name: t.name, date: t.finish };
      continue;
    }
    if (t.summary) continue;
    weight += t.durationMinutes;
    done += (t.durationMinutes * t.percentComplete) / 100;
    const b = f.baseline?.tasks.get(t.id);
    if (f.statusDate === null || !b || b.start === null || b.finish === null || !b.durationMinutes) continue;
    plannedWeight += b.durationMinutes;
    planned += plannedWorkMinutes(
      { ...b, start: b.start, finish: b.finish, durationMinutes: b.durationMinutes },
      f.statusDate,
      f.calendar,
    );
  }
  const pct = (a: number, w: number) => (w > 0 ? Math.round((a / w) * 1000) / 10 : null);
  return {
    forecastFinish: f.projectFinish,
    baselineFinish: f.baseline?.finish ?? null,
    percentComplete: pct(done, weight),
    percentPlanned: pct(planned, plannedWeight),
    nextMilestone: next,
  };
}
