import type { ExpenseRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** An expense with the names of the people on it and of its task. */
export interface ExpenseView extends ExpenseRow {
  entered_by_name: string;
  decided_by_name: string | null;
  task_name: string | null;
}

function baseQuery(ex: Executor) {
  return ex
    .selectFrom('expenses')
    .innerJoin('users as entered', 'entered.id', 'expenses.entered_by')
    .leftJoin('users as decided', 'decided.id', 'expenses.decided_by')
    .leftJoin('tasks', 'tasks.id', 'expenses.task_id')
    .selectAll('expenses')
    .select(['entered.name as entered_by_name', 'decided.name as decided_by_name', 'tasks.name as task_name']);
}

/** A project's expenses, newest date first. */
export async function listExpenses(ex: Executor, projectId: string): Promise<ExpenseView[]> {
  return baseQuery(ex)
    .where('expenses.project_id', '=', projectId)
    .orderBy('expenses.date', 'desc')
    .orderBy('expenses.id', 'desc')
    .execute();
}

/** One expense of one project. */
export async function findExpense(ex: Executor, projectId: string, id: string): Promise<ExpenseView | undefined> {
  return baseQuery(ex).where('expenses.id', '=', id).where('expenses.project_id', '=', projectId).executeTakeFirst();
}

/** The approved expenses of a project up to and including a day (YYYY-MM-DD): what actual cost counts. */
export async function approvedExpenses(
  ex: Executor,
  projectId: string,
  throughDate: string,
): Promise<Pick<ExpenseRow, 'task_id' | 'date' | 'amount_minor'>[]> {
  return ex
    .selectFrom('expenses')
    .select(['task_id', 'date', 'amount_minor'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'approved')
    .where('date', '<=', throughDate)
    .orderBy('date')
    .execute();
}

export async function insertExpense(ex: Executor, row: ExpenseRow): Promise<void> {
  await ex.insertInto('expenses').values(row).execute();
}

/** Records a decision on an expense still waiting, if its version is still `expected`. */
export async function decideExpense(
  ex: Executor,
  row: Pick<ExpenseRow, 'id' | 'status' | 'decided_by' | 'decided_at' | 'decision_note' | 'updated_at'>,
  expected: number,
): Promise<boolean> {
  const r = await ex
    .updateTable('expenses')
    .set({
      status: row.status,
      decided_by: row.decided_by,
      decided_at: row.decided_at,
      decision_note: row.decision_note,
      updated_at: row.updated_at,
      version: expected + 1,
    })
    .where('id', '=', row.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteExpense(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('expenses').where('id', '=', id).execute();
}
