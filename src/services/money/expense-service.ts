import type { CreateExpenseBody, DecideExpenseBody, Expense, ExpenseList } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { policy } from '../../core/policy.js';
import { type ExpensePolicyResource, expenseActions, expensePolicy } from '../../core/resource-policies.js';
import { findCostCategory } from '../../store/repos/cost-categories-repo.js';
import * as repo from '../../store/repos/expenses-repo.js';
import { hasTask } from '../../store/repos/plan-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, authoriseOn, projectResource, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { projectEvent } from '../events/outbox.js';
import { loadProjectFor, projectTarget } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { assertOpen } from './status-periods.js';

/*
 * Expenses (issue 12, "Actuals"): money spent on a project on a day, in one of the PMO's cost
 * categories, optionally on a task. Entered by the project's manager or the PMO it is approved at
 * once; entered by a team member it waits for one of them. Approved expenses are actual cost.
 */

/** The project's expenses as `actor` may see them (money.read), with totals. */
export async function listExpenses(ctx: ServiceContext, actor: Actor, projectId: string): Promise<ExpenseList> {
  const project = await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  const resource = projectResource(actor, project);
  // A team member who may enter expenses sees their own; the manager, stakeholders and the PMO see all.
  const all = policy(actor, 'money.read', resource).allowed;
  if (!all) authorise(actor, 'expense.enter', resource);
  const rows = (await repo.listExpenses(ctx.store.db, projectId)).filter((r) => all || r.entered_by === actor.userId);
  let approvedMinor = 0;
  let submittedMinor = 0;
  for (const r of rows) {
    if (r.status === 'approved') approvedMinor += r.amount_minor;
    else if (r.status === 'submitted') submittedMinor += r.amount_minor;
  }
  return {
    items: rows.map((r) => toExpense(actor, project, r)),
    currency: project.currency,
    approvedMinor,
    submittedMinor,
  };
}

/** Records an expense: approved at once when the caller may approve the project's expenses. */
export async function createExpense(req: WriteRequest, projectId: string, body: CreateExpenseBody): Promise<Expense> {
  const { ctx, actor } = req;
  const id = ctx.newId();
  const created = await runWrite(req, {
    ...projectTarget(actor, projectId, 'expense.enter'),
    async apply(trx, project) {
      await assertOpen(trx, [body.date], 'date');
      const category = await findCostCategory(trx, body.category);
      if (!category || category.active !== 1) throw invalidField('category', 'is not an active cost category');
      if (body.taskId !== null && !(await hasTask(trx, projectId, body.taskId))) {
        throw invalidField('taskId', 'is not a task of this project');
      }
      const now = ctx.now().toISOString();
      const approved = policy(actor, 'expense.approve', projectResource(actor, project)).allowed;
      await repo.insertExpense(trx, {
        id,
        project_id: projectId,
        task_id: body.taskId,
        date: body.date,
        amount_minor: body.amountMinor,
        category_id: category.id,
        note: body.note,
        status: approved ? 'approved' : 'submitted',
        entered_by: actor.userId,
        decided_by: approved ? actor.userId : null,
        decided_at: approved ? now : null,
        decision_note: '',
        created_at: now,
        updated_at: now,
        version: 1,
      });
      return (await repo.findExpense(trx, projectId, id)) as repo.ExpenseView;
    },
    audit: (_p, row) => ({
      action: 'expense.create',
      entityType: 'expense',
      entityId: id,
      projectId,
      before: null,
      after: snapshot(row),
    }),
    events: (project, row) => [projectEvent('expense.entered', project, { expenseId: id, ...snapshot(row) })],
  });
  return expenseFor(ctx, actor, projectId, created.id);
}

