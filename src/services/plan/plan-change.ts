import type { AuditAction, PlanChange } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import type { PlanDraft } from '../../core/plan/plan-draft.js';
import type { ProjectRelation } from '../../core/roles.js';
import { listAssignments } from '../../store/repos/assignments-repo.js';
import * as repo from '../../store/repos/plan-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { TaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { relationOf, versionConflict } from '../access.js';
import { planChangedEvent } from '../events/plan-events.js';
import { projectTarget } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { type LoadedPlan, type PlanDiff, rescheduleAndDiff } from './plan-diff.js';
import { draftAssignmentsOf, draftOf } from './plan-draft-rows.js';
import { incrementalDiff } from './plan-incremental.js';
import { rememberPlanRows } from './plan-rows-cache.js';
import { loadPlan } from './plan-schedule.js';
import { keepWarmPlan, takeWarmPlan } from './plan-warm.js';
import { assignmentDiff, writeDiff } from './plan-write.js';

/** A plan opened for a change: the rows loaded, their draft, the project and the actor's relation to it. */
export interface PlanEdit {
  readonly loaded: LoadedPlan;
  readonly draft: PlanDraft;
  readonly project: ProjectView;
  readonly relation: ProjectRelation;
  /** Who edits (assignment ops record who staffed a role). */
  readonly actor: Actor;
}

/** One audit entry of a change. */
export interface PlanAudit {
  readonly action: AuditAction;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

/** What a change made of the draft, and what to record with it. */
export interface EditOutcome {
  readonly draft: PlanDraft;
  readonly audit: readonly PlanAudit[];
  /** Runs once the rows are written, in the same transaction (the plan's undo history). */
  recorded?(trx: Executor, change: PlanChange): Promise<void>;
}

/** One kind of plan write: the least it needs to be allowed, and the edit itself. */
export interface ChangeSpec {
  readonly permission: 'plan.edit' | 'plan.progress';
  /** Edits the draft (or throws a DomainError, and nothing is written). */
  apply(edit: PlanEdit, trx: Executor): Promise<EditOutcome> | EditOutcome;
}

/**
 * The one path every plan write takes: authorise, claim the next version (stale -> 409), edit the
 * draft, reschedule and diff it, write only the rows whose inputs changed, audit; all in one
 * transaction.
 * Answers with every task whose fields or dates changed.
 */
export async function changePlan(req: WriteRequest, projectId: string, spec: ChangeSpec): Promise<PlanChange> {
  const { ctx, actor } = req;
  const saved = await runWrite(req, {
    ...projectTarget(actor, projectId, spec.permission),
    async claimVersion(trx, _, expected) {
      if (!(await repo.bumpPlanVersion(trx, projectId, expected))) {
        const current = await repo.findPlan(trx, projectId);
        throw versionConflict('plan', projectId, current?.version ?? 0);
      }
    },
    async apply(trx, project) {
      const expected = requestVersion(req);
      const loaded = await loadPlan(trx, projectId, { store: ctx.store, version: expected });
      const warm = takeWarmPlan(ctx.store, loaded, expected);
      const base = warm?.draft ?? draftOf(loaded.plan, loaded.tasks, loaded.links);
      // Assignments change only by plan writes (each a new version), so the warm state's are this version's.
      const assignments = warm?.assignments ?? draftAssignmentsOf(await listAssignments(trx, projectId));
      const draft = base.assignments === assignments ? base : { ...base, assignments };
      const outcome = await spec.apply({ loaded, draft, project, relation: relationOf(actor, project), actor }, trx);
      const diff =
        (warm && incrementalDiff(loaded, warm, outcome.draft, ctx.now())) ??
        rescheduleAndDiff(loaded, outcome.draft, ctx.now());
      const change = await writeDiff(ctx, trx, diff, assignmentDiff(draft.assignments, outcome.draft.assignments));
      await outcome.recorded?.(trx, change);
      return {
        change,
        rows: { tasks: diff.tasks, links: diff.links },
        touched: touchedRows(diff),
        diff,
        assignments: outcome.draft.assignments,
        audit: outcome.audit,
        before: rowsBefore(loaded, diff),
      };
    },
    audit: (_, r) => r.audit.map((entry) => ({ ...entry, entityType: 'plan', entityId: projectId, projectId })),
    // A batch may hold several kinds of edit: the event names the first, as its audit entries do in order.
    events: (project, r) => [planChangedEvent(project, r.audit[0]?.action ?? 'plan.ops', r.before, r)],
  });
  rememberPlanRows(ctx.store, projectId, saved.change.plan.version, saved.rows);
  keepWarmPlan(ctx.store, saved.diff, saved.assignments);
  return saved.change;
}

/** The rows a diff inserted or changed, in WBS order. */
function touchedRows(diff: PlanDiff): readonly TaskRow[] {
  // Both lists are in WBS order already; merging is needed only when there are both.
  if (diff.inserted.length === 0) return diff.updated;
  if (diff.updated.length === 0) return diff.inserted;
  const at = (t: TaskRow) => diff.indexOf(t.id) as number;
  return [...diff.inserted, ...diff.updated].sort((a, b) => at(a) - at(b));
}

/** The rows before a write, by id: by place when no task was added, removed or moved, so nothing is indexed. */
function rowsBefore(loaded: LoadedPlan, diff: PlanDiff): readonly TaskRow[] | ((id: string) => TaskRow | undefined) {
  if (diff.structureChanged) return loaded.tasks;
  return (id) => loaded.tasks[diff.indexOf(id) as number];
}

/** The version a plan write was based on (claimVersion has checked there is one). */
const requestVersion = (req: WriteRequest) => req.version as number;

/** Tasks as core's WBS functions see them. */
export const outlineNodes = (tasks: readonly TaskRow[]) =>
  tasks.map((t) => ({ id: t.id, parentId: t.parent_id, row: t }));
