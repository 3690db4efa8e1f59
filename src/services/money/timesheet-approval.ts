import type { ApproveTimesheetBody, ProjectTimesheetList, ReturnTimesheetBody } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { hoursCost, postHours, weekStartDay } from '../../core/money/timesheet.js';
import type { Actor } from '../../core/permissions.js';
import type { PlanOp } from '../../core/plan/plan-op.js';
import { policy } from '../../core/policy.js';
import { WORK_KINDS } from '../../core/resources/model.js';
import { formatLocalDate } from '../../core/schedule/time.js';
import { listAssignments } from '../../store/repos/assignments-repo.js';
import * as plans from '../../store/repos/plan-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import { resourceOfUser, resourcesByIds } from '../../store/repos/resources-repo.js';
import * as repo from '../../store/repos/timesheets-repo.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, projectResource } from '../access.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';
import { appendEvents, projectEvent } from '../events/outbox.js';
import { workCalendars } from '../plan/baseline-measure.js';
import { wireDate } from '../plan/plan-model.js';
import { applyPlanOps } from '../plan/plan-ops-service.js';
import { readScheduledPlan } from '../plan/plan-schedule.js';
import { loadProjectFor, projectTarget } from '../project-service.js';
import { rateSteps } from '../resources/pool-resource.js';
import { fieldsOfRow } from '../resources/resource-row.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { assertOpen } from './status-periods.js';
import { toLine } from './timesheet-service.js';

/*
 * A project manager's side of timesheets (issue 12): the lines booked on their project, approved
 * or returned with a comment. Approving posts the hours to the plan through the plan's own write
 * (updateTask / updateAssignment ops, one undo step, audited) and marks the lines approved with
 * their cost in that same transaction, so the plan and the timesheets always agree.
 */

const DAY = 1440;

/** The project's lines in a status (its manager, the PMO, and who reads its money). */
export async function projectTimesheets(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  status: 'submitted' | 'approved' | 'returned' | 'all',
): Promise<ProjectTimesheetList> {
  const project = await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  const resource = projectResource(actor, project);
  const canDecide = policy(actor, 'timesheet.approve', resource).allowed;
  if (!canDecide) authorise(actor, 'money.read', resource);
  const rows = await repo.projectLines(ctx.store.db, projectId, status === 'all' ? null : status);
  return {
    canDecide,
    items: rows.map((r) => ({ ...toLine(r), person: { id: r.user_id, name: r.user_name }, weekStart: r.week_start })),
  };
}

/** Approves submitted lines and posts their hours to the plan (retrying when another plan write lands first). */
export async function approveTimesheetLines(
  req: WriteRequest,
  projectId: string,
  body: ApproveTimesheetBody,
): Promise<ProjectTimesheetList> {
  const { ctx, actor } = req;
  // Who may approve is decided before the lines are looked at (the write checks it again).
  const project = await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  authorise(actor, 'timesheet.approve', projectResource(actor, project));
  for (let attempt = 1; ; attempt++) {
    const plan = await plans.findPlan(ctx.store.db, projectId);
    const lines = await submittedLines(ctx.store.db, projectId, body.lineIds);
    const ops = await postingOps(ctx, projectId, lines, body.remaining);
    try {
      if (ops.length === 0) {
        await runWrite(req, {
          ...projectTarget(actor, projectId, 'timesheet.approve'),
          apply: (trx, project) => markApproved(ctx, trx, actor, project, lines),
        });
      } else {
        await applyPlanOps({ ctx, actor, version: plan?.version }, projectId, ops, {
          label: 'post timesheet hours',
          guard: async (edit, trx) => {
            authorise(actor, 'timesheet.approve', projectResource(actor, edit.project));
            await markApproved(ctx, trx, actor, edit.project, lines);
          },
        });
      }
      break;
    } catch (error) {
      const raced =
        error instanceof DomainError && error.code === 'version_conflict' && error.details.entity === 'plan';
      if (!raced || attempt >= 3) throw error;
    }
  }
  return projectTimesheets(ctx, actor, projectId, 'approved');
}

/** Returns submitted lines to their people with a comment; they become editable again. */
export async function returnTimesheetLines(
  req: WriteRequest,
  projectId: string,
  body: ReturnTimesheetBody,
): Promise<ProjectTimesheetList> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...projectTarget(actor, projectId, 'timesheet.approve'),
    async apply(trx, project) {
      const lines = await submittedLines(trx, projectId, body.lineIds);
      await assertLinesOpen(trx, lines);
      const now = ctx.now().toISOString();
      const set = { status: 'returned', decided_by: actor.userId, decided_at: now, comment: body.comment };
      if ((await repo.decideLines(trx, body.lineIds, 'submitted', set)) !== lines.length) throw decidedMeanwhile();
      // A returned line is its owner's to edit again, and a save replaces every editable line: a save
      // based on the week as it was before would drop this one unseen, so the week moves on a version.
      await repo.touchTimesheets(trx, [...new Set(lines.map((l) => l.timesheet_id))], now);
      return { project, lines };
    },
    audit: (_p, { lines }) => ({
      action: 'timesheet.return',
      entityType: 'timesheet',
      entityId: projectId,
      projectId,
      before: null,
      after: { lines: lines.length, minutes: total(lines), comment: body.comment },
    }),
    events: (_p, { project, lines }) => [
      projectEvent('timesheet.returned', project, {
        lineIds: lines.map((l) => l.id),
        userIds: [...new Set(lines.map((l) => l.user_id))],
        comment: body.comment,
      }),
    ],
  });
  return projectTimesheets(ctx, actor, projectId, 'returned');
}

