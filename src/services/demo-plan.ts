import type { NewLink, NewTask, UpdateTasksBody } from '../contracts/index.js';
import type { Actor } from '../core/permissions.js';
import type { ServiceContext } from './context.js';
import { workingDaysThrough } from './demo-dates.js';
import { saveBaseline } from './plan/baseline-service.js';
import { getTasks, updatePlanSettings } from './plan/plan-service.js';
import { createTasks, updateTasks } from './plan/task-service.js';
import { unversioned } from './write-pipeline.js';

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

/** Working days of the template plan as baselined: the longest chain of its lines. */
export function demoPlanWorkingDays(): number {
  const finish: number[] = [];
  TEMPLATE.forEach(([, , days, preds], i) => {
    finish[i] = Math.max(0, ...(preds ?? []).map((p) => finish[p - 1] ?? 0)) + days;
  });
  return Math.max(...finish);
}

/** Extra working days Core services takes beyond its baseline in a project under way: the visible slip. */
export const DEMO_SLIP_DAYS = 5;

/**
 * Gives a demo project a scheduled plan; tasks marked `team` are the team member's to report on.
 * A project under way (`statusDate` given, YYYY-MM-DD) also gets its baseline, a build task a
 * week longer than planned (so its later milestones slip), the status date, and progress that
 * matches it: work scheduled to end by the status date is done, work spanning it is part done.
 */
export async function loadDemoPlan(
  ctx: ServiceContext,
  pmo: Actor,
  projectId: string,
  teamMemberId: string,
  statusDate: string | null,
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
  const created = await createTasks({ ctx, actor: pmo, version: 1 }, projectId, { tasks, links });
  if (statusDate === null) return;
  await saveBaseline(unversioned(ctx, pmo), projectId, { name: 'Baseline', number: 0, replace: false });
  const build = created.changed.find((t) => t.name === 'Core services');
  let version = created.plan.version;
  if (build) {
    const slipped = await updateTasks({ ctx, actor: pmo, version }, projectId, {
      tasks: [{ id: build.id, durationMinutes: build.durationMinutes + DEMO_SLIP_DAYS * DAY }],
    });
    version = slipped.plan.version;
  }
  const status = `${statusDate}T17:00`;
  version = (await updatePlanSettings({ ctx, actor: pmo, version }, projectId, { statusDate: status })).plan.version;
  const { tasks: scheduled } = await getTasks(ctx, pmo, projectId);
  const progress = scheduled.flatMap((t): UpdateTasksBody['tasks'] => {
    if (t.summary || !t.start || !t.finish || t.start > status) return [];
    if (t.finish <= status) {
      return [{ id: t.id, actualStart: t.start, actualFinish: t.finish, percentComplete: 100 }];
    }
    const days = t.durationMinutes / DAY;
    const done = Math.min(days - 1, workingDaysThrough(t.start.slice(0, 10), statusDate));
    return [
      {
        id: t.id,
        actualStart: t.start,
        percentComplete: Math.round((100 * done) / days),
        remainingDurationMinutes: (days - done) * DAY,
      },
    ];
  });
  if (progress.length > 0) await updateTasks({ ctx, actor: pmo, version }, projectId, { tasks: progress });
}
