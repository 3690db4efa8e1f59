import type { PlanChange } from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import { type ScenarioConflict, scenarioConflicts } from '../../core/plan/scenario-base.js';
import * as repo from '../../store/repos/plan-repo.js';
import * as scenarios from '../../store/repos/scenarios-repo.js';
import { versionConflict } from '../access.js';
import { recordAudit } from '../audit-service.js';
import { requiredVersion, type WriteRequest } from '../write-pipeline.js';
import { applyPlanOps } from './plan-ops-service.js';
import { baseOf, loadOwnScenario, opsOf, stepsOf } from './scenario-plan.js';

/*
 * Applying a scenario is one plan write on the same path as POST /plan/ops (permission, audit,
 * undo history, events), so the whole scenario is one undo step. In that write's transaction, on
 * the locked plan, the scenario's base is compared with the live plan: if the live plan changed
 * anything the scenario changes, the answer is 409 naming the tasks and nothing is written. The
 * scenario is deleted in the same transaction: applied, it has nothing left to say.
 */

/** How often apply starts again when another write takes the plan version between read and write. */
const ATTEMPTS = 3;

/** Applies the scenario's ops to the live plan, all or none; `body.version` is the scenario's version. */
export async function applyScenario(req: WriteRequest, projectId: string, id: string): Promise<PlanChange> {
  const { ctx, actor } = req;
  const expected = requiredVersion(req);
  const { row } = await loadOwnScenario(ctx.store.db, actor, projectId, id, 'plan.edit');
  if (row.version !== expected) throw versionConflict('scenario', id, row.version);
  const steps = stepsOf(row);
  const ops = opsOf(steps);
  if (ops.length === 0) throw new DomainError('conflict', `Scenario "${row.name}" has no edits to apply`, {});
  const base = baseOf(steps);
  for (let attempt = 1; ; attempt++) {
    const plan = await repo.findPlan(ctx.store.db, projectId);
    try {
      return await applyPlanOps({ ctx, actor, version: plan?.version }, projectId, ops, {
        label: `apply scenario ${row.name}`,
        locate: (i, path) => `scenario op ${i + 1}: ${path}`,
        async guard(edit, trx) {
          const conflicts = scenarioConflicts(base, edit.draft, projectId);
          if (conflicts.length > 0) throw conflictError(row.name, conflicts);
          if (!(await scenarios.deleteScenario(trx, id, expected))) throw versionConflict('scenario', id, row.version);
          await recordAudit(ctx, trx, actor.userId, {
            action: 'scenario.apply',
            before: { name: row.name, opCount: ops.length },
            after: null,
            entityType: 'scenario',
            entityId: id,
            projectId,
          });
        },
      });
    } catch (error) {
      // Another write took the plan's version after we read it: read it again (a scenario is rebased anyway).
      const raced =
        error instanceof DomainError && error.code === 'version_conflict' && error.details.entity === 'plan';
      if (!raced || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** The 409 naming what the live plan changed under the scenario. */
function conflictError(name: string, conflicts: readonly ScenarioConflict[]): DomainError {
  const what = conflicts.map((c) => `${c.name} (${c.changed.join(', ')})`);
  const shown = what.length > 5 ? `${what.slice(0, 5).join('; ')} and ${what.length - 5} more` : what.join('; ');
  return new DomainError(
    'conflict',
    `Cannot apply scenario "${name}": the live plan changed ${shown} since; nothing was changed`,
    { entity: 'scenario', conflicts },
  );
}
