import type { FactTask, ProjectFacts } from '../facts.js';
import { type HealthMetric, NOT_APPLICABLE } from '../metric.js';
import type { HealthLink, Measurement } from '../model.js';
import { plannedWorkMinutes } from '../planned-work.js';

/*
 * Schedule metrics measured from the stored schedule and the project's first baseline. Working
 * days are counted on the plan's default calendar. Projects not yet planned or already finished
 * (proposed, closed, cancelled) measure nothing: their schedule is not being controlled.
 */

const CONTROLLED = new Set(['approved', 'planning', 'executing', 'on_hold', 'closing']);
const MAX_LINKS = 50;

/** Whether schedule health applies to a project in `state`. */
export function isControlled(state: string): boolean {
  return CONTROLLED.has(state);
}

function days(facts: ProjectFacts, minutes: number): number {
  return Math.round((minutes / facts.calendar.minutesPerDay) * 10) / 10;
}

function taskLinks(tasks: readonly FactTask[], kind: HealthLink['kind'] = 'task'): HealthLink[] {
  return tasks.slice(0, MAX_LINKS).map((t) => ({ kind, id: t.id, label: t.name }));
}

function measured(facts: ProjectFacts, fn: (f: ProjectFacts) => Measurement): Measurement {
  return isControlled(facts.state) ? fn(facts) : NOT_APPLICABLE;
}

/** Forecast finish minus the baseline finish, in working days (positive: late). */
export const finishVarianceDays: HealthMetric = {
  key: 'finishVarianceDays',
  name: 'Finish variance against the baseline',
  unit: 'days',
  dimension: 'schedule',
  description: "Working days from the baseline's finish to the forecast finish; positive when late.",
  measure: (facts) =>
    measured(facts, (f) => {
      if (!f.baseline || f.baseline.finish === null || f.projectFinish === null) return NOT_APPLICABLE;
      return { value: days(f, f.calendar.workBetween(f.baseline.finish, f.projectFinish)) };
    }),
};

/** Finish variance as a percentage of the baseline's duration. */
export const finishVariancePercent: HealthMetric = {
  key: 'finishVariancePercent',
  name: 'Finish variance, % of baseline duration',
  unit: 'percent',
  dimension: 'schedule',
  description: "The finish variance in working time as a percentage of the baseline's working duration.",
  measure: (facts) =>
    measured(facts, (f) => {
      const b = f.baseline;
      if (!b || b.finish === null || b.start === null || f.projectFinish === null) return NOT_APPLICABLE;
      const span = f.calendar.workBetween(b.start, b.finish);
      if (span <= 0) return NOT_APPLICABLE;
      const pct = (f.calendar.workBetween(b.finish, f.projectFinish) / span) * 100;
      return { value: Math.round(pct * 10) / 10 };
    }),
};

/** Forecast finish minus the charter's planned finish, in working days. */
export const forecastVsCharterDays: HealthMetric = {
  key: 'forecastVsCharterDays',
  name: "Forecast finish against the charter's planned finish",
  unit: 'days',
  dimension: 'schedule',
  description: "Working days from the charter's planned finish to the forecast finish; positive when later.",
  measure: (facts) =>
    measured(facts, (f) => {
      if (f.plannedFinish === null || f.projectFinish === null) return NOT_APPLICABLE;
      return { value: days(f, f.calendar.workBetween(f.plannedFinish, f.projectFinish)) };
    }),
};

interface MilestoneSlip {
  readonly task: FactTask;
  readonly slipMinutes: number;
  readonly overdue: boolean;
}

/** Milestones later than their baseline, or not done though their baseline date has passed. */
function lateMilestones(f: ProjectFacts): MilestoneSlip[] | null {
  if (!f.baseline) return null;
  const asOf = f.statusDate ?? f.now;
  const late: MilestoneSlip[] = [];
  for (const t of f.tasks) {
    if (!t.milestone) continue;
    const b = f.baseline.tasks.get(t.id);
    if (!b || b.finish === null) continue;
    const at = t.actualFinish ?? t.finish;
    const slipMinutes = at === null ? 0 : f.calendar.workBetween(b.finish, at);
    const overdue = t.actualFinish === null && b.finish < asOf;
    if (slipMinutes > 0 || overdue) late.push({ task: t, slipMinutes: Math.max(0, slipMinutes), overdue });
  }
  return late.sort((a, b) => b.slipMinutes - a.slipMinutes);
}

