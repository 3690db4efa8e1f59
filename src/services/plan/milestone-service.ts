import type { MilestoneList, MilestoneQuery, PortfolioMilestone } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import * as calendarsRepo from '../../store/repos/calendars-repo.js';
import * as repo from '../../store/repos/milestones-repo.js';
import type { ServiceContext } from '../context.js';
import { slip, workCalendars } from './baseline-measure.js';
import { rowDate, wireDate } from './plan-model.js';
import { settleStoredSchedules } from './plan-schedule.js';

/**
 * Milestones across the portfolio: every milestone of every project the caller may read, with its
 * slip against the project's first baseline. A fixed number of queries (milestones, their WBS
 * codes, their calendars) however many projects there are.
 */
export async function listMilestones(ctx: ServiceContext, actor: Actor, q: MilestoneQuery): Promise<MilestoneList> {
  const db = ctx.store.db;
  if (q.from && q.to && q.to < q.from) throw invalidField('to', 'must not be before from');
  // The query selects and filters dates in SQL: first store the dates edits left behind.
  await settleStoredSchedules(ctx);
  const rows = await repo.listMilestones(db, {
    viewerId: actor.userId,
    // PMO and admins read every project; everyone else those they manage or belong to.
    visibleTo: isAllowed(actor, 'project.read') ? null : actor.userId,
    portfolioId: q.portfolioId,
    states: q.state,
    fromMinute: q.from ? (rowDate(`${q.from}T00:00`) as number) : undefined,
    toMinute: q.to ? (rowDate(`${q.to}T00:00`) as number) + 1440 : undefined,
  });
  const [wbs, calendars] = await Promise.all([
    repo.milestoneWbs(
      db,
      rows.map((r) => r.project_id),
    ),
    calendarsRepo.findCalendars(
      db,
      rows.map((r) => r.calendar_id),
    ),
  ]);
  const work = workCalendars(calendars);
  const wanted = q.status?.length ? new Set(q.status) : null;
  const items = rows
    .map((r): PortfolioMilestone => {
      const slipMinutes = slip(work(r.calendar_id), r.baseline_finish, r.early_finish);
      return {
        projectId: r.project_id,
        projectCode: r.project_code,
        projectName: r.project_name,
        projectState: r.project_state as PortfolioMilestone['projectState'],
        portfolioId: r.portfolio_id,
        portfolioName: r.portfolio_name,
        taskId: r.task_id,
        name: r.name,
        wbs: wbs.get(r.task_id) ?? '',
        date: wireDate(r.early_finish),
        baselineDate: wireDate(r.baseline_finish),
        slipMinutes,
        critical: r.critical === 1,
        deadline: wireDate(r.deadline),
        status:
          r.actual_finish !== null
            ? 'done'
            : r.baseline_finish === null
              ? 'no_baseline'
              : (slipMinutes ?? 0) > 0
                ? 'slipped'
                : 'on_track',
      };
    })
    .filter((m) => wanted === null || wanted.has(m.status));
  // By date (undated last), then by project and WBS position so equal dates read in plan order.
  const position = new Map(rows.map((r) => [r.task_id, r.position]));
  items.sort(
    (a, b) =>
      (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
      a.projectCode.localeCompare(b.projectCode) ||
      (position.get(a.taskId) as number) - (position.get(b.taskId) as number),
  );
  return { items, projectCount: new Set(items.map((m) => m.projectId)).size };
}
