import { isDelivered } from './report-state.js';
import {
  type Cadence,
  daysBetween,
  duePeriods,
  periodAt,
  periodContaining,
  type ReportPeriod,
} from './reporting-cadence.js';

/*
 * Where a project stands with its reporting, from its cadence and its reports: the period now,
 * the oldest report owed (due and not submitted: missing, draft or returned) and by how many days.
 * Shared by health's reporting facts, the report list and the reminders, so they cannot disagree.
 */

/** A report as the status needs it. */
export interface ReportMark {
  readonly id: string;
  /** ISO date. */
  readonly periodStart: string;
  readonly state: string;
  /** ISO timestamp. */
  readonly submittedAt: string | null;
}

/** What the status is computed from; dates are ISO dates. */
export interface ReportingInput {
  readonly cadence: Cadence;
  readonly anchor: string;
  /** Reports are owed for periods ending on or after this day (the day the cadence was set). */
  readonly effectiveFrom: string;
  readonly today: string;
  readonly reports: readonly ReportMark[];
}

/** A project's reporting status; dates ISO, days whole calendar days. */
export interface ReportingStatus {
  readonly currentPeriod: ReportPeriod | null;
  /** The oldest period whose report is due and not submitted. */
  readonly owed: ReportPeriod | null;
  /** Due date of the oldest owed report, else of the current (or first) period; null without a cadence. */
  readonly nextDue: string | null;
  readonly overdueDays: number;
  /** The owed period's report, when one was started. */
  readonly overdueReportId: string | null;
  /** ISO timestamp of the latest submit. */
  readonly lastSubmittedAt: string | null;
}

/** The reporting status of one project. */
export function reportingStatus(input: ReportingInput): ReportingStatus {
  const byStart = new Map(input.reports.map((r) => [r.periodStart, r]));
  let lastSubmittedAt: string | null = null;
  for (const r of input.reports) {
    if (r.submittedAt && (!lastSubmittedAt || r.submittedAt > lastSubmittedAt)) lastSubmittedAt = r.submittedAt;
  }
  if (input.cadence === 'none') {
    return { currentPeriod: null, owed: null, nextDue: null, overdueDays: 0, overdueReportId: null, lastSubmittedAt };
  }
  const currentPeriod = periodContaining(input.cadence, input.anchor, input.today);
  const owed =
    duePeriods(input.cadence, input.anchor, input.effectiveFrom, input.today).find(
      (p) => !isDelivered(byStart.get(p.start)?.state ?? 'missing'),
    ) ?? null;
  const upcoming = currentPeriod ?? periodAt(input.cadence, input.anchor, 0);
  return {
    currentPeriod,
    owed,
    nextDue: owed ? owed.end : upcoming.end,
    overdueDays: owed ? Math.max(0, daysBetween(owed.end, input.today)) : 0,
    overdueReportId: owed ? (byStart.get(owed.start)?.id ?? null) : null,
    lastSubmittedAt,
  };
}
