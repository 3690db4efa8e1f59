import type { NewLink, NewTask } from '../contracts/index.js';
import type { Actor } from '../core/permissions.js';
import type { ServiceContext } from './context.js';
import { saveBaseline } from './plan/baseline-service.js';
import { createTasks, updateTasks } from './plan/task-service.js';

const DAY = 480;

/** A demo WBS line: name, outline level, working days (0 = milestone), predecessors by line number (1-based). */
type Line = readonly [name: string, level: number, days: number, predecessors?: readonly number[], team?: boolean];

// A generic delivery plan: five phases, each closing on a milestone, linked finish-to-start.
const TEMPLATE: readonly Line[] = [
  ['Initiation', 1, 0],
  ['Stakeholder interviews', 2, 5, [], true],
  ['Business case', 2, 4, [2]],
  ['Charter approved', 2, 0, [3]],
  ['Design', 1, 0],
  ['Requirements', 2, 8, [4], true],
  ['Solution architecture', 2, 6, [6]],
  ['Design signed off', 2, 0, [7]],
  ['Build', 1, 0],
  ['Core services', 2, 15, [8], true],
  ['User interface', 2, 12, [8]],
  ['Integrations', 2, 10, [10]],
  ['Build complete', 2, 0, [11, 12]],
  ['Test', 1, 0],
  ['System test', 2, 10, [13], true],
  ['User acceptance test', 2, 8, [15]],
  ['Go-live decision', 2, 0, [16]],
  ['Deploy', 1, 0],
  ['Training', 2, 5, [16]],
  ['Cut-over', 2, 2, [17, 19]],
  ['Go live', 2, 0, [20]],
];

/**
 * Gives a demo project a scheduled plan; tasks marked `team` are the team member's to report on.
 * A project under way also gets its baseline, the first two phases done as planned, and a build
 * task a week longer than planned, so its later milestones show a slip.
 */
export async function loadDemoPlan(
  ctx: ServiceContext,
  pmo: Actor,
  projectId: string,
  teamMemberId: string,
  underway: boolean,
): Promise<void> {
  const ids = TEMPLATE.map(() => ctx.newId());
  const parents: (string | null)[] = [];
  const stack: string[] = [];
  TEMPLATE.forEach(([, level], i) => {
    stack.length = level - 1;
    parents.push(level === 1 ? null : (stack[level - 2] ?? null));
    stack.push(ids[i] as string);
  });
  const tasks: NewTask[] = TEMPLATE.map(([name, level, days, , team], i) => ({
    id: ids[i],
    name,
    parentId: parents[i] ?? null,
    durationMinutes: days * DAY,
    milestone: days === 0 && level === 2,
    ...(team ? { responsibleId: teamMemberId } : {}),
  }));
  const links: NewLink[] = TEMPLATE.flatMap(([, , , preds], i) =>
    (preds ?? []).map((p) => ({
      predecessorId: ids[p - 1] as string,
      successorId: ids[i] as string,
      type: 'FS' as const,
      lagKind: 'working' as const,
      lag: 0,
    })),
  );
  const created = await createTasks(ctx, pmo, projectId, { version: 1, tasks, links });
  if (!underway) return;
  await saveBaseline(ctx, pmo, projectId, { name: 'Baseline', number: 0, replace: false });
  const done = created.changed.filter((t) => !t.summary && t.row <= 8);
  const progress = await updateTasks(ctx, pmo, projectId, {
    version: created.plan.version,
    tasks: done.map((t) => ({
      id: t.id,
      actualStart: t.start,
      actualFinish: t.finish,
      percentComplete: 100,
    })),
  });
  const build = created.changed.find((t) => t.name === 'Core services');
  if (build) {
    await updateTasks(ctx, pmo, projectId, {
      version: progress.plan.version,
      tasks: [{ id: build.id, durationMinutes: build.durationMinutes + 5 * DAY }],
    });
  }
}