/** Approves or rejects an expense waiting for approval (the manager or the PMO), with an optional note. */
export async function decideExpense(
  req: WriteRequest,
  projectId: string,
  expenseId: string,
  decision: 'approved' | 'rejected',
  body: DecideExpenseBody,
): Promise<Expense> {
  const { ctx, actor } = req;
  await runWrite(req, {
    load: (trx) => loadExpense(trx, actor, projectId, expenseId),
    authorise: ({ project, before }) =>
      authoriseOn(
        expensePolicy(
          actor,
          decision === 'approved' ? 'expense.approve' : 'expense.reject',
          policyOf(actor, project, before),
        ),
        {
          expenseId,
        },
      ),
    async apply(trx, { before }) {
      await assertOpen(trx, [before.date], 'date');
      const now = ctx.now().toISOString();
      const row = {
        id: expenseId,
        status: decision,
        decided_by: actor.userId,
        decided_at: now,
        decision_note: body.note,
        updated_at: now,
      };
      if (!(await repo.decideExpense(trx, row, body.version)))
        throw versionConflict('expense', expenseId, before.version);
      return row;
    },
    audit: ({ before }, row) => ({
      action: decision === 'approved' ? 'expense.approve' : 'expense.reject',
      entityType: 'expense',
      entityId: expenseId,
      projectId,
      before: { status: before.status },
      after: { status: row.status, note: row.decision_note },
    }),
    events: ({ project, before }) => [
      projectEvent('expense.decided', project, { expenseId, status: decision, amountMinor: before.amount_minor }),
    ],
  });
  return expenseFor(ctx, actor, projectId, expenseId);
}

/** Withdraws (its author, while it waits) or deletes (an approver) an expense. */
export async function deleteExpense(req: WriteRequest, projectId: string, expenseId: string): Promise<void> {
  const { actor } = req;
  await runWrite(req, {
    load: (trx) => loadExpense(trx, actor, projectId, expenseId),
    authorise: ({ project, before }) =>
      authoriseOn(expensePolicy(actor, 'expense.delete', policyOf(actor, project, before)), { expenseId }),
    version: { entity: 'expense', id: expenseId, of: ({ before }) => before.version },
    async apply(trx, { before }) {
      await assertOpen(trx, [before.date], 'date');
      await repo.deleteExpense(trx, expenseId);
    },
    audit: ({ before }) => ({
      action: 'expense.delete',
      entityType: 'expense',
      entityId: expenseId,
      projectId,
      before: snapshot(before),
      after: null,
    }),
    events: ({ project, before }) => [
      projectEvent('expense.deleted', project, { expenseId, amountMinor: before.amount_minor }),
    ],
  });
}

async function loadExpense(trx: Executor, actor: Actor, projectId: string, expenseId: string) {
  const project = await loadProjectFor(trx, actor, projectId, 'project.read');
  const before = await repo.findExpense(trx, projectId, expenseId);
  if (!before)
    throw new DomainError('not_found', `Expense ${expenseId} not found`, { entity: 'expense', id: expenseId });
  return { project, before };
}

async function expenseFor(ctx: ServiceContext, actor: Actor, projectId: string, id: string): Promise<Expense> {
  const project = await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  return toExpense(actor, project, (await repo.findExpense(ctx.store.db, projectId, id)) as repo.ExpenseView);
}

function policyOf(actor: Actor, project: ProjectView, r: repo.ExpenseView): ExpensePolicyResource {
  return {
    project: projectResource(actor, project),
    status: r.status as ExpensePolicyResource['status'],
    enteredBy: r.entered_by,
  };
}

function toExpense(actor: Actor, project: ProjectView, r: repo.ExpenseView): Expense {
  return {
    id: r.id,
    projectId: r.project_id,
    taskId: r.task_id,
    taskName: r.task_name,
    date: r.date,
    amountMinor: r.amount_minor,
    category: r.category_id,
    note: r.note,
    status: r.status as Expense['status'],
    enteredBy: { id: r.entered_by, name: r.entered_by_name },
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    createdAt: r.created_at,
    version: r.version,
    ...expenseActions(actor, policyOf(actor, project, r)),
  };
}

function snapshot(r: repo.ExpenseView) {
  return {
    date: r.date,
    amountMinor: r.amount_minor,
    category: r.category_id,
    taskId: r.task_id,
    note: r.note,
    status: r.status,
  };
}
