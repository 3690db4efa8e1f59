import type {
  CreateScenarioBody,
  RenameScenarioBody,
  Scenario,
  ScenarioList,
  ScenarioOpsBody,
} from '../../contracts/index.js';
import { MAX_SCENARIO_OPS, MAX_SCENARIOS_PER_OWNER } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { scenarioBase } from '../../core/plan/scenario-base.js';
import * as repo from '../../store/repos/plan-repo.js';
import * as scenarios from '../../store/repos/scenarios-repo.js';
import type { ScenarioRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { versionConflict } from '../access.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import { requiredVersion, type WriteRequest } from '../write-pipeline.js';
import { labelOf } from './plan-ops-service.js';
import {
  liveEdit,
  loadLiveWithAssignments,
  loadOwnScenario,
  opsOf,
  type ScenarioStepData,
  scenarioDraftOn,
  stepsOf,
  withNewOps,
} from './scenario-plan.js';
import { rememberScenarioPlan } from './scenario-plan-cache.js';

/*
 * Scenarios as a resource: private to their owner (nobody else, admin included, can list or open
 * them: a scenario is a sketch, and sharing a plan change is what applying it is for). Opening,
 * renaming, discarding and applying are audited; the edits made inside a scenario are not, since
 * they change nothing anyone else can see.
 */

/** The API's view of a scenario row. */
export function toScenario(row: ScenarioRow): Scenario {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    baseVersion: row.base_version,
    opCount: row.op_count,
    steps: stepsOf(row).map((s) => ({ label: s.label, opCount: s.ops.length })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The caller's own scenarios of the project. */
export async function listScenarios(ctx: ServiceContext, actor: Actor, projectId: string): Promise<ScenarioList> {
  await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  const rows = await scenarios.listScenarios(ctx.store.db, { projectId, ownerId: actor.userId });
  return { items: rows.map(toScenario) };
}

/** One of the caller's scenarios. */
export async function getScenario(ctx: ServiceContext, actor: Actor, projectId: string, id: string): Promise<Scenario> {
  return toScenario((await loadOwnScenario(ctx.store.db, actor, projectId, id, 'project.read')).row);
}

/** Opens a scenario on the live plan as it is now; anyone who may edit the plan may. */
export async function createScenario(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  body: CreateScenarioBody,
): Promise<Scenario> {
  return inTransaction(ctx.store.db, async (trx) => {
    await loadProjectFor(trx, actor, projectId, 'plan.edit');
    const owned = { projectId, ownerId: actor.userId };
    if (await scenarios.nameTaken(trx, owned, body.name)) throw nameInUse(body.name);
    if ((await scenarios.listScenarios(trx, owned)).length >= MAX_SCENARIOS_PER_OWNER) {
      throw new DomainError('conflict', `You already keep ${MAX_SCENARIOS_PER_OWNER} scenarios of this project`, {});
    }
    const plan = await repo.findPlan(trx, projectId);
    if (!plan) throw invalidField('id', 'this project has no plan');
    const now = ctx.now().toISOString();
    const row: ScenarioRow = {
      id: ctx.newId(),
      project_id: projectId,
      owner_id: actor.userId,
      name: body.name,
      base_version: plan.version,
      steps: '[]',
      op_count: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await scenarios.insertScenario(trx, row);
    await audit(ctx, trx, actor, row, 'scenario.create', null, { name: row.name, baseVersion: row.base_version });
    return toScenario(row);
  });
}

/** Renames one of the caller's scenarios. */
export async function renameScenario(
  req: WriteRequest,
  projectId: string,
  id: string,
  body: RenameScenarioBody,
): Promise<Scenario> {
  const { ctx, actor } = req;
  const expected = requiredVersion(req);
  return inTransaction(ctx.store.db, async (trx) => {
    const { row } = await loadOwnScenario(trx, actor, projectId, id, 'plan.edit');
    if (await scenarios.nameTaken(trx, { projectId, ownerId: actor.userId }, body.name, id)) throw nameInUse(body.name);
    const updatedAt = ctx.now().toISOString();
    if (!(await scenarios.updateScenario(trx, id, expected, { name: body.name, updated_at: updatedAt }))) {
      throw versionConflict('scenario', id, row.version);
    }
    await audit(ctx, trx, actor, row, 'scenario.rename', { name: row.name }, { name: body.name });
    return toScenario({ ...row, name: body.name, version: expected + 1, updated_at: updatedAt });
  });
}

/** Discards one of the caller's scenarios; the live plan is untouched. */
export async function discardScenario(req: WriteRequest, projectId: string, id: string): Promise<void> {
  const { ctx, actor } = req;
  await inTransaction(ctx.store.db, async (trx) => {
    const { row } = await loadOwnScenario(trx, actor, projectId, id, 'project.read');
    if (!(await scenarios.deleteScenario(trx, id, req.version ?? row.version))) {
      throw versionConflict('scenario', id, row.version);
    }
    await audit(ctx, trx, actor, row, 'scenario.discard', { name: row.name, opCount: row.op_count }, null);
  });
}

/**
 * Adds one edit to a scenario: its ops are applied after the scenario's own on the live plan as it
 * is now, and the result rescheduled; a bad op is a 400 naming `ops[i].<field>` and nothing is
 * stored. The step keeps the live values its ops were based on, for apply's conflict check.
 */
export async function addScenarioOps(
  req: WriteRequest,
  projectId: string,
  id: string,
  body: ScenarioOpsBody,
): Promise<Scenario> {
  const { ctx, actor } = req;
  const expected = requiredVersion(req);
  const { project, row } = await loadOwnScenario(ctx.store.db, actor, projectId, id, 'plan.edit');
  if (row.version !== expected) throw versionConflict('scenario', id, row.version);
  if (row.op_count + body.ops.length > MAX_SCENARIO_OPS) {
    throw invalidField('ops', `a scenario holds at most ${MAX_SCENARIO_OPS} ops; it has ${row.op_count}`);
  }
  const steps = stepsOf(row);
  const current = await loadLiveWithAssignments(ctx, projectId);
  const live = liveEdit(actor, project, current.loaded, current.assignments);
  const before = await scenarioDraftOn(ctx, live, row.name, opsOf(steps));
  const edit = { ...live, draft: before.draft };
  // Checks the new ops (400 naming ops[i]) and the outline and links they leave (a cycle is a 400).
  const after = await withNewOps(ctx, edit, body.ops);
  const liveIds = new Set([...live.draft.tasks.map((t) => t.id), ...live.draft.links.map((l) => l.id)]);
  const base = onlyLive(scenarioBase(after.applied.applied, edit.draft), liveIds);
  const step: ScenarioStepData = {
    label: body.label ?? labelOf(body.ops),
    ops: after.applied.applied.map((a) => a.op),
    base,
  };
  const next = { steps: JSON.stringify([...steps, step]), op_count: row.op_count + step.ops.length };
  const saved = await saveSteps(ctx, actor, row, expected, next);
  // The view reads the new version's tasks, links and impact next: this is their plan already.
  rememberScenarioPlan(ctx.store, id, saved.version, live.loaded.plan.version, after);
  return saved;
}

/** Takes back the scenario's last edit (its last step); a scenario has no redo. */
export async function undoScenarioStep(req: WriteRequest, projectId: string, id: string): Promise<Scenario> {
  const { ctx, actor } = req;
  const expected = requiredVersion(req);
  const { row } = await loadOwnScenario(ctx.store.db, actor, projectId, id, 'plan.edit');
  if (row.version !== expected) throw versionConflict('scenario', id, row.version);
  const steps = stepsOf(row);
  const last = steps.pop();
  if (!last) throw new DomainError('conflict', 'Nothing to undo in this scenario', { action: 'undo' });
  return saveSteps(ctx, actor, row, expected, {
    steps: JSON.stringify(steps),
    op_count: row.op_count - last.ops.length,
  });
}

async function saveSteps(
  ctx: ServiceContext,
  _actor: Actor,
  row: ScenarioRow,
  expected: number,
  next: { steps: string; op_count: number },
): Promise<Scenario> {
  const updatedAt = ctx.now().toISOString();
  if (!(await scenarios.updateScenario(ctx.store.db, row.id, expected, { ...next, updated_at: updatedAt }))) {
    throw versionConflict('scenario', row.id, row.version);
  }
  return toScenario({ ...row, ...next, version: expected + 1, updated_at: updatedAt });
}

/** A base without the scenario's own tasks and links (they have no live values to conflict with). */
function onlyLive(base: ReturnType<typeof scenarioBase>, liveIds: ReadonlySet<string>) {
  const keep = <T>(r: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => liveIds.has(k)));
  return { ...base, tasks: keep(base.tasks), links: keep(base.links) };
}

function nameInUse(name: string): DomainError {
  return new DomainError('conflict', `name: you already have a scenario called "${name}" on this project`, {
    issues: [{ path: 'name', message: 'is already the name of one of your scenarios' }],
  });
}

async function audit(
  ctx: ServiceContext,
  trx: Parameters<typeof recordAudit>[1],
  actor: Actor,
  row: ScenarioRow,
  action: 'scenario.create' | 'scenario.rename' | 'scenario.discard',
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await recordAudit(ctx, trx, actor.userId, {
    action,
    before,
    after,
    entityType: 'scenario',
    entityId: row.id,
    projectId: row.project_id,
  });
}
