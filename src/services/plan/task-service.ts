import type {
  CreateTasksBody,
  MoveTasksBody,
  PlanChange,
  TaskIdsBody,
  UpdateTaskBody,
  UpdateTasksBody,
} from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { deleteSubtrees, indent, insertBefore, moveSubtrees, outdent } from '../../core/plan/wbs-edit.js';
import type { TaskRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import { newLinkRows } from './link-rules.js';
import { type AuditSummary, changePlan, editOutline, type PlanDraft } from './plan-change.js';
import {
  applyTaskFields,
  assignablePeople,
  auditedFields,
  blankTask,
  checkFieldAccess,
  defaultDuration,
  planningFields,
} from './task-fields.js';

/** At most this many tasks are listed one by one in an audit entry; the count is always there. */
const AUDIT_LIST = 200;

const label = (t: TaskRow) => `${t.name} [${t.id}]`;
const summary = (tasks: readonly TaskRow[]) => ({
  count: tasks.length,
  tasks: tasks.slice(0, AUDIT_LIST).map(label),
});

type Version = { header: number | undefined; body: number | undefined };

/** Inserts tasks (and links among or to them) before `beforeId`, or at the end. */
export function createTasks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: CreateTasksBody,
  ifMatch?: number,
) {
  return changePlan(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    {
      permission: 'plan.edit',
      audit: 'plan.tasks.create',
      async apply(draft, trx) {
        const people = body.tasks.some((t) => t.responsibleId) ? await assignablePeople(trx, draft) : null;
        const taken = new Set(draft.tasks.map((t) => t.id));
        const rows = body.tasks.map((t, i) => {
          const id = t.id ?? ctx.newId();
          if (taken.has(id)) throw invalidField(`tasks[${i}].id`, `a task ${id} already exists`);
          taken.add(id);
          const { id: _id, parentId, ...fields } = t;
          return applyTaskFields(
            blankTask(id, projectId, parentId ?? null, defaultDuration(draft, t)),
            fields,
            draft,
            people,
            `tasks[${i}]`,
          );
        });
        editOutline(draft, (nodes) =>
          insertBefore(
            nodes,
            rows.map((row) => ({ id: row.id, parentId: row.parent_id, row })),
            body.beforeId ?? null,
          ),
        );
        draft.links.push(...newLinkRows(ctx, draft, body.links));
        return { before: null, after: { ...summary(rows), links: body.links.length } };
      },
    },
  );
}

function applyUpdates(
  actor: Actor,
  draft: PlanDraft,
  people: ReadonlySet<string> | null,
  updates: UpdateTasksBody['tasks'],
): AuditSummary {
  const index = new Map(draft.tasks.map((t, i) => [t.id, i]));
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  updates.forEach((u, n) => {
    const at = updates.length === 1 ? 'task' : `tasks[${n}]`;
    const i = index.get(u.id);
    if (i === undefined) throw invalidField(`${at}.id`, `no task ${u.id} in this plan`);
    const old = draft.tasks[i] as TaskRow;
    const { id: _id, ...fields } = u;
    checkFieldAccess(actor, draft, old, fields, at);
    const next = applyTaskFields(old, fields, draft, people, at);
    draft.tasks[i] = next;
    const a = auditedFields(old);
    const b = auditedFields(next);
    if (n < AUDIT_LIST) {
      for (const key of Object.keys(a)) {
        if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
          before[`${label(old)} ${key}`] = a[key];
          after[`${label(old)} ${key}`] = b[key];
        }
      }
    }
  });
  return { before: { ...before, count: updates.length }, after: { ...after, count: updates.length } };
}

const needsPeople = (updates: UpdateTasksBody['tasks']) => updates.some((u) => u.responsibleId);
const onlyProgress = (updates: UpdateTasksBody['tasks']) => updates.every((u) => planningFields(u).length === 0);

