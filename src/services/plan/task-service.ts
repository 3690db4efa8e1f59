import type {
  CreateTasksBody,
  MoveTasksBody,
  PlanChange,
  TaskIdsBody,
  UpdateTaskBody,
  UpdateTasksBody,
} from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { OpLocator } from '../../core/plan/apply-op.js';
import type { ServiceContext } from '../context.js';
import { applyPlanOps } from './plan-ops-service.js';

/*
 * The task routes, each a thin adapter onto the one op path (applyPlanOps): the body becomes a
 * one-op list (a bulk edit, one op per task) and errors keep naming the route's own fields.
 */

/** The op's own field paths are the route's. */
const asSent: OpLocator = (_, path) => path;
/** An update op's `fields.x` is the route body's `x`. */
const bodyField = (path: string) => path.replace(/^fields\./, '');

/** Inserts tasks (and links among or to them) before `beforeId`, or at the end. */
export function createTasks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: CreateTasksBody,
  ifMatch?: number,
) {
  const { version, ...op } = body;
  return applyPlanOps(ctx, actor, projectId, { header: ifMatch, body: version }, [{ op: 'insertTasks', ...op }], {
    locate: asSent,
  });
}

/** Edits many tasks; team members may send progress fields for their own tasks. */
export function updateTasks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: UpdateTasksBody,
  ifMatch?: number,
) {
  const ops = body.tasks.map(({ id, ...fields }) => ({ op: 'updateTask' as const, taskId: id, fields }));
  return applyPlanOps(ctx, actor, projectId, { header: ifMatch, body: body.version }, ops, {
    locate: (i, path) => `tasks[${i}].${path === 'taskId' ? 'id' : bodyField(path)}`,
  });
}

/** Edits one task. */
export function updateTask(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  taskId: string,
  body: UpdateTaskBody,
  ifMatch?: number,
): Promise<PlanChange> {
  const { version, ...fields } = body;
  return applyPlanOps(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: version },
    [{ op: 'updateTask', taskId, fields }],
    {
      locate: (_, path) => bodyField(path),
    },
  );
}

/** Moves tasks with their subtrees under `parentId`, before `beforeId` (or as its last children). */
export function moveTasks(ctx: ServiceContext, actor: Actor, projectId: string, body: MoveTasksBody, ifMatch?: number) {
  const { version, ...op } = body;
  return applyPlanOps(ctx, actor, projectId, { header: ifMatch, body: version }, [{ op: 'moveTasks', ...op }], {
    locate: asSent,
  });
}

function taskList(op: 'indentTasks' | 'outdentTasks' | 'deleteTasks') {
  return (ctx: ServiceContext, actor: Actor, projectId: string, body: TaskIdsBody, ifMatch?: number) =>
    applyPlanOps(ctx, actor, projectId, { header: ifMatch, body: body.version }, [{ op, taskIds: body.taskIds }], {
      locate: asSent,
    });
}

/** Indents tasks under their previous sibling. */
export const indentTasks = taskList('indentTasks');
/** Outdents tasks one level; their following siblings become their children. */
export const outdentTasks = taskList('outdentTasks');
/** Deletes tasks with their subtrees and every link touching them. */
export const deleteTasks = taskList('deleteTasks');
