import type { BudgetVersion, ProjectBudget, UpdateBudgetBody } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { MAX_BUDGET_MINOR } from '../../core/money/budget.js';
import type { Actor } from '../../core/permissions.js';
import { type BudgetPolicyResource, budgetActions, budgetPolicy } from '../../core/resource-policies.js';
import * as repo from '../../store/repos/budgets-repo.js';
import { listCostCategories } from '../../store/repos/cost-categories-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { ProjectBudgetLineRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, authoriseOn, projectResource, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { projectEvent } from '../events/outbox.js';
import { findReadableProject, loadProjectFor } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { budgetsDiffer, budgetTotals, versionSummary, versionView, wbsIndex, workingLine } from './budget-view.js';

/*
 * A project's working budget (issue 12, "Budget"): lines by cost category and optionally by WBS
 * element, a contingency reserve (the manager's) and a management reserve (the PMO's). A project
 * that never had one reads as an empty draft at version 1; its first write makes the row. Read
 * with money.read; submitting, approving and returning are in budget-approval.ts.
 */

/** The working budget as loaded for a write: the project, its row (if any), lines, and what policies see. */
export interface BudgetState {
  readonly project: ProjectView;
  readonly row: repo.ProjectBudgetView | undefined;
  readonly lines: ProjectBudgetLineRow[];
  readonly version: number;
  readonly resource: BudgetPolicyResource;
}

/** Loads the project (404 when the caller cannot read it) and its working budget. */
export async function loadBudgetState(trx: Executor, actor: Actor, projectId: string): Promise<BudgetState> {
  const project = await findReadableProject(trx, actor, projectId);
  const row = await repo.findProjectBudget(trx, projectId);
  return {
    project,
    row,
    lines: row ? await repo.listBudgetLines(trx, projectId) : [],
    version: row?.version ?? 1,
    resource: {
      project: projectResource(actor, project),
      status: row?.status === 'submitted' ? 'submitted' : 'draft',
    },
  };
}

/** The working budget with its totals and the approved versions (money.read). */
export async function getProjectBudget(ctx: ServiceContext, actor: Actor, projectId: string): Promise<ProjectBudget> {
  const db = ctx.store.db;
  const state = await loadBudgetState(db, actor, projectId);
  authorise(actor, 'money.read', state.resource.project);
  const { project, row } = state;
  const categories = await listCostCategories(db);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const wbs = wbsIndex(await repo.listWbsElements(db, projectId));
  const lines = state.lines.map((r) => workingLine(r, byId, wbs));
  const contingencyMinor = Number(row?.contingency_minor ?? 0);
  const managementReserveMinor = Number(row?.management_reserve_minor ?? 0);
  const versions = (await repo.listBudgetVersions(db, projectId)).map(versionSummary);
  const latest = versions.at(-1) ?? null;
  const approvedLines = latest
    ? await approvedLinesOf(db, projectId, latest.number, categories)
    : { lines: [], contingencyMinor: 0, managementReserveMinor: 0 };
  const working = { lines, contingencyMinor, managementReserveMinor };
  return {
    projectId,
    currency: project.currency,
    status: state.resource.status,
    lines,
    ...budgetTotals(lines, contingencyMinor, managementReserveMinor, categories),
    submission:
      row?.status === 'submitted' && row.submitted_by && row.submitted_at
        ? {
            by: { id: row.submitted_by, name: row.submitted_by_name ?? '' },
            at: row.submitted_at,
            reason: row.submit_reason,
          }
        : null,
    returned:
      row?.returned_by && row.returned_at
        ? {
            by: { id: row.returned_by, name: row.returned_by_name ?? '' },
            at: row.returned_at,
            comment: row.return_comment,
          }
        : null,
    updatedBy: row?.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
    updatedAt: row?.updated_by ? row.updated_at : null,
    charterBudgetMinor: Number(project.budget_minor),
    approved: latest,
    changedSinceApproval: latest === null || budgetsDiffer(working, approvedLines),
    versions,
    version: state.version,
    ...budgetActions(actor, state.resource),
  };
}

async function approvedLinesOf(
  ex: Executor,
  projectId: string,
  number: number,
  categories: Awaited<ReturnType<typeof listCostCategories>>,
) {
  const v = (await repo.findBudgetVersion(ex, projectId, number)) as repo.BudgetVersionView;
  return versionView(v, await repo.listVersionLines(ex, v.id), categories);
}

/** One approved version with its lines as approved (money.read); 404 when the project has no such version. */
export async function getBudgetVersion(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  number: number,
): Promise<BudgetVersion> {
  const db = ctx.store.db;
  await loadProjectFor(db, actor, projectId, 'money.read');
  const v = await repo.findBudgetVersion(db, projectId, number);
  if (!v) {
    throw new DomainError('not_found', `Budget version ${number} of project ${projectId} not found`, {
      entity: 'budget_version',
      number,
    });
  }
  return versionView(v, await repo.listVersionLines(db, v.id), await listCostCategories(db));
}

