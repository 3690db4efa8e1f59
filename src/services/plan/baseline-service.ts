import { type Baseline, type BaselineList, MAX_BASELINES, type SaveBaselineBody } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import { addSeries, type PhasedTaskCost, seriesTotal } from '../../core/money/index.js';
import type { Actor } from '../../core/permissions.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import type { ProjectResource } from '../../core/policy.js';
import { baselineActions } from '../../core/resource-policies.js';
import { listAssignments } from '../../store/repos/assignments-repo.js';
import * as repo from '../../store/repos/baselines-repo.js';
import * as planRepo from '../../store/repos/plan-repo.js';
import type { BaselineRow, BaselineTaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { projectResource } from '../access.js';
import type { ServiceContext } from '../context.js';
import { projectEvent } from '../events/outbox.js';
import { planCosts } from '../money/plan-costs.js';
import { loadProjectFor, projectTarget } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { projectSpan, taskDuration, workCalendars } from './baseline-measure.js';
import { wireDate } from './plan-model.js';
import { loadPlan } from './plan-schedule.js';

/*
 * Baselines: numbered copies (0-10, as in MS Project) of the schedule's dates. Saving one copies the
 * plan but does not change it, so the plan version stays; it is still the planner's call (plan.edit)
 * and audited.
 */

/** The project's baselines, by number. */
export async function listBaselines(ctx: ServiceContext, actor: Actor, projectId: string): Promise<BaselineList> {
  const project = projectResource(actor, await loadProjectFor(ctx.store.db, actor, projectId, 'project.read'));
  return { items: (await repo.listBaselines(ctx.store.db, projectId)).map((b) => toBaseline(actor, project, b)) };
}

/** Saves the current schedule as baseline `number` (default: the lowest free one); an existing one needs `replace`. */
export async function saveBaseline(req: WriteRequest, projectId: string, body: SaveBaselineBody): Promise<Baseline> {
  const { ctx, actor } = req;
  const saved = await runWrite(req, {
    // A baseline is part of the plan: plan.edit, so a closed or cancelled project's baselines are read-only too.
    ...projectTarget(actor, projectId, 'plan.edit'),
    async apply(trx, project) {
      await planRepo.lockPlanRow(trx, projectId);
      const existing = await repo.listBaselines(trx, projectId);
      const number = body.number ?? lowestFree(existing);
      const replaced = existing.find((b) => b.number === number);
      if (replaced && !body.replace) {
        throw new DomainError(
          'conflict',
          `number: baseline ${number} ("${replaced.name}") already exists; send replace: true to overwrite it`,
          { number, baselineId: replaced.id, issues: [{ path: 'number', message: 'is already saved' }] },
        );
      }
      const plan = await planRepo.findPlan(trx, projectId);
      if (!plan)
        throw new DomainError('not_found', `Project ${projectId} has no plan`, { entity: 'plan', id: projectId });
      // Under the plan row's lock: the schedule of the version no write can change meanwhile.
      const { tasks, calendars } = await loadPlan(trx, projectId, { store: ctx.store });
      const calendarOf = workCalendars(calendars);
      const defaultCalendar = calendarOf(plan.default_calendar_id);
      const outline = wbsOutline(tasks.map((t) => ({ id: t.id, parentId: t.parent_id })));
      // Each task's cost and work per day, so planned value is exact at any status date later.
      const costs = await planCosts(trx, await listAssignments(trx, projectId), tasks, (t) =>
        calendarOf(t.calendar_id ?? plan.default_calendar_id),
      );
      const daily = addSeries([...costs.values()].map((c) => c.cost));
      const row: BaselineRow = {
        id: replaced?.id ?? ctx.newId(),
        project_id: projectId,
        number,
        name: body.name,
        saved_at: ctx.now().toISOString(),
        saved_by: actor.userId,
        ...spanColumns(projectSpan(plan, tasks)),
        task_count: tasks.length,
        cost_minor: seriesTotal(daily),
        phased_first_day: daily.firstDay,
        phased_cost: JSON.stringify(daily.values),
      };
      const copies = tasks.map(
        (t, i): BaselineTaskRow => ({
          baseline_id: row.id,
          task_id: t.id,
          name: t.name,
          wbs: outline.wbs[i] as string,
          milestone: t.milestone,
          start: t.early_start,
          finish: t.early_finish,
          duration_minutes: taskDuration(t, outline.summary[i] === 1, defaultCalendar),
          ...phasedColumns(costs.get(t.id)),
        }),
      );
      if (replaced) {
        await repo.deleteBaselineTasks(trx, row.id);
        await repo.updateBaseline(trx, row);
      } else {
        await repo.insertBaseline(trx, row);
      }
      await repo.insertBaselineTasks(trx, copies);
      return { row, replaced, project };
    },
    audit: (_project, { row, replaced }) => ({
      action: 'baseline.save',
      entityType: 'baseline',
      entityId: row.id,
      projectId,
      before: replaced ? snapshot(replaced) : null,
      after: snapshot(row),
    }),
    events: (project, { row, replaced }) => [
      projectEvent('baseline.saved', project, { baselineId: row.id, ...snapshot(row), replaced: Boolean(replaced) }),
    ],
  });
  const view = (await repo.findBaseline(ctx.store.db, projectId, saved.row.id)) as repo.BaselineView;
  return toBaseline(actor, projectResource(actor, saved.project), view);
}

/** Deletes a baseline with its copied tasks. */
export async function deleteBaseline(req: WriteRequest, projectId: string, baselineId: string): Promise<void> {
  const target = projectTarget(req.actor, projectId, 'plan.edit');
  await runWrite(req, {
    load: async (trx) => ({
      project: await target.load(trx),
      before: await findBaselineOrThrow(trx, projectId, baselineId),
    }),
    authorise: ({ project }) => target.authorise(project),
    apply: (trx) => repo.deleteBaseline(trx, baselineId),
    audit: ({ before }) => ({
      action: 'baseline.delete',
      entityType: 'baseline',
      entityId: baselineId,
      projectId,
      before: snapshot(before),
      after: null,
    }),
    events: ({ project, before }) => [
      projectEvent('baseline.deleted', project, { baselineId, number: before.number, name: before.name }),
    ],
  });
}

/** A task's cost columns in a baseline: nothing for a task without dates (it costs nothing yet). */
function phasedColumns(
  c: PhasedTaskCost | undefined,
): Pick<BaselineTaskRow, 'cost_minor' | 'work_minutes' | 'phased_first_day' | 'phased_cost' | 'phased_work'> {
  return c
    ? {
        cost_minor: c.costMinor,
        work_minutes: c.workMinutes,
        phased_first_day: c.cost.firstDay,
        phased_cost: JSON.stringify(c.cost.values),
        phased_work: JSON.stringify(c.work.values),
      }
    : { cost_minor: 0, work_minutes: 0, phased_first_day: null, phased_cost: null, phased_work: null };
}

/** A baseline of this project, or 404. */
export async function findBaselineOrThrow(
  ex: Executor,
  projectId: string,
  baselineId: string,
): Promise<repo.BaselineView> {
  const b = await repo.findBaseline(ex, projectId, baselineId);
  if (!b) {
    throw new DomainError('not_found', `Baseline ${baselineId} not found in this project`, {
      entity: 'baseline',
      id: baselineId,
    });
  }
  return b;
}

/** A baseline as `actor` reads it; `project` is its project as policies see it (a baseline is part of the plan). */
export function toBaseline(actor: Actor, project: ProjectResource, b: repo.BaselineView): Baseline {
  return {
    ...baselineActions(actor, project),
    id: b.id,
    projectId: b.project_id,
    number: b.number,
    name: b.name,
    savedAt: b.saved_at,
    savedById: b.saved_by,
    savedByName: b.saved_by_name,
    projectStart: wireDate(b.project_start),
    projectFinish: wireDate(b.project_finish),
    taskCount: b.task_count,
  };
}

function lowestFree(existing: readonly { number: number }[]): number {
  const taken = new Set(existing.map((b) => b.number));
  for (let n = 0; n < MAX_BASELINES; n++) if (!taken.has(n)) return n;
  throw new DomainError(
    'conflict',
    `number: all ${MAX_BASELINES} baselines (0-${MAX_BASELINES - 1}) are saved; give the number of one to overwrite with replace: true`,
    { issues: [{ path: 'number', message: 'no free baseline number' }] },
  );
}

const spanColumns = (s: { start: number | null; finish: number | null }) => ({
  project_start: s.start,
  project_finish: s.finish,
});

const snapshot = (b: BaselineRow) => ({
  number: b.number,
  name: b.name,
  savedAt: b.saved_at,
  projectStart: wireDate(b.project_start),
  projectFinish: wireDate(b.project_finish),
  taskCount: b.task_count,
});