/** How many milestones slipped past their baseline date or are overdue. */
export const milestonesSlipped: HealthMetric = {
  key: 'milestonesSlipped',
  name: 'Milestones slipped or overdue',
  unit: 'count',
  dimension: 'schedule',
  description:
    'Milestones forecast (or finished) after their baseline date, and unfinished milestones whose baseline date is before the status date.',
  measure: (facts) =>
    measured(facts, (f) => {
      const late = lateMilestones(f);
      if (late === null) return NOT_APPLICABLE;
      return {
        value: late.length,
        links: taskLinks(
          late.map((m) => m.task),
          'milestone',
        ),
      };
    }),
};

/** The largest milestone slip, in working days. */
export const milestoneWorstSlipDays: HealthMetric = {
  key: 'milestoneWorstSlipDays',
  name: 'Worst milestone slip',
  unit: 'days',
  dimension: 'schedule',
  description: 'The largest slip of a milestone against its baseline date, in working days.',
  measure: (facts) =>
    measured(facts, (f) => {
      const late = lateMilestones(f);
      if (late === null) return NOT_APPLICABLE;
      const worst = late[0];
      if (!worst) return { value: 0 };
      return { value: days(f, worst.slipMinutes), links: taskLinks([worst.task], 'milestone') };
    }),
};

/** Unfinished work tasks whose total float is negative. */
export const negativeFloatTasks: HealthMetric = {
  key: 'negativeFloatTasks',
  name: 'Tasks with negative float',
  unit: 'count',
  dimension: 'schedule',
  description:
    'Unfinished tasks (not summaries) whose total float is below zero: a constraint or deadline cannot be met.',
  measure: (facts) =>
    measured(facts, (f) => {
      const tasks = f.tasks.filter(
        (t) => !t.summary && t.actualFinish === null && t.totalFloatMinutes !== null && t.totalFloatMinutes < 0,
      );
      tasks.sort((a, b) => (a.totalFloatMinutes as number) - (b.totalFloatMinutes as number));
      return { value: tasks.length, links: taskLinks(tasks) };
    }),
};

/**
 * Earned duration over planned duration at the status date (an SPI from progress): each work task
 * earns its baseline duration × % complete, and was planned to have done the working time of its
 * baseline span that lies before the status date.
 */
export const schedulePerformance: HealthMetric = {
  key: 'schedulePerformance',
  name: 'Schedule performance (earned duration / planned duration)',
  unit: 'ratio',
  dimension: 'schedule',
  description:
    'Baseline duration earned by progress, over the baseline duration planned to be done by the status date (1 = on plan, below 1 = behind).',
  measure: (facts) =>
    measured(facts, (f) => {
      if (!f.baseline || f.statusDate === null) return NOT_APPLICABLE;
      let earned = 0;
      let planned = 0;
      const behind: { task: FactTask; gap: number }[] = [];
      for (const t of f.tasks) {
        if (t.summary || t.milestone) continue;
        const b = f.baseline.tasks.get(t.id);
        const due = b ? plannedWorkMinutes(b, f.statusDate, f.calendar) : null;
        if (due === null || !b?.durationMinutes) continue;
        const done = (b.durationMinutes * t.percentComplete) / 100;
        planned += due;
        earned += done;
        if (due - done > 0) behind.push({ task: t, gap: due - done });
      }
      if (planned <= 0) return NOT_APPLICABLE;
      behind.sort((a, b) => b.gap - a.gap);
      return {
        value: Math.round((earned / planned) * 100) / 100,
        links: taskLinks(behind.map((x) => x.task)),
      };
    }),
};

/** Calendar days since the status date, for projects under way. */
export const statusDateAgeDays: HealthMetric = {
  key: 'statusDateAgeDays',
  name: 'Age of the status date',
  unit: 'days',
  dimension: 'reporting',
  description:
    'Calendar days from the status date (the date progress was last recorded to) to today, for executing projects.',
  measure: (f) => {
    if (f.state !== 'executing' || f.statusDate === null) return NOT_APPLICABLE;
    return { value: Math.max(0, Math.floor((f.now - f.statusDate) / 1440)) };
  },
};

/** 1 when a project executes without a baseline to measure it against. */
export const executingWithoutBaseline: HealthMetric = {
  key: 'executingWithoutBaseline',
  name: 'Executing without a baseline',
  unit: 'count',
  dimension: 'schedule',
  description: 'Is 1 when the project is executing and has no baseline saved.',
  measure: (f) => (f.state === 'executing' ? { value: f.baseline ? 0 : 1 } : NOT_APPLICABLE),
};
