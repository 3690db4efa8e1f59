import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { type AppliedOps, applyOps } from '../../core/plan/apply-op.js';
import type { EditImage } from '../../core/plan/edit-image.js';
import type { PlanDraft } from '../../core/plan/plan-draft.js';
import type { PlanOp } from '../../core/plan/plan-op.js';
import { mergedBase } from '../../core/plan/scenario-base.js';
import { listAssignments } from '../../store/repos/assignments-repo.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import * as scenarios from '../../store/repos/scenarios-repo.js';
import type { AssignmentRow, ScenarioRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { relationOf } from '../access.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import type { PlanEdit } from './plan-change.js';
import { type LoadedPlan, type PlanDiff, rescheduleAndDiff } from './plan-diff.js';
import { draftOf } from './plan-draft-rows.js';
import { opEnv } from './plan-ops-service.js';
import { readScheduledPlan } from './plan-schedule.js';

/*
 * A scenario's plan is never stored: it is the live plan as it is now with the scenario's ops
 * applied (core applyOps) and rescheduled (the pure rescheduleAndDiff), computed on every read.
 * The live rows come from the process's plan rows cache when it holds the current version, so a
 * scenario of a big plan costs one reschedule, not a read of ten thousand rows.
 */

/** One edit made in a scenario: its ops (ids given) and the live values they were based on. */
export interface ScenarioStepData {
  readonly label: string;
  readonly ops: readonly PlanOp[];
  readonly base: EditImage;
}

/** The steps stored in a scenario row. */
export const stepsOf = (row: ScenarioRow): ScenarioStepData[] => JSON.parse(row.steps) as ScenarioStepData[];

/** All of a scenario's ops in order. */
export const opsOf = (steps: readonly ScenarioStepData[]): PlanOp[] => steps.flatMap((s) => s.ops);

/** The live values all of a scenario's steps were based on (the first step to see a field wins). */
export const baseOf = (steps: readonly ScenarioStepData[]): EditImage =>
  steps.reduce<EditImage>((acc, s) => mergedBase(acc, s.base), { tasks: {}, links: {}, settings: {}, names: {} });

/** A scenario not found, or not the caller's: the same 404, so other people's scenarios do not leak. */
export function scenarioNotFound(id: string): DomainError {
  return new DomainError('not_found', `Scenario ${id} not found`, { entity: 'scenario', id });
}

/** The project (checked for `action`) and the caller's own scenario of it, or 404. */
export async function loadOwnScenario(
  ex: Executor,
  actor: Actor,
  projectId: string,
  scenarioId: string,
  action: 'project.read' | 'plan.edit',
): Promise<{ project: ProjectView; row: ScenarioRow }> {
  // Found first, so someone else's scenario is a 404 whatever their rights on the project.
  const project = await loadProjectFor(ex, actor, projectId, 'project.read');
  const row = await scenarios.findScenario(ex, { projectId, ownerId: actor.userId }, scenarioId);
  if (!row) throw scenarioNotFound(scenarioId);
  if (action !== 'project.read') await loadProjectFor(ex, actor, projectId, action);
  return { project, row };
}

/**
 * The live plan as it is now, tasks carrying their current schedule (stored columns may lag behind
 * the plan's version: the schedule reader derives them, and caches the rows per version).
 */
export function loadLivePlan(ctx: ServiceContext, projectId: string): Promise<LoadedPlan> {
  return readScheduledPlan(ctx, projectId);
}

/** The live plan, the scenario's draft on it, and the rescheduled scenario plan. */
export interface ScenarioPlan {
  readonly edit: PlanEdit;
  readonly applied: AppliedOps;
  readonly diff: PlanDiff;
}

/**
 * The scenario's ops applied to `edit.draft` (the live plan) and rescheduled. Ops the live plan no
 * longer accepts (a task they edit was deleted since) make the scenario unusable until its last
 * steps are undone or it is discarded: 409 naming the op.
 */
export async function scenarioPlanOn(
  ctx: ServiceContext,
  edit: PlanEdit,
  name: string,
  ops: readonly PlanOp[],
): Promise<ScenarioPlan> {
  const applied = await scenarioDraftOn(ctx, edit, name, ops);
  return { edit, applied, diff: rescheduleAndDiff(edit.loaded, applied.draft, ctx.now()) };
}

/** The scenario's ops applied to the live plan, not rescheduled (409 as scenarioPlanOn). */
export async function scenarioDraftOn(
  ctx: ServiceContext,
  edit: PlanEdit,
  name: string,
  ops: readonly PlanOp[],
): Promise<AppliedOps> {
  const env = await opEnv(ctx, ctx.store.db, edit, ops);
  try {
    return applyOps(edit.draft, ops, env, (i, path) => `scenario op ${i + 1}: ${path}`);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
    throw new DomainError(
      'conflict',
      `The live plan changed under scenario "${name}" (${error.message}); undo its last edits or discard it`,
      { entity: 'scenario', cause: error.details },
    );
  }
}

/** New ops applied to a scenario's draft (`edit.draft`) and rescheduled: a bad op is a 400 naming `ops[i].<field>`. */
export async function withNewOps(ctx: ServiceContext, edit: PlanEdit, ops: readonly PlanOp[]): Promise<ScenarioPlan> {
  const applied = applyOps(edit.draft, ops, await opEnv(ctx, ctx.store.db, edit, ops));
  return { edit, applied, diff: rescheduleAndDiff(edit.loaded, applied.draft, ctx.now()) };
}

/** The live plan as an edit of it (no write is made), for applying a scenario's ops. */
export function liveEdit(
  actor: Actor,
  project: ProjectView,
  loaded: LoadedPlan,
  assignments: readonly AssignmentRow[],
): PlanEdit {
  const draft: PlanDraft = draftOf(loaded.plan, loaded.tasks, loaded.links, assignments);
  return { loaded, draft, project, relation: relationOf(actor, project), actor };
}

/**
 * The live plan and its assignments. They are read apart, so the plan version is checked after the
 * assignments: an assignment changes only by a plan write, which claims a new version.
 */
export async function loadLiveWithAssignments(
  ctx: ServiceContext,
  projectId: string,
): Promise<{ loaded: LoadedPlan; assignments: AssignmentRow[] }> {
  for (let attempt = 0; ; attempt++) {
    const loaded = await loadLivePlan(ctx, projectId);
    const assignments = await listAssignments(ctx.store.db, projectId);
    const now = await repo.findPlan(ctx.store.db, projectId);
    if (now?.version === loaded.plan.version || attempt >= 5) return { loaded, assignments };
  }
}