/**
 * Replaces the working budget's lines and reserves, guarded by its version. The management reserve
 * is the PMO's: anyone else may leave it out or send it unchanged, and changing it is a 403 that
 * names it. A submitted budget waits for the PMO and is not edited.
 */
export async function updateProjectBudget(
  req: WriteRequest,
  projectId: string,
  body: UpdateBudgetBody,
): Promise<ProjectBudget> {
  const { ctx, actor } = req;
  await runWrite(req, {
    load: (trx) => loadBudgetState(trx, actor, projectId),
    authorise(state) {
      authoriseOn(budgetPolicy(actor, 'budget.edit', state.resource), { projectId });
      const current = Number(state.row?.management_reserve_minor ?? 0);
      if (body.managementReserveMinor !== undefined && body.managementReserveMinor !== current) {
        const d = budgetPolicy(actor, 'budget.management_reserve', state.resource);
        if (!d.allowed) {
          throw new DomainError(d.code, `managementReserveMinor: ${d.reason}`, {
            issues: [{ path: 'managementReserveMinor', message: d.reason }],
          });
        }
      }
    },
    version: { entity: 'budget', id: projectId, of: (state) => state.version },
    async apply(trx, state) {
      const lines = await checkedLines(trx, projectId, body, state.lines);
      const managementReserveMinor = body.managementReserveMinor ?? Number(state.row?.management_reserve_minor ?? 0);
      const total = lines.reduce((s, l) => s + l.amount_minor, 0) + body.contingencyMinor + managementReserveMinor;
      if (total > MAX_BUDGET_MINOR)
        throw invalidField('lines', `add up (with the reserves) to more than ${MAX_BUDGET_MINOR} minor units`);
      const now = ctx.now().toISOString();
      await repo.ensureProjectBudget(trx, projectId, now);
      const patch = {
        contingency_minor: body.contingencyMinor,
        management_reserve_minor: managementReserveMinor,
        updated_by: actor.userId,
        updated_at: now,
      };
      if (!(await repo.updateProjectBudget(trx, projectId, state.version, patch)))
        throw versionConflict('budget', projectId, state.version);
      await repo.replaceBudgetLines(trx, projectId, lines);
      return { lines, contingencyMinor: body.contingencyMinor, managementReserveMinor };
    },
    audit: (state, after) => ({
      action: 'budget.update',
      entityType: 'budget',
      entityId: projectId,
      projectId,
      before: auditSnapshot(
        state.lines,
        Number(state.row?.contingency_minor ?? 0),
        Number(state.row?.management_reserve_minor ?? 0),
      ),
      after: auditSnapshot(after.lines, after.contingencyMinor, after.managementReserveMinor),
    }),
    events: ({ project }, after) => [
      projectEvent('budget.updated', project, {
        totalMinor: auditSnapshot(after.lines, after.contingencyMinor, after.managementReserveMinor).totalMinor,
      }),
    ],
  });
  return getProjectBudget(ctx, actor, projectId);
}

/**
 * The body's lines as rows, checked: each names a cost category that is active (or already on the
 * working budget: a deactivated category's lines may stay) and a task of this project, and no two
 * share a category and element (one cell of the category × element table each).
 */
async function checkedLines(
  trx: Executor,
  projectId: string,
  body: UpdateBudgetBody,
  current: readonly ProjectBudgetLineRow[],
): Promise<ProjectBudgetLineRow[]> {
  const categories = new Map((await listCostCategories(trx)).map((c) => [c.id, c]));
  const kept = new Set(current.map((l) => l.category_id));
  const tasks = new Set((await repo.listWbsElements(trx, projectId)).map((t) => t.id));
  const keptTasks = new Set(current.map((l) => l.task_id));
  const seen = new Set<string>();
  return body.lines.map((l, i) => {
    const category = categories.get(l.category);
    if (!category || (category.active !== 1 && !kept.has(l.category)))
      throw invalidField(`lines.${i}.category`, 'is not an active cost category');
    // A line already on an element the plan has since lost may stay until the manager moves it.
    if (l.taskId !== null && !tasks.has(l.taskId) && !keptTasks.has(l.taskId))
      throw invalidField(`lines.${i}.taskId`, 'is not a task of this project');
    const key = `${l.category}\u0000${l.taskId ?? ''}`;
    if (seen.has(key))
      throw invalidField(`lines.${i}`, 'repeats a category on the same WBS element: one line per category and element');
    seen.add(key);
    return {
      project_id: projectId,
      position: i,
      category_id: l.category,
      task_id: l.taskId,
      amount_minor: l.amountMinor,
      note: l.note,
    };
  });
}

/** What the audit log keeps of a budget: its reserves and totals (each line is in the budget itself). */
export function auditSnapshot(
  lines: readonly Pick<ProjectBudgetLineRow, 'amount_minor'>[],
  contingencyMinor: number,
  managementReserveMinor: number,
) {
  const linesMinor = lines.reduce((s, l) => s + Number(l.amount_minor), 0);
  return {
    lineCount: lines.length,
    linesMinor,
    contingencyMinor,
    managementReserveMinor,
    totalMinor: linesMinor + contingencyMinor + managementReserveMinor,
  };
}
