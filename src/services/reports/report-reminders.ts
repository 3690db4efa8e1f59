import { isControlled } from '../../core/health/metrics/schedule-metrics.js';
import { isDelivered } from '../../core/reports/report-state.js';
import { daysBetween } from '../../core/reports/reporting-cadence.js';
import { reportingStatus } from '../../core/reports/reporting-status.js';
import { preferencesOf } from '../../store/repos/notifications-repo.js';
import * as repo from '../../store/repos/status-reports-repo.js';
import { inTransaction } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { byProject } from '../health/plan-facts.js';
import { NOTIFICATION_CHANNEL_LIST } from '../notifications/notification-channel.js';
import { choiceOf } from '../notifications/notification-preferences.js';
import type { NotificationDraft } from '../notifications/notification-rules.js';
import { anchorOf, effectiveReporting } from './reporting-settings.js';

/** How many days before its due date a report's manager is reminded. */
export const DUE_SOON_DAYS = 2;

const CONTROLLED_STATES = ['approved', 'planning', 'executing', 'on_hold', 'closing'].filter(isControlled);

interface Reminder {
  readonly projectId: string;
  readonly periodStart: string;
  readonly kind: 'due_soon' | 'overdue';
  readonly draft: NotificationDraft;
}

/**
 * Reminds managers of status reports: once when the current period's report is due within
 * DUE_SOON_DAYS and not submitted, once when a period's report is overdue. Each reminder is claimed
 * by inserting its (project, period, kind) row first, so a repeated sweep, a restart or another
 * process sweeping at the same moment sends it no second time. Answers how many were sent.
 */
export async function sweepReportReminders(ctx: ServiceContext): Promise<number> {
  const db = ctx.store.db;
  const projects = await repo.reminderProjects(db, CONTROLLED_STATES);
  if (projects.length === 0) return 0;
  const ids = projects.map((p) => p.id);
  const portfolioIds = [...new Set(projects.map((p) => p.portfolio_id).filter((x): x is string => x !== null))];
  const [settings, reports] = await Promise.all([repo.settingsOf(db, ids, portfolioIds), repo.reportStatesOf(db, ids)]);
  const own = new Map(settings.filter((s) => s.scope_type === 'project').map((s) => [s.scope_id, s]));
  const ofPortfolio = new Map(settings.filter((s) => s.scope_type === 'portfolio').map((s) => [s.scope_id, s]));
  const reportsOf = byProject(reports);
  const today = ctx.now().toISOString().slice(0, 10);
  const due: Reminder[] = [];
  for (const p of projects) {
    const eff = effectiveReporting(own.get(p.id), p.portfolio_id ? ofPortfolio.get(p.portfolio_id) : undefined);
    if (eff.cadence === 'none') continue;
    const marks = (reportsOf.get(p.id) ?? []).map((r) => ({
      id: r.id,
      periodStart: r.period_start,
      state: r.state,
      submittedAt: r.submitted_at,
    }));
    const status = reportingStatus({
      cadence: eff.cadence,
      anchor: anchorOf(eff, p),
      effectiveFrom: eff.effectiveFrom,
      today,
      reports: marks,
    });
    const link = `/projects/${p.id}/reports`;
    const tell = (kind: Reminder['kind'], periodStart: string, title: string, body: string) =>
      due.push({
        projectId: p.id,
        periodStart,
        kind,
        draft: {
          userId: p.manager_id,
          kind: kind === 'overdue' ? 'report.overdue' : 'report.due',
          title,
          body,
          link,
          projectId: p.id,
          eventSeq: null,
        },
      });
    if (status.owed) {
      tell(
        'overdue',
        status.owed.start,
        `${p.code} status report overdue`,
        `The report for ${status.owed.start} to ${status.owed.end} was due on ${status.owed.end} (${status.overdueDays} days ago).`,
      );
    }
    const current = status.currentPeriod;
    if (current) {
      const left = daysBetween(today, current.end);
      const delivered = isDelivered(marks.find((m) => m.periodStart === current.start)?.state ?? 'missing');
      // Only periods owed under the cadence: one ending before it was set is not asked for.
      if (!delivered && left >= 0 && left <= DUE_SOON_DAYS && current.end >= eff.effectiveFrom) {
        tell(
          'due_soon',
          current.start,
          `${p.code} status report due ${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`}`,
          `The report for ${current.start} to ${current.end} of ${p.name} is due on ${current.end}.`,
        );
      }
    }
  }
  let sent = 0;
  const choices = await preferencesOf(db, [...new Set(due.map((r) => r.draft.userId))]);
  const sentAt = ctx.now().toISOString();
  for (const r of due) {
    const claimed = await inTransaction(db, async (trx) => {
      const row = { project_id: r.projectId, period_start: r.periodStart, kind: r.kind, sent_at: sentAt };
      if (!(await repo.claimReminder(trx, row))) return false;
      for (const channel of NOTIFICATION_CHANNEL_LIST) {
        if (choiceOf(choices, r.draft.userId, r.draft.kind, channel.name)) await channel.deliver(ctx, trx, [r.draft]);
      }
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
