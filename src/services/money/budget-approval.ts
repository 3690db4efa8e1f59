import type { ApproveBudgetBody, ProjectBudget, ReturnBudgetBody, SubmitBudgetBody } from '../../contracts/index.js';
import { diffRecords } from '../../core/diff.js';
import { DomainError } from '../../core/errors.js';
import { type BudgetAction, budgetPolicy } from '../../core/resource-policies.js';
import * as repo from '../../store/repos/budgets-repo.js';
import { listCostCategories } from '../../store/repos/cost-categories-repo.js';
import type { ProjectBudgetLineRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authoriseOn, versionConflict } from '../access.js';
import type { AuditEvent } from '../audit-service.js';
import { projectEvent } from '../events/outbox.js';
import { updateProjectRow } from '../project-service.js';
import { charterOf } from '../project-view.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { auditSnapshot, type BudgetState, getProjectBudget, loadBudgetState } from './budget-service.js';
import { budgetsDiffer, type WbsIndex, wbsIndex, workingLine } from './budget-view.js';

/*
 * A budget's approval (issue 12): the manager submits the working budget with a reason; the PMO
 * approves it, and it becomes the next version ('original' for the first, 'revision' after) and,
 * in the same transaction, the charter's budget (lines + contingency + management reserve); or
 * returns it with a comment. Who, when and why stay on each version; returns are in the audit log.
 */

/** The opening of a budget step: loaded, allowed by the budget's policy, at the caller's version. */
function budgetStep(req: WriteRequest, projectId: string, action: BudgetAction) {
  return {
    load: (trx: Executor) => loadBudgetState(trx, req.actor, projectId),
    authorise: (state: BudgetState) => authoriseOn(budgetPolicy(req.actor, action, state.resource), { projectId }),
    version: { entity: 'budget', id: projectId, of: (state: BudgetState) => state.version },
  };
}

/** Hands the working budget to the PMO with a reason; it is frozen until approved or returned. */
export async function submitBudget(
  req: WriteRequest,
  projectId: string,
  body: SubmitBudgetBody,
): Promise<ProjectBudget> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...budgetStep(req, projectId, 'budget.submit'),
    async apply(trx, state) {
      const wbs = wbsIndex(await repo.listWbsElements(trx, projectId));
      assertElementsInPlan(state.lines, wbs);
      await assertChanged(trx, state, wbs);
      const now = ctx.now().toISOString();
      await repo.ensureProjectBudget(trx, projectId, now);
      const patch = { status: 'submitted', submitted_by: actor.userId, submitted_at: now, submit_reason: body.reason };
      if (!(await repo.updateProjectBudget(trx, projectId, state.version, patch)))
        throw versionConflict('budget', projectId, state.version);
    },
    audit: (state) => ({
      action: 'budget.submit',
      entityType: 'budget',
      entityId: projectId,
      projectId,
      before: { status: state.resource.status },
      after: { status: 'submitted', reason: body.reason, ...totalsOf(state) },
    }),
    events: (state) => [
      projectEvent('budget.submitted', state.project, {
        reason: body.reason,
        totalMinor: totalsOf(state).totalMinor,
        managerId: state.project.manager_id,
      }),
    ],
  });
  return getProjectBudget(ctx, actor, projectId);
}

/**
 * Approves the submitted budget: the next version, with the lines' WBS elements as they are now,
 * and the charter's budget set to its total (the project's version moves on with it).
 */
