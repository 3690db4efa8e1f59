import type { ReportSnapshot } from '../../contracts/index.js';
import type { ProjectHealth } from '../../core/health/model.js';
import { type FigureMilestone, reportFigures } from '../../core/reports/report-figures.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { evaluateProjectNow } from '../health/health-service.js';
import { wireDate } from '../plan/plan-model.js';

/*
 * What a report freezes on submit: the plan's figures (from the same facts health measures) and
 * the computed health with its reasons. Taken before the submit's transaction (reading the plan
 * settles stored schedules, which writes); the submit then only stores it.
 */

function milestone(m: FigureMilestone) {
  return {
    taskId: m.taskId,
    name: m.name,
    date: wireDate(m.date),
    baselineDate: wireDate(m.baselineDate),
    slipDays: m.slipDays,
  };
}

/** The snapshot's health part: dimensions with their reasons (links left out: the snapshot is a record). */
export function snapshotHealth(h: ProjectHealth | null): ReportSnapshot['health'] {
  if (!h) return null;
  return {
    overall: h.overall,
    evaluatedAt: h.evaluatedAt,
    dimensions: h.dimensions.map((d) => ({
      key: d.key,
      rag: d.rag,
      computedRag: d.computedRag,
      reasons: d.reasons.map((r) => ({
        ruleId: r.ruleId,
        rag: r.rag,
        message: r.message,
        value: r.value,
        threshold: r.threshold,
      })),
    })),
  };
}

/** The project's figures and health now. */
export async function takeSnapshot(ctx: ServiceContext, db: Executor, project: ProjectView): Promise<ReportSnapshot> {
  // One evaluation gives both the figures' facts and the health they are judged by.
  const { facts, health } = await evaluateProjectNow(ctx, db, project.id);
  const takenAt = ctx.now().toISOString();
  const f = reportFigures(facts);
  return {
    takenAt,
    forecastFinish: wireDate(f.forecastFinish),
    baselineFinish: wireDate(f.baselineFinish),
    plannedFinish: wireDate(f.plannedFinish),
    finishVarianceDays: f.finishVarianceDays,
    plannedPercentComplete: f.plannedPercentComplete,
    actualPercentComplete: f.actualPercentComplete,
    nextMilestones: f.nextMilestones.map(milestone),
    slippedMilestones: f.slippedMilestones.map(milestone),
    health: snapshotHealth(health),
  };
}
