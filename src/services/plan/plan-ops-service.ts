import type { PlanChange } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import { type AppliedOps, applyOps, type OpLocator } from '../../core/plan/apply-op.js';
import type { DraftTask, OpEnv, OpResource } from '../../core/plan/plan-draft.js';
import { isProgressOnly, type PlanOp } from '../../core/plan/plan-op.js';
import { policy } from '../../core/policy.js';
import { listMembers } from '../../store/repos/projects-repo.js';
import { listResources } from '../../store/repos/resources-repo.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, projectResource } from '../access.js';
import type { ServiceContext } from '../context.js';
import type { WriteRequest } from '../write-pipeline.js';
import { changePlan, type EditOutcome, type PlanEdit } from './plan-change.js';
import { calendarDayHours } from './plan-draft-rows.js';
import { recordStep } from './plan-history.js';
import { auditOfOps } from './plan-op-audit.js';

/*
 * Every plan write is a list of ops applied here, on changePlan's one transaction: the batch
 * route takes the list as sent, each REST route builds a one-op list. All ops apply or none; the
 * batch goes into the user's undo history with its inverse.
 */

/** How ops name their fields in errors and in the undo history. */
export interface OpsOptions {
  /** Shown as "Undo <label>"; derived from the ops when absent. */
  readonly label?: string;
  /** Names op fields in errors; "ops[3].fields.name" by default. */
  readonly locate?: OpLocator;
  /**
   * Runs in the write's transaction on the locked plan, before the ops apply; throwing leaves
   * nothing written. A scenario's apply checks its conflicts and retires the scenario here, so
   * both happen atomically with the write.
   */
  readonly guard?: (edit: PlanEdit, trx: Executor) => Promise<void>;
}

/** Applies `ops` to the plan atomically and records them for the actor's undo. */
export function applyPlanOps(
  req: WriteRequest,
  projectId: string,
  ops: readonly PlanOp[],
  options: OpsOptions = {},
): Promise<PlanChange> {
  const { ctx, actor } = req;
  const locate = options.locate ?? ((i, path) => `ops[${i}].${path}`);
  return changePlan(req, projectId, {
    permission: ops.every(isProgressOnly) ? 'plan.progress' : 'plan.edit',
    async apply(edit, trx) {
      checkOpAccess(actor, edit, ops, locate);
      await options.guard?.(edit, trx);
      const result = applyOps(edit.draft, ops, await opEnv(ctx, trx, edit, ops), locate);
      return {
        ...outcomeOf(edit, result),
        recorded: (trx, change) =>
          recordStep(ctx, trx, actor, change, { label: options.label ?? labelOf(ops), result }),
      };
    },
  });
}

/** The new draft and the audit entries of applied ops. */
export function outcomeOf(edit: PlanEdit, result: AppliedOps): Omit<EditOutcome, 'recorded'> {
  const names = lazyNames(edit.draft.tasks, result.draft.tasks);
  return { draft: result.draft, audit: auditOfOps(result.applied, names) };
}

/**
 * Planners may send any op. Someone who may only record progress (a team member) may send only
 * progress fields, and only for tasks they are responsible for; the route does not need to know.
 */
export function checkOpAccess(actor: Actor, edit: PlanEdit, ops: readonly PlanOp[], locate: OpLocator): void {
  const resource = projectResource(actor, edit.project);
  if (policy(actor, 'plan.edit', resource).allowed) return;
  if (!ops.every(isProgressOnly)) authorise(actor, 'plan.edit', resource);
  const byId = new Map(edit.draft.tasks.map((t) => [t.id, t]));
  ops.forEach((op, i) => {
    if (op.op !== 'updateTask') return;
    const task = byId.get(op.taskId);
    // An unknown task is reported by applyOps, naming the field.
    if (task && task.responsibleId !== actor.userId) {
      throw new DomainError(
        'forbidden',
        `${locate(i, 'taskId')}: you may record progress only on tasks you are responsible for`,
        { action: 'plan.progress', taskId: task.id },
      );
    }
  });
}

/** What applying `ops` needs from the database: the plan's calendars, and the project's people when an op names one. */
export async function opEnv(
  ctx: ServiceContext,
  trx: Executor,
  edit: PlanEdit,
  ops: readonly PlanOp[],
): Promise<OpEnv> {
  const actor = edit.actor;
  const namesSomeone = ops.some(
    (op) =>
      (op.op === 'updateTask' && op.fields.responsibleId) ||
      (op.op === 'insertTasks' && op.tasks.some((t) => t.responsibleId)),
  );
  const people = new Set<string>();
  if (namesSomeone) {
    for (const m of await listMembers(trx, edit.project.id)) if (m.relation === 'team_member') people.add(m.user_id);
    if (edit.project.manager_id) people.add(edit.project.manager_id);
  }
  const env = { calendars: calendarDayHours(edit.loaded.calendars), people, newId: () => ctx.newId() };
  if (!touchesAssignments(edit, ops)) return env;
  const resources = new Map<string, OpResource>(
    (await listResources(trx, { includeInactive: true })).map((r) => [
      r.id,
      { name: r.name, kind: r.kind, active: r.active === 1, roleId: r.role_id },
    ]),
  );
  const editor = {
    userId: actor.userId,
    at: ctx.now().toISOString(),
    anyRole: isAllowed(actor, 'resource.request.answer'),
  };
  return { ...env, resources, editor };
}

/** Whether the ops name resources or may set off the task type rules on assigned tasks (then the pool is loaded). */
function touchesAssignments(edit: PlanEdit, ops: readonly PlanOp[]): boolean {
  const assigned = edit.draft.assignments.length > 0;
  return ops.some(
    (op) =>
      op.op === 'addAssignments' ||
      op.op === 'updateAssignment' ||
      op.op === 'deleteAssignments' ||
      (assigned && (op.op === 'updateTask' || op.op === 'restoreAssignments')),
  );
}

/** A task's name by id, from the plan after or before the ops (a deleted task keeps its name). */
function lazyNames(before: readonly DraftTask[], after: readonly DraftTask[]): (id: string) => string {
  let names: Map<string, string> | null = null;
  return (id) => {
    names ??= new Map([...before, ...after].map((t) => [t.id, t.name]));
    return names.get(id) ?? id;
  };
}

const LABELS: Record<PlanOp['op'], string> = {
  insertTasks: 'insert task',
  updateTask: 'edit task',
  moveTasks: 'move',
  indentTasks: 'indent',
  outdentTasks: 'outdent',
  deleteTasks: 'delete',
  addLinks: 'link tasks',
  updateLink: 'edit link',
  deleteLinks: 'delete link',
  updatePlan: 'change plan settings',
  addAssignments: 'assign resources',
  updateAssignment: 'edit assignment',
  deleteAssignments: 'remove assignments',
  restoreAssignments: 'restore assignments',
};

/** What "Undo …" says when the client named nothing: the kind of the ops, or "edit plan" for a mix. */
export function labelOf(ops: readonly PlanOp[]): string {
  const kinds = new Set(ops.map((o) => o.op));
  return kinds.size === 1 ? LABELS[(ops[0] as PlanOp).op] : 'edit plan';
}