/** Edits many tasks; team members may send progress fields for their own tasks. */
export function updateTasks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: UpdateTasksBody,
  ifMatch?: number,
) {
  return changePlan(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    {
      permission: 'plan.progress',
      audit: onlyProgress(body.tasks) ? 'plan.tasks.progress' : 'plan.tasks.update',
      async apply(draft, trx) {
        return applyUpdates(
          actor,
          draft,
          needsPeople(body.tasks) ? await assignablePeople(trx, draft) : null,
          body.tasks,
        );
      },
    },
  );
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
  return updateTasks(ctx, actor, projectId, { version, tasks: [{ ...fields, id: taskId }] }, ifMatch);
}

function structural(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  version: Version,
  audit: 'plan.tasks.move' | 'plan.tasks.indent' | 'plan.tasks.outdent',
  taskIds: readonly string[],
  edit: (draft: PlanDraft) => void,
) {
  return changePlan(ctx, actor, projectId, version, {
    permission: 'plan.edit',
    audit,
    apply(draft) {
      const byId = new Map(draft.tasks.map((t) => [t.id, t]));
      const parentsBefore = taskIds.map((id) => byId.get(id)?.parent_id ?? null);
      edit(draft);
      const after = new Map(draft.tasks.map((t) => [t.id, t]));
      return {
        before: { tasks: taskIds.slice(0, AUDIT_LIST), parents: parentsBefore.slice(0, AUDIT_LIST) },
        after: {
          tasks: taskIds.slice(0, AUDIT_LIST),
          parents: taskIds.slice(0, AUDIT_LIST).map((id) => after.get(id)?.parent_id ?? null),
        },
      };
    },
  });
}

/** Moves tasks with their subtrees under `parentId`, before `beforeId` (or as its last children). */
export function moveTasks(ctx: ServiceContext, actor: Actor, projectId: string, body: MoveTasksBody, ifMatch?: number) {
  return structural(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    'plan.tasks.move',
    body.taskIds,
    (draft) => editOutline(draft, (nodes) => moveSubtrees(nodes, body.taskIds, body.parentId, body.beforeId ?? null)),
  );
}

/** Indents tasks under their previous sibling. */
export function indentTasks(ctx: ServiceContext, actor: Actor, projectId: string, body: TaskIdsBody, ifMatch?: number) {
  return structural(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    'plan.tasks.indent',
    body.taskIds,
    (draft) => editOutline(draft, (nodes) => indent(nodes, body.taskIds).list),
  );
}

/** Outdents tasks one level; their following siblings become their children. */
export function outdentTasks(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: TaskIdsBody,
  ifMatch?: number,
) {
  return structural(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    'plan.tasks.outdent',
    body.taskIds,
    (draft) => editOutline(draft, (nodes) => outdent(nodes, body.taskIds).list),
  );
}

/** Deletes tasks with their subtrees and every link touching them. */
export function deleteTasks(ctx: ServiceContext, actor: Actor, projectId: string, body: TaskIdsBody, ifMatch?: number) {
  return changePlan(
    ctx,
    actor,
    projectId,
    { header: ifMatch, body: body.version },
    {
      permission: 'plan.edit',
      audit: 'plan.tasks.delete',
      apply(draft) {
        const removed: TaskRow[] = [];
        editOutline(draft, (nodes) => {
          const { list, removedIds } = deleteSubtrees(nodes, body.taskIds);
          const gone = new Set(removedIds);
          for (const n of nodes) if (gone.has(n.id)) removed.push(n.row);
          return list;
        });
        const gone = new Set(removed.map((t) => t.id));
        const links = draft.links.filter((l) => gone.has(l.predecessor_id) || gone.has(l.successor_id));
        draft.links = draft.links.filter((l) => !gone.has(l.predecessor_id) && !gone.has(l.successor_id));
        return { before: { ...summary(removed), links: links.length }, after: null };
      },
    },
  );
}