export async function approveBudget(
  req: WriteRequest,
  projectId: string,
  body: ApproveBudgetBody,
): Promise<ProjectBudget> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...budgetStep(req, projectId, 'budget.approve'),
    async apply(trx, state) {
      const row = state.row as repo.ProjectBudgetView;
      const wbs = wbsIndex(await repo.listWbsElements(trx, projectId));
      assertElementsInPlan(state.lines, wbs);
      const number = (await repo.listBudgetVersions(trx, projectId)).length + 1;
      const totals = totalsOf(state);
      const now = ctx.now().toISOString();
      const id = ctx.newId();
      await repo.insertBudgetVersion(
        trx,
        {
          id,
          project_id: projectId,
          number,
          kind: number === 1 ? 'original' : 'revision',
          change_request_id: null,
          reason: row.submit_reason,
          submitted_by: row.submitted_by,
          submitted_at: row.submitted_at,
          approved_by: actor.userId,
          approved_at: now,
          approval_note: body.note,
          currency: state.project.currency,
          lines_minor: totals.linesMinor,
          contingency_minor: totals.contingencyMinor,
          management_reserve_minor: totals.managementReserveMinor,
          total_minor: totals.totalMinor,
        },
        state.lines.map((l) => ({
          version_id: id,
          position: l.position,
          category_id: l.category_id,
          task_id: l.task_id,
          wbs: l.task_id === null ? null : (wbs.get(l.task_id)?.wbs ?? null),
          task_name: l.task_id === null ? null : (wbs.get(l.task_id)?.name ?? null),
          amount_minor: l.amount_minor,
          note: l.note,
        })),
      );
      const settled = {
        status: 'draft',
        submitted_by: null,
        submitted_at: null,
        submit_reason: '',
        returned_by: null,
        returned_at: null,
        return_comment: '',
      };
      if (!(await repo.updateProjectBudget(trx, projectId, state.version, settled)))
        throw versionConflict('budget', projectId, state.version);
      await updateProjectRow(trx, state.project, { budget_minor: totals.totalMinor, updated_at: now });
      return { number, totals };
    },
    audit: (state, { number, totals }): AuditEvent[] => [
      {
        action: 'budget.approve',
        entityType: 'budget',
        entityId: projectId,
        projectId,
        before: { status: 'submitted' },
        after: {
          status: 'draft',
          version: number,
          reason: (state.row as repo.ProjectBudgetView).submit_reason,
          note: body.note,
          ...totals,
        },
      },
      {
        action: 'project.update',
        entityType: 'project',
        entityId: projectId,
        projectId,
        before: charterOf(state.project),
        after: charterOf({ ...state.project, budget_minor: totals.totalMinor }),
      },
    ],
    events: (state, { number, totals }) => [
      projectEvent('budget.approved', state.project, {
        number,
        totalMinor: totals.totalMinor,
        managerId: state.project.manager_id,
      }),
      projectEvent('project.updated', state.project, {
        changes: diffRecords(
          charterOf(state.project),
          charterOf({ ...state.project, budget_minor: totals.totalMinor }),
        ),
      }),
    ],
  });
  return getProjectBudget(ctx, actor, projectId);
}

/** Returns the submitted budget to its manager with a comment; it is a draft again. */
export async function returnBudget(
  req: WriteRequest,
  projectId: string,
  body: ReturnBudgetBody,
): Promise<ProjectBudget> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...budgetStep(req, projectId, 'budget.return'),
    async apply(trx, state) {
      const now = ctx.now().toISOString();
      const patch = {
        status: 'draft',
        submitted_by: null,
        submitted_at: null,
        submit_reason: '',
        returned_by: actor.userId,
        returned_at: now,
        return_comment: body.comment,
      };
      if (!(await repo.updateProjectBudget(trx, projectId, state.version, patch)))
        throw versionConflict('budget', projectId, state.version);
    },
    audit: (state) => ({
      action: 'budget.return',
      entityType: 'budget',
      entityId: projectId,
      projectId,
      before: { status: 'submitted', reason: (state.row as repo.ProjectBudgetView).submit_reason },
      after: { status: 'draft', comment: body.comment },
    }),
    events: (state) => [
      projectEvent('budget.returned', state.project, { comment: body.comment, managerId: state.project.manager_id }),
    ],
  });
  return getProjectBudget(ctx, actor, projectId);
}

function totalsOf(state: BudgetState) {
  return auditSnapshot(
    state.lines,
    Number(state.row?.contingency_minor ?? 0),
    Number(state.row?.management_reserve_minor ?? 0),
  );
}

/** A line on an element the plan has lost cannot be approved: the manager moves it first. */
function assertElementsInPlan(lines: readonly ProjectBudgetLineRow[], wbs: WbsIndex): void {
  const i = lines.findIndex((l) => l.task_id !== null && !wbs.has(l.task_id));
  if (i >= 0) {
    throw new DomainError(
      'invalid_transition',
      `Budget line ${i + 1} is on a WBS element no longer in the plan: move it to another element or the project first`,
      { line: i },
    );
  }
}

/** Submitting the latest approved budget again would only make an identical version. */
async function assertChanged(trx: Executor, state: BudgetState, wbs: WbsIndex): Promise<void> {
  const versions = await repo.listBudgetVersions(trx, state.project.id);
  const latest = versions.at(-1);
  if (!latest) return;
  const categories = new Map((await listCostCategories(trx)).map((c) => [c.id, c]));
  const approved = await repo.listVersionLines(trx, latest.id);
  const asLine = (l: { category_id: string; task_id: string | null; amount_minor: number; note: string }) =>
    workingLine(l, categories, wbs);
  const working = {
    lines: state.lines.map(asLine),
    contingencyMinor: Number(state.row?.contingency_minor ?? 0),
    managementReserveMinor: Number(state.row?.management_reserve_minor ?? 0),
  };
  const before = {
    lines: approved.map(asLine),
    contingencyMinor: Number(latest.contingency_minor),
    managementReserveMinor: Number(latest.management_reserve_minor),
  };
  if (!budgetsDiffer(working, before)) {
    throw new DomainError(
      'invalid_transition',
      `This budget is the same as approved version ${latest.number}: change it before submitting`,
      { approvedVersion: latest.number },
    );
  }
}
