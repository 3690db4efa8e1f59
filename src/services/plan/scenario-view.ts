import type {
  PlanLinkColumns,
  PlanLinks,
  PlanTaskColumns,
  PlanTasks,
  ScenarioImpact,
  ScheduleDocument,
} from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { type ImpactSchedule, scenarioImpact } from '../../core/plan/scenario-impact.js';
import { scheduleJsonDate } from '../../interop/schedule-file.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { TaskRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { workCalendars } from './baseline-measure.js';
import { linkColumnsOf, taskColumnsOf } from './plan-columns.js';
import { toPlanHeader, toPlanLink, toPlanTask } from './plan-model.js';
import {
  liveEdit,
  loadLivePlan,
  loadLiveWithAssignments,
  loadOwnScenario,
  opsOf,
  type ScenarioPlan,
  scenarioPlanOn,
  stepsOf,
} from './scenario-plan.js';
import { cachedScenarioPlan, rememberScenarioPlan } from './scenario-plan-cache.js';
import { scheduleDocumentOf } from './schedule-document.js';

/*
 * Reading a scenario: its schedule (the shape of GET /schedule), its task and link lists and its
 * impact against the live plan as it is now. Nothing is written; the scenario's plan is computed
 * once per (scenario version, live plan version) and kept for the next reads
 * (scenario-plan-cache.ts).
 */

async function openPlan(ctx: ServiceContext, actor: Actor, projectId: string, id: string): Promise<ScenarioPlan> {
  const { project, row } = await loadOwnScenario(ctx.store.db, actor, projectId, id, 'project.read');
  const loaded = await loadLivePlan(ctx, projectId);
  // The view reads tasks, links and impact after each edit: one computation serves all three.
  const cached = cachedScenarioPlan(ctx.store, row.id, row.version, loaded.plan.version);
  if (cached) return cached;
  const live = await loadLiveWithAssignments(ctx, projectId);
  const edit = liveEdit(actor, project, live.loaded, live.assignments);
  const plan = await scenarioPlanOn(ctx, edit, row.name, opsOf(stepsOf(row)));
  rememberScenarioPlan(ctx.store, row.id, row.version, live.loaded.plan.version, plan);
  return plan;
}

/** The scenario's schedule; its header carries the live plan's version (the one it was computed on). */
export async function getScenarioSchedule(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
): Promise<ScheduleDocument> {
  const { diff } = await openPlan(ctx, actor, projectId, id);
  return scheduleDocumentOf(diff.plan, diff.tasks, diff.outline.summary);
}

/**
 * The scenario's tasks in the shape of GET /tasks (the plan view's grid needs their fields, not only
 * the dates /schedule carries); the header carries the live plan's version, as in getScenarioSchedule.
 */
export async function getScenarioTasks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
  format: 'json' | 'columns',
): Promise<PlanTasks | PlanTaskColumns> {
  const { diff } = await openPlan(ctx, actor, projectId, id);
  const names = await repo.userNames(
    ctx.store.db,
    diff.tasks.flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  if (format === 'columns') return taskColumnsOf(diff.plan, diff.tasks, diff.outline, names);
  return { plan: toPlanHeader(diff.plan), tasks: diff.tasks.map((t, i) => toPlanTask(t, i, diff.outline, names)) };
}

/** The scenario's links in the shape of GET /links (columns with `format=columns`). */
export async function getScenarioLinks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
  format: 'json' | 'columns' = 'json',
): Promise<PlanLinks | PlanLinkColumns> {
  const { diff } = await openPlan(ctx, actor, projectId, id);
  if (format === 'columns') return linkColumnsOf(diff.plan, diff.links);
  return { plan: toPlanHeader(diff.plan), links: diff.links.map(toPlanLink) };
}

/** What the scenario changes against the live plan: finish, moved tasks, critical path, milestones, float. */
export async function getScenarioImpact(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  id: string,
): Promise<ScenarioImpact> {
  const { edit, diff } = await openPlan(ctx, actor, projectId, id);
  const { plan, tasks, calendars } = edit.loaded;
  const calendar = workCalendars(calendars)(plan.default_calendar_id);
  const impact = scenarioImpact(
    { finish: plan.project_finish, tasks: impactTasks(tasks) },
    { finish: diff.plan.project_finish, tasks: impactTasks(diff.tasks) },
    (from, to) => calendar.workBetween(from, to),
  );
  const date = scheduleJsonDate;
  return {
    liveVersion: plan.version,
    ...impact,
    finishBefore: date(impact.finishBefore),
    finishAfter: date(impact.finishAfter),
    moved: impact.moved.map((m) => ({
      ...m,
      startBefore: date(m.startBefore),
      startAfter: date(m.startAfter),
      finishBefore: date(m.finishBefore),
      finishAfter: date(m.finishAfter),
    })),
    criticalAdded: [...impact.criticalAdded],
    criticalRemoved: [...impact.criticalRemoved],
    milestones: impact.milestones.map((m) => ({ ...m, before: date(m.before), after: date(m.after) })),
    added: [...impact.added],
    removed: [...impact.removed],
  };
}

function impactTasks(rows: readonly TaskRow[]): ImpactSchedule['tasks'] {
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    earlyStart: t.early_start,
    earlyFinish: t.early_finish,
    totalFloatMinutes: t.total_float,
    critical: t.critical === 1,
    milestone: t.milestone !== 0,
    summary: t.summary === 1,
  }));
}
