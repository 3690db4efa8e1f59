import type { AuditAction } from '../../contracts/index.js';
import { TASK_FIELDS } from '../../contracts/task-fields.js';
import type { AppliedOp } from '../../core/plan/apply-op.js';
import {
  type DraftAssignment,
  type DraftLink,
  type DraftTask,
  settingValues,
  wireDate,
} from '../../core/plan/plan-draft.js';
import { isProgressOnly, type PlanOp, type PlanOpKind } from '../../core/plan/plan-op.js';
import type { PlanAudit } from './plan-change.js';

/*
 * Audit entries for applied ops, in the shapes the audit log has always had: one entry per run of
 * consecutive ops of one kind (a bulk edit of many tasks is one "Tasks updated" entry, as before),
 * with the same action names, so the audit page reads old and new entries alike.
 */

/** At most this many tasks or links are listed one by one in an entry; the count is always there. */
const LISTED = 200;

const ACTIONS: Record<Exclude<PlanOpKind, 'updateTask'>, AuditAction> = {
  insertTasks: 'plan.tasks.create',
  moveTasks: 'plan.tasks.move',
  indentTasks: 'plan.tasks.indent',
  outdentTasks: 'plan.tasks.outdent',
  deleteTasks: 'plan.tasks.delete',
  addLinks: 'plan.links.create',
  updateLink: 'plan.links.update',
  deleteLinks: 'plan.links.delete',
  updatePlan: 'plan.settings.update',
  addAssignments: 'plan.assignments.create',
  updateAssignment: 'plan.assignments.update',
  deleteAssignments: 'plan.assignments.delete',
  restoreAssignments: 'plan.assignments.restore',
};

const label = (t: DraftTask) => `${t.name} [${t.id}]`;

/** The audit entries of a list of applied ops; `nameOf` gives a task's name for link descriptions. */
export function auditOfOps(applied: readonly AppliedOp[], nameOf: (taskId: string) => string): PlanAudit[] {
  const out: PlanAudit[] = [];
  for (let i = 0; i < applied.length; ) {
    let j = i + 1;
    while (j < applied.length && applied[j]?.op.op === applied[i]?.op.op) j++;
    out.push(auditOfRun(applied.slice(i, j), nameOf));
    i = j;
  }
  return out;
}

function auditOfRun(run: readonly AppliedOp[], nameOf: (taskId: string) => string): PlanAudit {
  const kind = (run[0] as AppliedOp).op.op;
  const tasks = (side: 'before' | 'after') => run.flatMap((a) => a.changes.tasks.flatMap((c) => c[side] ?? []));
  const links = (side: 'before' | 'after') => run.flatMap((a) => a.changes.links.flatMap((c) => c[side] ?? []));
  const describe = (l: DraftLink) => describeLink(l, nameOf);
  switch (kind) {
    case 'updateTask':
      return taskUpdates(run);
    case 'insertTasks': {
      const added = tasks('after');
      const linkCount = links('after').length;
      return { action: ACTIONS[kind], before: null, after: { ...listOf(added), links: linkCount } };
    }
    case 'deleteTasks':
      return {
        action: ACTIONS[kind],
        before: { ...listOf(tasks('before')), links: links('before').length },
        after: null,
      };
    case 'moveTasks':
    case 'indentTasks':
    case 'outdentTasks': {
      const ids = run
        .flatMap((a) => (a.op as Extract<PlanOp, { taskIds: readonly string[] }>).taskIds)
        .slice(0, LISTED);
      const parents = (side: 'before' | 'after') => {
        const byId = new Map(tasks(side).map((t) => [t.id, t.parentId]));
        return ids.map((id) => byId.get(id) ?? null);
      };
      return {
        action: ACTIONS[kind],
        before: { tasks: ids, parents: parents('before') },
        after: { tasks: ids, parents: parents('after') },
      };
    }
    case 'addLinks': {
      const added = links('after');
      return {
        action: ACTIONS[kind],
        before: null,
        after: { count: added.length, links: added.slice(0, LISTED).map(describe) },
      };
    }
    case 'deleteLinks': {
      const removed = links('before');
      return {
        action: ACTIONS[kind],
        before: { count: removed.length, links: removed.slice(0, LISTED).map(describe) },
        after: null,
      };
    }
    case 'updateLink': {
      const [before, after] = [links('before'), links('after')];
      if (run.length === 1) {
        return {
          action: ACTIONS[kind],
          before: { link: describe(before[0] as DraftLink) },
          after: { link: describe(after[0] as DraftLink) },
        };
      }
      return {
        action: ACTIONS[kind],
        before: { count: before.length, links: before.slice(0, LISTED).map(describe) },
        after: { count: after.length, links: after.slice(0, LISTED).map(describe) },
      };
    }
    case 'addAssignments':
    case 'updateAssignment':
    case 'deleteAssignments':
    case 'restoreAssignments':
      return assignmentAudit(ACTIONS[kind], run, nameOf);
    case 'updatePlan': {
      const first = run[0]?.changes.settings;
      const last = run[run.length - 1]?.changes.settings;
      return {
        action: ACTIONS[kind],
        before: first?.before ? { ...settingValues(first.before) } : null,
        after: last?.after ? { ...settingValues(last.after) } : null,
      };
    }
  }
}

