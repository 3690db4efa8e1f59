import type { FactTask, ProjectFacts } from '../health/facts.js';
import { plannedWorkMinutes } from '../health/planned-work.js';
import { meanPercentComplete } from '../plan/progress-rollup.js';

/*
 * The figures a status report freezes on submit, measured from the same facts health reads: the
 * forecast finish against the first baseline, % complete planned (by the baseline) against actual,
 * and the milestones ahead and slipped. Dates stay minutes since 1970 local (the service writes
 * them as the wire's date-times); working days are counted on the plan's default calendar.
 */

/** A milestone as a report lists it; dates in minutes. */
export interface FigureMilestone {
  readonly taskId: string;
  readonly name: string;
  /** Forecast (or actual) finish, minutes. */
  readonly date: number | null;
  /** Baseline finish, minutes; null when the milestone is not in the baseline. */
  readonly baselineDate: number | null;
  /** Working days later than the baseline (0 when on time or no baseline). */
  readonly slipDays: number;
}

/** A report's plan figures; dates in minutes, variances in working days, percentages 0-100. */
export interface ReportFigures {
  readonly forecastFinish: number | null;
  readonly baselineFinish: number | null;
  readonly plannedFinish: number | null;
  /** Forecast minus baseline finish, working days (positive: late); null without a baseline. */
  readonly finishVarianceDays: number | null;
  /** % of the baseline's work planned to be done by the status date (or now); null without a baseline. */
  readonly plannedPercentComplete: number | null;
  /** Duration-weighted % complete of the work tasks. */
  readonly actualPercentComplete: number;
  /** Up to 3 unfinished milestones, earliest first. */
  readonly nextMilestones: readonly FigureMilestone[];
  /** Milestones later than their baseline, worst first (at most 10). */
  readonly slippedMilestones: readonly FigureMilestone[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function actualPercent(tasks: readonly FactTask[]): number {
  let done = 0;
  let total = 0;
  let sum = 0;
  let count = 0;
  for (const t of tasks) {
    if (t.summary) continue;
    done += (t.durationMinutes * t.percentComplete) / 100;
    total += t.durationMinutes;
    sum += t.percentComplete;
    count++;
  }
  return meanPercentComplete(done, total, sum, count);
}

function plannedPercent(f: ProjectFacts, asOf: number): number | null {
  if (!f.baseline) return null;
  let due = 0;
  let total = 0;
  for (const t of f.tasks) {
    if (t.summary) continue;
    const b = f.baseline.tasks.get(t.id);
    const planned = b ? plannedWorkMinutes(b, asOf, f.calendar) : null;
    if (planned === null || !b?.durationMinutes) continue;
    total += b.durationMinutes;
    due += planned;
  }
  return total > 0 ? round1((100 * due) / total) : null;
}

/** The figures of `f` as of its status date (or now when the plan has none). */
export function reportFigures(f: ProjectFacts): ReportFigures {
  const asOf = f.statusDate ?? f.now;
  const perDay = f.calendar.minutesPerDay || 480;
  const milestones: FigureMilestone[] = f.tasks
    .filter((t) => t.milestone)
    .map((t) => {
      const baselineDate = f.baseline?.tasks.get(t.id)?.finish ?? null;
      const date = t.actualFinish ?? t.finish;
      const slip = baselineDate !== null && date !== null ? f.calendar.workBetween(baselineDate, date) : 0;
      return { taskId: t.id, name: t.name, date, baselineDate, slipDays: slip > 0 ? round1(slip / perDay) : 0 };
    });
  const open = new Set(f.tasks.filter((t) => t.actualFinish === null && t.percentComplete < 100).map((t) => t.id));
  const baselineFinish = f.baseline?.finish ?? null;
  return {
    forecastFinish: f.projectFinish,
    baselineFinish,
    plannedFinish: f.plannedFinish,
    finishVarianceDays:
      baselineFinish !== null && f.projectFinish !== null
        ? round1(f.calendar.workBetween(baselineFinish, f.projectFinish) / perDay)
        : null,
    plannedPercentComplete: plannedPercent(f, asOf),
    actualPercentComplete: actualPercent(f.tasks),
    nextMilestones: milestones
      .filter((m) => open.has(m.taskId) && m.date !== null)
      .sort((a, b) => (a.date as number) - (b.date as number))
      .slice(0, 3),
    slippedMilestones: milestones
      .filter((m) => m.slipDays > 0)
      .sort((a, b) => b.slipDays - a.slipDays)
      .slice(0, 10),
  };
}
