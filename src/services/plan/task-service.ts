import type {
  CreateTasksBody,
  MoveTasksBody,
  PlanChange,
  TaskIdsBody,
  UpdateTaskBody,
  UpdateTasksBody,
} from '../../contracts/index.js';
import type { OpLocator } from '../../core/plan/apply-op.js';
import type { WriteRequest } from '../write-pipeline.js';
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
export function createTasks(req: WriteRequest, projectId: string, body: CreateTasksBody) {
  const { version: _, ...op } = body;
  return applyPlanOps(req, projectId, [{ op: 'insertTasks', ...op }], { locate: asSent });
}

/** Edits many tasks; team members may send progress fields for their own tasks. */
export function updateTasks(req: WriteRequest, projectId: string, body: UpdateTasksBody) {
  const ops = body.tasks.map(({ id, ...fields }) => ({ op: 'updateTask' as const, taskId: id, fields }));
  return applyPlanOps(req, projectId, ops, {
    locate: (i, path) => `tasks[${i}].${path === 'taskId' ? 'id' : bodyField(path)}`,
  });
}

/** Edits one task. */
export function updateTask(
  req: WriteRequest,
  projectId: string,
  taskId: string,
  body: UpdateTaskBody,
): Promise<PlanChange> {
  const { version: _, ...fields } = body;
  return applyPlanOps(req, projectId, [{ op: 'updateTask', taskId, fields }], { locate: (_, path) => bodyField(path) });
}

/** Moves tasks with their subtrees under `parentId`, before `beforeId` (or as its last children). */
export function moveTasks(req: WriteRequest, projectId: string, body: MoveTasksBody) {
  const { version: _, ...op } = body;
  return applyPlanOps(req, projectId, [{ op: 'moveTasks', ...op }], { locate: asSent });
}

function taskList(op: 'indentTasks' | 'outdentTasks' | 'deleteTasks') {
  return (req: WriteRequest, projectId: string, body: TaskIdsBody) =>
    applyPlanOps(req, projectId, [{ op, taskIds: body.taskIds }], { locate: asSent });
}

/** Indents tasks under their previous sibling. */
export const indentTasks = taskList('indentTasks');
/** Outdents tasks one level; their following siblings become their children. */
export const outdentTasks = taskList('outdentTasks');
/** Deletes tasks with their subtrees and every link touching them. */
export const deleteTasks = taskList('deleteTasks');
