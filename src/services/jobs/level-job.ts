import type { LevelJobResult, ScenarioOpsBody } from '../../contracts/index.js';
import { levelPlan } from '../../core/leveling/index.js';
import type { LevelingInput } from '../../core/leveling/model.js';
import type { Calendar } from '../../core/schedule/index.js';
import { formatLocalDateTime, parseLocalDateTime } from '../../core/schedule/index.js';
import { assignmentsOfResources, listAssignments } from '../../store/repos/assignments-repo.js';
import { projectPriorities } from '../../store/repos/projects-repo.js';
import { resourcesByIds } from '../../store/repos/resources-repo.js';
import type { TaskRow } from '../../store/schema.js';
import { delayOps, type LevelJobInput } from '../leveling/level-queue.js';
import { backgroundLoad } from '../leveling/pool-resources.js';
import { calendarsOf, enginePlan } from '../plan/plan-model.js';
import { applyPlanOps } from '../plan/plan-ops-service.js';
import { readScheduledPlan, scheduledTasks } from '../plan/plan-schedule.js';
import { addScenarioOps, createScenario, listScenarios } from '../plan/scenario-service.js';
import { loadProjectFor } from '../project-service.js';
import { poolResourceOf, taskAssignmentOf } from '../resources/pool-resource.js';
import type { JobHandler, JobTools } from './job-handler.js';

const DEFAULT_BUDGET = 200;
const wire = (m: number): string => (Number.isFinite(m) ? formatLocalDateTime(m).slice(0, 16) : '');
const INACTIVE = new Set(['closed', 'cancelled']);

/** Everything the leveler needs, read from the store: the plan, its pool, other projects' load. */
async function levelingInput(tools: JobTools, input: LevelJobInput) {
  const { ctx } = tools;
  const loaded = await readScheduledPlan(ctx, input.projectId);
  const calendars = calendarsOf(loaded.calendars);
  const plan = enginePlan(loaded.plan, loaded.tasks, loaded.links, calendars);
  const assignments = await listAssignments(ctx.store.db, input.projectId);
  const resourceIds = [...new Set(assignments.map((a) => a.resource_id))];
  const byId = new Map<string, Calendar>(calendars.map((c) => [c.id as string, c]));
  // A resource without a calendar works on the organisation's Standard one (as capacity counts it).
  const resources = (await resourcesByIds(ctx.store.db, resourceIds)).map((r) => poolResourceOf(r, byId));
  tools.progress(0.05, 'Reading the load of other projects');
  const others = (await assignmentsOfResources(ctx.store.db, resourceIds)).filter(
    (a) => a.project_id !== input.projectId,
  );
  const projects = await projectPriorities(ctx.store.db, [
    ...new Set([input.projectId, ...others.map((a) => a.project_id)]),
  ]);
  const own = projects.find((p) => p.id === input.projectId)?.priority ?? 3;
  // Pool scope: lower-priority projects yield (their load is ignored; level them afterwards).
  const background = new Set(
    projects
      .filter((p) => p.id !== input.projectId && !INACTIVE.has(p.state))
      .filter((p) => input.body.scope === 'project' || p.priority >= own)
      .map((p) => p.id),
  );
  const tasksOf = new Map<string, readonly TaskRow[]>();
  for (const id of background) tasksOf.set(id, await scheduledTasks(ctx, id));
  const load = backgroundLoad(
    resources,
    others.filter((a) => background.has(a.project_id)),
    tasksOf,
  );
  const levelInput: LevelingInput = {
    plan,
    resources,
    assignments: assignments.map(taskAssignmentOf),
    background: load,
  };
  return { loaded, levelInput };
}

/** Local midnight of a YYYY-MM-DD date, or its last minute (`end`); undefined when absent. */
function dateBound(date: string | undefined, end: boolean): number | undefined {
  if (!date) return undefined;
  const m = parseLocalDateTime(`${date}T00:00`);
  return m === null ? undefined : end ? m + 1439 : m;
}