/** Assignments before and after ("Code [task] ← resource 50 % 2400m"), and tasks whose duration the rules moved. */
function assignmentAudit(
  action: AuditAction,
  run: readonly AppliedOp[],
  nameOf: (taskId: string) => string,
): PlanAudit {
  const changes = run.flatMap((a) => a.changes.assignments ?? []);
  const show = (a: DraftAssignment) =>
    `${nameOf(a.taskId)} <- ${a.resourceId} ${Math.round(a.units * 1000) / 10}% ${a.workMinutes}m [${a.id}]`;
  const side = (which: 'before' | 'after') => changes.flatMap((c) => (c[which] ? [show(c[which])] : []));
  const durations = (which: 'before' | 'after') =>
    Object.fromEntries(
      run.flatMap((a) =>
        a.changes.tasks.flatMap((c) => (c[which] ? [[label(c[which]), c[which].durationMinutes]] : [])),
      ),
    );
  return {
    action,
    before: { count: changes.length, assignments: side('before').slice(0, LISTED), durations: durations('before') },
    after: { count: changes.length, assignments: side('after').slice(0, LISTED), durations: durations('after') },
  };
}

/** Field-level before and after of each edited task ("Design [id] durationMinutes"), as task edits were always audited. */
function taskUpdates(run: readonly AppliedOp[]): PlanAudit {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  run.slice(0, LISTED).forEach((a) => {
    const change = a.changes.tasks[0];
    if (!change?.before || !change.after) return;
    const was = auditedFields(change.before);
    const now = auditedFields(change.after);
    for (const key of Object.keys(was)) {
      if (JSON.stringify(was[key]) !== JSON.stringify(now[key])) {
        // A task edited several times in one run: from its first value to its last.
        const at = `${label(change.before)} ${key}`;
        if (!(at in before)) before[at] = was[key];
        after[at] = now[key];
      }
    }
  });
  const action = run.every((a) => isProgressOnly(a.op)) ? 'plan.tasks.progress' : 'plan.tasks.update';
  return { action, before: { ...before, count: run.length }, after: { ...after, count: run.length } };
}

const listOf = (tasks: readonly DraftTask[]) => ({ count: tasks.length, tasks: tasks.slice(0, LISTED).map(label) });

/** "Design -> Build FS+480m [id]": a link as people read it in the log. */
function describeLink(l: DraftLink, nameOf: (taskId: string) => string): string {
  const lag =
    l.lag === 0
      ? ''
      : `${l.lag > 0 ? '+' : ''}${l.lag}${l.lagKind === 'percent' ? '%' : l.lagKind === 'elapsed' ? 'em' : 'm'}`;
  return `${nameOf(l.predecessorId)} -> ${nameOf(l.successorId)} ${l.type}${lag} [${l.id}]`;
}

/** Task fields the audit lists (task-fields.ts); a constraint's type and date read as one entry. */
const AUDITED = TASK_FIELDS.filter(
  (f) => f.audited && f.wire !== null && f.wire !== 'constraintType' && f.wire !== 'constraintDate',
);

/** The audited view of a task's editable fields (a draft task's fields are named as on the wire). */
function auditedFields(t: DraftTask): Record<string, unknown> {
  const values = t as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {
    constraint: t.constraintType === 'asap' ? 'asap' : `${t.constraintType} ${wireDate(t.constraintDate) ?? ''}`.trim(),
  };
  for (const f of AUDITED) {
    const v = values[f.wire as string];
    out[f.wire as string] =
      f.codec === 'minutes' ? wireDate(v as number | null) : f.codec === 'flag' ? v !== 0 && v !== false : v;
  }
  return out;
}
