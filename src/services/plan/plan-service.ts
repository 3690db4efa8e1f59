import type { PlanLinks, PlanTasks, ScheduleDocument, UpdatePlanSettingsBody } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import type { WriteRequest } from '../write-pipeline.js';
import { outlineNodes } from './plan-change.js';
import { columnsDocumentText, linkColumnSetOf, taskColumnSetOf } from './plan-columns.js';
import { toPlanHeader, toPlanLink, toPlanTask } from './plan-model.js';
import { applyPlanOps } from './plan-ops-service.js';
import { readScheduledPlan } from './plan-schedule.js';
import { wireTextOf } from './plan-wire-cache.js';
import { scheduleDocumentOf } from './schedule-document.js';

async function readPlan(ctx: ServiceContext, actor: Actor, projectId: string) {
  const db = ctx.store.db;
  await loadProjectFor(db, actor, projectId, 'project.read');
  const plan = await repo.findPlan(db, projectId);
  if (!plan) throw invalidField('id', 'this project has no plan');
  return plan;
}

/** The plan as committed with its current schedule, after the read permission check. */
async function readScheduled(ctx: ServiceContext, actor: Actor, projectId: string) {
  await readPlan(ctx, actor, projectId);
  return readScheduledPlan(ctx, projectId);
}

/** Every task of the plan in WBS order, with its scheduled dates. */
export async function getTasks(ctx: ServiceContext, actor: Actor, projectId: string): Promise<PlanTasks> {
  const { plan, tasks } = await readScheduled(ctx, actor, projectId);
  const outline = wbsOutline(outlineNodes(tasks));
  const names = await repo.userNames(
    ctx.store.db,
    tasks.flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  return { plan: toPlanHeader(plan), tasks: tasks.map((t, i) => toPlanTask(t, i, outline, names)) };
}

/**
 * Every task of the plan in WBS order, column by column (the plan view's compact list), as JSON
 * text: the columns of a version are serialised once (plan-wire-cache.ts), the header and the
 * responsible people's names on every read.
 */
export async function getTaskColumnsText(ctx: ServiceContext, actor: Actor, projectId: string): Promise<string> {
  const { plan, tasks } = await readScheduled(ctx, actor, projectId);
  const names = await repo.userNames(
    ctx.store.db,
    tasks.flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  const columns = wireTextOf(tasks, () => taskColumnSetOf(tasks, wbsOutline(outlineNodes(tasks))));
  const head = { plan: toPlanHeader(plan), format: 'columns', count: tasks.length, people: Object.fromEntries(names) };
  return columnsDocumentText(head, columns);
}

/** Every link of the plan (from the plan rows cache when it holds the current version). */
export async function getLinks(ctx: ServiceContext, actor: Actor, projectId: string): Promise<PlanLinks> {
  const { plan, links } = await readScheduled(ctx, actor, projectId);
  return { plan: toPlanHeader(plan), links: links.map(toPlanLink) };
}

/** Every link of the plan column by column, as JSON text (the columns serialised once per version). */
export async function getLinkColumnsText(ctx: ServiceContext, actor: Actor, projectId: string): Promise<string> {
  const { plan, links } = await readScheduled(ctx, actor, projectId);
  const columns = wireTextOf(links, () => linkColumnSetOf(links));
  return columnsDocumentText({ plan: toPlanHeader(plan), format: 'columns', count: links.length }, columns);
}

/** The scheduled plan in the shape `gantry schedule --json` prints. */
export async function getSchedule(ctx: ServiceContext, actor: Actor, projectId: string): Promise<ScheduleDocument> {
  const { plan, tasks } = await readScheduled(ctx, actor, projectId);
  return scheduleDocumentOf(plan, tasks, wbsOutline(outlineNodes(tasks)).summary);
}

/** Changes the project start, status date or default calendar, and reschedules: one op on the op path. */
export function updatePlanSettings(req: WriteRequest, projectId: string, body: UpdatePlanSettingsBody) {
  const { version: _, ...fields } = body;
  return applyPlanOps(req, projectId, [{ op: 'updatePlan', fields }], {
    locate: (_, path) => path.replace(/^fields\./, ''),
  });
}
