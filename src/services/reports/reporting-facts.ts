import { reportingStatus } from '../../core/reports/reporting-status.js';
import * as repo from '../../store/repos/status-reports-repo.js';
import type { FactSection, FactSource } from '../health/fact-source.js';
import { byProject } from '../health/plan-facts.js';
import { anchorOf, effectiveReporting } from './reporting-settings.js';

/**
 * Health's `reporting` facts: when the next report is due, how overdue the oldest owed one is,
 * and when the last was submitted (a PM's RAG override expires then). Four queries however many
 * projects: settings and reports' states (chunked by id); the period anchors come with the projects.
 */
export const reportingFacts: FactSource = {
  name: 'reporting',
  async load(_ctx, db, projects, now) {
    const ids = projects.map((p) => p.id);
    const portfolioIds = [...new Set(projects.map((p) => p.portfolioId).filter((x): x is string => x !== null))];
    const [settings, reports] = await Promise.all([
      repo.settingsOf(db, ids, portfolioIds),
      repo.reportStatesOf(db, ids),
    ]);
    const own = new Map(settings.filter((s) => s.scope_type === 'project').map((s) => [s.scope_id, s]));
    const ofPortfolio = new Map(settings.filter((s) => s.scope_type === 'portfolio').map((s) => [s.scope_id, s]));
    const reportsOf = byProject(reports);
    const today = now.toISOString().slice(0, 10);
    const out = new Map<string, FactSection>();
    for (const p of projects) {
      const eff = effectiveReporting(own.get(p.id), p.portfolioId ? ofPortfolio.get(p.portfolioId) : undefined);
      const status = reportingStatus({
        cadence: eff.cadence,
        anchor: anchorOf(eff, { planned_start: p.plannedStart, created_at: p.createdAt }),
        effectiveFrom: eff.effectiveFrom,
        today,
        reports: (reportsOf.get(p.id) ?? []).map((r) => ({
          id: r.id,
          periodStart: r.period_start,
          state: r.state,
          submittedAt: r.submitted_at,
        })),
      });
      out.set(p.id, {
        reporting: {
          nextDue: status.nextDue,
          overdueDays: status.overdueDays,
          lastSubmittedAt: status.lastSubmittedAt,
          overdueReportId: status.overdueReportId,
        },
      });
    }
    return out;
  },
};