/** Refuses deciding lines with hours on a day of a closed status period. */
async function assertLinesOpen(trx: Executor, lines: readonly repo.TimesheetLineView[]): Promise<void> {
  for (const [i, l] of lines.entries()) {
    const first = weekStartDay(l.week_start, 'weekStart');
    const days = (JSON.parse(l.minutes) as number[]).flatMap((m, d) => (m > 0 ? [formatLocalDate(first + d)] : []));
    await assertOpen(trx, days, `lineIds.${i}`);
  }
}

const total = (lines: readonly repo.TimesheetLineView[]) => lines.reduce((a, l) => a + l.total_minutes, 0);
const decidedMeanwhile = () =>
  new DomainError('conflict', 'Some of these lines were decided meanwhile; reload and try again');

/** The named lines, each of this project and submitted; the first that is not is named. */
async function submittedLines(ex: Executor, projectId: string, ids: readonly string[]) {
  const found = new Map((await repo.projectLinesByIds(ex, projectId, ids)).map((l) => [l.id, l]));
  return ids.map((id, i) => {
    const line = found.get(id);
    if (!line) throw invalidField(`lineIds.${i}`, 'is not a timesheet line of this project');
    if (line.status !== 'submitted') {
      throw new DomainError(
        'invalid_transition',
        `lineIds.${i}: this line is ${line.status}, not waiting for approval`,
      );
    }
    return line;
  });
}

/** The plan ops that post the lines' hours: per task, new work of its assignments, % complete and actual start. */
async function postingOps(
  ctx: ServiceContext,
  projectId: string,
  lines: readonly repo.TimesheetLineView[],
  remaining: ApproveTimesheetBody['remaining'],
): Promise<PlanOp[]> {
  const { plan, tasks, calendars } = await readScheduledPlan(ctx, projectId);
  const byTask = new Map<string, repo.TimesheetLineView[]>();
  for (const l of lines) byTask.set(l.task_id, [...(byTask.get(l.task_id) ?? []), l]);
  const overrides = new Map(remaining.map((r) => [r.taskId, r.remainingWorkMinutes]));
  remaining.forEach((r, i) => {
    if (!byTask.has(r.taskId)) throw invalidField(`remaining.${i}.taskId`, 'has no hours among the lines approved');
  });
  const assignments = await listAssignments(ctx.store.db, projectId);
  const kinds = new Map(
    (await resourcesByIds(ctx.store.db, [...new Set(assignments.map((a) => a.resource_id))])).map((r) => [
      r.id,
      r.kind,
    ]),
  );
  const calendar = workCalendars(calendars);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const ops: PlanOp[] = [];
  for (const [taskId, taskLines] of byTask) {
    const task = taskById.get(taskId);
    // Hours on a task deleted since still count as cost; there is nothing in the plan to post to.
    if (!task) continue;
    let firstDay = Number.POSITIVE_INFINITY;
    for (const l of taskLines) {
      const start = weekStartDay(l.week_start, 'weekStart');
      const i = (JSON.parse(l.minutes) as number[]).findIndex((m) => m > 0);
      if (i >= 0) firstDay = Math.min(firstDay, start + i);
    }
    const cal = calendar(task.calendar_id ?? plan.default_calendar_id);
    const work = assignments.filter(
      (a) => a.task_id === taskId && (WORK_KINDS as readonly string[]).includes(kinds.get(a.resource_id) ?? ''),
    );
    const posting = postHours(
      {
        percentComplete: task.percent_complete,
        actualStart: task.actual_start,
        assignments: work.map((a) => ({ id: a.id, workMinutes: a.work_minutes })),
      },
      total(taskLines),
      cal.nextWorkStart(firstDay * DAY),
      overrides.get(taskId) ?? null,
    );
    for (const w of posting.work) {
      ops.push({ op: 'updateAssignment', assignmentId: w.id, fields: { workMinutes: w.workMinutes } });
    }
    const fields: Record<string, unknown> = {};
    if (posting.percentComplete !== task.percent_complete) fields.percentComplete = posting.percentComplete;
    if (posting.actualStart !== task.actual_start) fields.actualStart = wireDate(posting.actualStart);
    if (Object.keys(fields).length > 0) ops.push({ op: 'updateTask', taskId, fields });
  }
  return ops;
}

/** Marks the lines approved with their cost (the person's rates day by day), audits and tells the project. */
async function markApproved(
  ctx: ServiceContext,
  trx: Executor,
  actor: Actor,
  project: ProjectView,
  lines: readonly repo.TimesheetLineView[],
): Promise<void> {
  const now = ctx.now().toISOString();
  const ids = lines.map((l) => l.id);
  await assertLinesOpen(trx, lines);
  const set = { status: 'approved', decided_by: actor.userId, decided_at: now, comment: '' };
  if ((await repo.decideLines(trx, ids, 'submitted', set)) !== lines.length) throw decidedMeanwhile();
  let cost = 0;
  for (const l of lines) {
    const person = await resourceOfUser(trx, l.user_id);
    const rates = person ? rateSteps(fieldsOfRow(person)) : [];
    const lineCost = hoursCost(JSON.parse(l.minutes) as number[], weekStartDay(l.week_start, 'weekStart'), rates);
    cost += lineCost;
    await repo.setLineCost(trx, l.id, lineCost);
  }
  await recordAudit(ctx, trx, actor.userId, {
    action: 'timesheet.approve',
    entityType: 'timesheet',
    entityId: project.id,
    projectId: project.id,
    before: null,
    after: { lines: lines.length, minutes: total(lines), costMinor: cost },
  });
  await appendEvents(ctx, trx, actor.userId, [
    projectEvent('timesheet.approved', project, {
      lineIds: ids,
      userIds: [...new Set(lines.map((l) => l.user_id))],
      minutes: total(lines),
      costMinor: cost,
    }),
  ]);
}