/**
 * Levels a project's plan off the request thread (`plan.level`): reads the plan, its resources and
 * the other projects' load, runs the core leveler (progress after each batch of schedules; a
 * cancel stops it at the next), then writes the delays: into a new scenario of the owner's
 * (preview) or onto the plan through its write path (one undo step, audited, with events), the
 * job marked done in that same transaction.
 */
export const levelJob: JobHandler = {
  async run(tools) {
    const input = tools.input as LevelJobInput;
    const { ctx, actor } = tools;
    const body = input.body;
    await loadProjectFor(ctx.store.db, actor, input.projectId, 'plan.edit');
    tools.progress(0.02, 'Reading the plan and its resources');
    const { loaded, levelInput } = await levelingInput(tools, input);
    const budget = body.budget ?? DEFAULT_BUDGET;
    const every = Math.max(1, Math.floor(budget / 50));
    const result = levelPlan(levelInput, {
      withinSlack: body.withinSlack,
      split: body.split,
      from: dateBound(body.from, false),
      to: dateBound(body.to, true),
      seed: body.seed ?? 1,
      budget,
      onProgress: (done, total) => {
        if (done % every === 0 || done === total)
          tools.progress(0.1 + (0.8 * done) / total, `Schedule ${done} of ${total}`);
      },
    });
    const tasks = loaded.tasks;
    const moved = tasks
      .map((t, i) => ({ t, minutes: result.taskDelays[i] ?? 0 }))
      .filter(({ t, minutes }) => t.leveling_delay_minutes !== minutes);
    const names = new Map(tasks.map((t) => [t.id, t.name]));
    const outcome: LevelJobResult = {
      projectId: input.projectId,
      preview: body.preview,
      scenarioId: null,
      planVersion: null,
      moved: moved.map(({ t, minutes }) => ({ taskId: t.id, name: t.name, levelingDelayMinutes: minutes })),
      conflicts: result.conflicts.map((c) => ({
        taskId: c.taskId,
        name: names.get(c.taskId) ?? '',
        reason: c.reason,
        resourceIds: [...c.resourceIds],
      })),
      finishBefore: wire(result.finishBefore),
      finishAfter: wire(result.finishAfter),
      schedulesGenerated: result.schedulesGenerated,
    };
    const ops = delayOps(moved.map(({ t, minutes }) => ({ taskId: t.id, minutes })));
    if (ops.length === 0) return outcome;
    tools.progress(0.92, body.preview ? 'Opening the preview scenario' : 'Saving the delays');
    if (!body.preview) {
      const change = await applyPlanOps({ ctx, actor, version: loaded.plan.version }, input.projectId, ops, {
        label: 'Level resources',
        guard: async (_edit, trx) => {
          await tools.completeIn(trx as Parameters<JobTools['completeIn']>[0], {
            ...outcome,
            planVersion: loaded.plan.version + 1,
          });
        },
      });
      return { ...outcome, planVersion: change.plan.version };
    }
    const scenario = await createScenario(ctx, actor, input.projectId, {
      name: await freeName(
        tools,
        input.projectId,
        `Leveling ${ctx.now().toISOString().slice(0, 16).replace('T', ' ')}`,
      ),
    });
    await addScenarioOps({ ctx, actor, version: scenario.version }, input.projectId, scenario.id, {
      ops: ops as ScenarioOpsBody['ops'],
      label: 'Level resources',
    });
    return { ...outcome, scenarioId: scenario.id };
  },
};

/** `name`, or `name (2)`, … when the owner already has a scenario called that. */
async function freeName(tools: JobTools, projectId: string, name: string): Promise<string> {
  const taken = new Set((await listScenarios(tools.ctx, tools.actor, projectId)).items.map((s) => s.name));
  let candidate = name;
  for (let k = 2; taken.has(candidate); k++) candidate = `${name} (${k})`;
  return candidate;
}
