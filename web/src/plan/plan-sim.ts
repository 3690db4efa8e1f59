import type { PlanLink, PlanTask } from '../../../src/contracts/index.js';
import { deleteSubtrees, indent, insertBefore, moveSubtrees, outdent } from '../../../src/core/plan/wbs-edit.js';
import { wbsOutline } from '../../../src/core/plan/wbs-outline.js';
import type { PlanOp, PlanSnapshot, TaskDraft } from './plan-ops.js';

/*
 * An in-memory plan that answers plan operations with the server's own WBS rules (core/plan), for
 * tests: undo is right when applying an operation and then its inverse gives the plan back.
 */

/** A task with every field at MS Project's default, for tests. */
export function simTask(id: string, parentId: string | null, fields: Partial<PlanTask> = {}): PlanTask {
  return {
    id,
    parentId,
    name: id,
    notes: '',
    durationMinutes: 480,
    elapsed: false,
    milestone: false,
    calendarId: null,
    constraintType: 'asap',
    constraintDate: null,
    deadline: null,
    actualStart: null,
    actualFinish: null,
    percentComplete: 0,
    remainingDurationMinutes: null,
    responsibleId: null,
    row: 1,
    wbs: '1',
    outlineLevel: 1,
    summary: false,
    responsibleName: null,
    start: null,
    finish: null,
    lateStart: null,
    lateFinish: null,
    totalFloatMinutes: null,
    freeFloatMinutes: null,
    critical: false,
    ...fields,
  };
}

/** Row numbers, WBS codes, levels and summary flags, as the server derives them from order and parents. */
export function renumber(tasks: readonly PlanTask[]): PlanTask[] {
  const o = wbsOutline(tasks);
  return tasks.map((t, i) => ({
    ...t,
    row: i + 1,
    wbs: o.wbs[i] as string,
    outlineLevel: o.level[i] as number,
    summary: o.summary[i] === 1,
  }));
}

/** A plan from an indented sketch: "A", " A1" (one space per level); links as "A>B". */
export function simPlan(lines: readonly string[], links: readonly string[] = []): PlanSnapshot {
  const stack: string[] = [];
  const tasks = lines.map((line) => {
    const depth = line.length - line.trimStart().length;
    const id = line.trim();
    stack.length = depth;
    const parentId = depth === 0 ? null : (stack[depth - 1] as string);
    stack.push(id);
    return simTask(id, parentId);
  });
  return {
    tasks: renumber(tasks),
    links: links.map((text) => {
      const [p, s] = text.split('>') as [string, string];
      return { id: `${p}>${s}`, predecessorId: p, successorId: s, type: 'FS', lagKind: 'working', lag: 0 };
    }),
  };
}

/** The plan written back as a sketch with link ids, to compare plans in tests. */
export function sketchOf(plan: PlanSnapshot): string[] {
  return [
    ...plan.tasks.map((t) => `${' '.repeat(t.outlineLevel - 1)}${t.id}`),
    ...[...plan.links].map((l) => `${l.id}:${l.predecessorId}>${l.successorId} ${l.type}${l.lag}`).sort(),
  ];
}

const fromDraft = (d: TaskDraft): PlanTask => simTask(d.id, d.parentId, d as Partial<PlanTask>);

/** Applies one operation as the server would. */
export function applySim(plan: PlanSnapshot, op: PlanOp): PlanSnapshot {
  switch (op.kind) {
    case 'batch':
      return op.ops.reduce(applySim, plan);
    case 'updateTasks': {
      const byId = new Map(op.tasks.map((p) => [p.id, p]));
      return { ...plan, tasks: plan.tasks.map((t) => ({ ...t, ...byId.get(t.id) })) };
    }
    case 'createTasks':
      return { ...plan, tasks: renumber(insertBefore(plan.tasks, op.tasks.map(fromDraft), op.beforeId)) };
    case 'deleteTasks': {
      const { list, removedIds } = deleteSubtrees(plan.tasks, op.taskIds);
      const gone = new Set(removedIds);
      const links = plan.links.filter((l) => !gone.has(l.predecessorId) && !gone.has(l.successorId));
      return { tasks: renumber(list), links };
    }
    case 'moveTasks':
      return { ...plan, tasks: renumber(moveSubtrees(plan.tasks, op.taskIds, op.parentId, op.beforeId)) };
    case 'indent':
      return { ...plan, tasks: renumber(indent(plan.tasks, op.taskIds).list) };
    case 'outdent':
      return { ...plan, tasks: renumber(outdent(plan.tasks, op.taskIds).list) };
    case 'createLinks':
      return { ...plan, links: [...plan.links, ...op.links.map((l): PlanLink => ({ ...l }))] };
    case 'updateLink':
      return {
        ...plan,
        links: plan.links.map((l) => (l.id === op.id ? { ...l, type: op.type, lagKind: op.lagKind, lag: op.lag } : l)),
      };
    case 'deleteLinks': {
      const ids = new Set(op.linkIds);
      return { ...plan, links: plan.links.filter((l) => !ids.has(l.id)) };
    }
  }
}
