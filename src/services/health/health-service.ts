import type { HealthHistory, PortfolioHealth, PortfolioHealthItem, ProjectHealthView } from '../../contracts/index.js';
import type { ProjectHealth } from '../../core/health/model.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import { policy } from '../../core/policy.js';
import { reportFigures } from '../../core/reports/report-figures.js';
import { healthSubjects } from '../../store/repos/health-facts-repo.js';
import * as repo from '../../store/repos/health-repo.js';
import { listProjects } from '../../store/repos/projects-repo.js';
import type { Executor } from '../../store/transaction.js';
import { projectNotFound, projectResource } from '../access.js';
import type { ServiceContext } from '../context.js';
import { wireDate } from '../plan/plan-model.js';
import { findReadableProject } from '../project-service.js';
import { subjectOf } from './fact-source.js';
import { currentTrend, type Evaluated, evaluateProjects } from './health-evaluation.js';

const MAX_PROJECTS = 10_000;

/** One project's health now with the facts it was measured on, for other services (status report snapshots). */
export async function evaluateProjectNow(ctx: ServiceContext, db: Executor, projectId: string): Promise<Evaluated> {
  const [project] = await healthSubjects(db, [projectId]);
  if (!project) throw projectNotFound(projectId);
  return (await evaluateProjects(ctx, db, [subjectOf(project)])).get(projectId) as Evaluated;
}

/** One project's health now, for other services (status reports, corrective action checks). */
export async function projectHealthNow(ctx: ServiceContext, db: Executor, projectId: string): Promise<ProjectHealth> {
  return (await evaluateProjectNow(ctx, db, projectId)).health;
}

/** GET /api/projects/{id}/health. */
export async function getProjectHealth(ctx: ServiceContext, actor: Actor, id: string): Promise<ProjectHealthView> {
  const db = ctx.store.db;
  const project = await findReadableProject(db, actor, id);
  const e = (await evaluateProjects(ctx, db, [subjectOf(project)])).get(id) as Evaluated;
  const [latest] = await repo.listSnapshots(db, id, 1);
  const canOverride = policy(actor, 'health.override', projectResource(actor, project)).allowed;
  return {
    projectId: id,
    overall: e.health.overall,
    computedOverall: e.computedOverall,
    evaluatedAt: e.health.evaluatedAt,
    trend: currentTrend(e, latest),
    dimensions: e.health.dimensions.map((d) => ({ ...d, reasons: [...d.reasons] })) as ProjectHealthView['dimensions'],
    metrics: { ...e.health.metrics },
    allowedActions: canOverride ? ['health.override'] : [],
  };
}

/** GET /api/projects/{id}/health/history: the evaluations kept, newest first. */
export async function getHealthHistory(ctx: ServiceContext, actor: Actor, id: string): Promise<HealthHistory> {
  await findReadableProject(ctx.store.db, actor, id);
  const rows = await repo.listSnapshots(ctx.store.db, id, 200);
  return {
    items: rows.map((r) => ({
      evaluatedAt: r.evaluated_at,
      overall: r.overall as HealthHistory['items'][number]['overall'],
      dimensions: Object.fromEntries(
        (JSON.parse(r.dimensions) as { key: string; rag: HealthHistory['items'][number]['overall'] }[]).map((d) => [
          d.key,
          d.rag,
        ]),
      ),
    })),
  };
}

/** GET /api/portfolio/health: every project the caller may read (in one portfolio if asked), evaluated in one pass. */
export async function getPortfolioHealth(
  ctx: ServiceContext,
  actor: Actor,
  q: { portfolioId?: string | undefined },
): Promise<PortfolioHealth> {
  const db = ctx.store.db;
  const { rows } = await listProjects(db, {
    viewerId: actor.userId,
    visibleTo: isAllowed(actor, 'project.read') ? null : actor.userId,
    portfolioId: q.portfolioId,
    sort: 'code',
    limit: MAX_PROJECTS,
    offset: 0,
  });
  const evaluated = await evaluateProjects(ctx, db, rows.map(subjectOf));
  const latest = new Map(
    (
      await repo.latestSnapshots(
        db,
        rows.map((r) => r.id),
      )
    ).map((s) => [s.project_id, s]),
  );
  const items = rows.map((p): PortfolioHealthItem => {
    const e = evaluated.get(p.id) as Evaluated;
    const s = reportFigures(e.facts);
    const next = s.nextMilestones[0];
    const snap = latest.get(p.id);
    return {
      projectId: p.id,
      code: p.code,
      name: p.name,
      state: p.state as PortfolioHealthItem['state'],
      portfolioId: p.portfolio_id,
      portfolioName: p.portfolio_name,
      managerId: p.manager_id,
      managerName: p.manager_name,
      overall: e.health.overall,
      computedOverall: e.computedOverall,
      trend: currentTrend(e, snap),
      dimensions: e.health.dimensions as PortfolioHealthItem['dimensions'],
      metrics: { ...e.health.metrics },
      forecastFinish: wireDate(s.forecastFinish),
      baselineFinish: wireDate(s.baselineFinish),
      percentComplete: e.facts.tasks.length > 0 ? s.actualPercentComplete : null,
      percentPlanned: s.plannedPercentComplete,
      nextMilestone: next ? { taskId: next.taskId, name: next.name, date: wireDate(next.date) as string } : null,
      lastReportAt: e.facts.reporting?.lastSubmittedAt ?? null,
      reportDue: e.facts.reporting?.nextDue ?? null,
      reportOverdueDays: e.facts.reporting?.nextDue ? e.facts.reporting.overdueDays : null,
      openActions: e.facts.actions?.open ?? 0,
      overdueActions: e.facts.actions?.overdue.length ?? 0,
    };
  });
  return { evaluatedAt: ctx.now().toISOString(), items };
}
