import { DomainError } from '../core/errors.js';
import { hasApprovedBudget } from '../store/repos/budgets-repo.js';
import { findPortfolioRow } from '../store/repos/portfolios-repo.js';
import { findProjectByCode, listGeneratedCodes } from '../store/repos/projects-repo.js';
import { findUserById } from '../store/repos/users-repo.js';
import type { Executor } from '../store/transaction.js';

function fieldError(path: string, message: string, code: 'validation_failed' | 'conflict' = 'validation_failed') {
  return new DomainError(code, `${path}: ${message}`, { issues: [{ path, message }] });
}

/** Roles that can manage a project. */
const MANAGER_ROLES = ['admin', 'pmo', 'project_manager'];

/** A project's manager must be an active user who can manage projects. */
export async function assertManager(ex: Executor, managerId: string | null): Promise<void> {
  if (managerId === null) return;
  const user = await findUserById(ex, managerId);
  if (!user || user.active !== 1) throw fieldError('managerId', 'no active user with this id');
  if (!MANAGER_ROLES.includes(user.role))
    throw fieldError('managerId', `${user.name} is not a project manager, PMO or admin`);
}

/**
 * Once a project's budget is approved, the charter's budget is the approved total and its currency
 * the one the versions are in: both change through the budget (submit and approve), not here.
 */
export async function assertBudgetFieldsFree(
  ex: Executor,
  projectId: string,
  changed: { readonly budgetMinor: boolean; readonly currency: boolean },
): Promise<void> {
  if (!(changed.budgetMinor || changed.currency) || !(await hasApprovedBudget(ex, projectId))) return;
  if (changed.budgetMinor)
    throw fieldError(
      'budgetMinor',
      "is the approved budget's total: submit a changed budget for approval instead",
      'conflict',
    );
  throw fieldError('currency', 'is the currency of the approved budget, which cannot be converted', 'conflict');
}

export async function assertPortfolio(ex: Executor, portfolioId: string | null): Promise<void> {
  if (portfolioId !== null && !(await findPortfolioRow(ex, portfolioId))) {
    throw fieldError('portfolioId', 'no portfolio with this id');
  }
}

export async function assertCodeFree(ex: Executor, code: string, exceptId?: string): Promise<void> {
  const other = await findProjectByCode(ex, code);
  if (other && other.id !== exceptId)
    throw fieldError('code', `${code} is already used by another project`, 'conflict');
}

/** The next free PRJ-nnnn code (four digits, more when needed). */
export async function nextProjectCode(ex: Executor): Promise<string> {
  let max = 0;
  for (const code of await listGeneratedCodes(ex)) {
    const m = /^PRJ-(\d+)$/.exec(code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `PRJ-${String(max + 1).padStart(4, '0')}`;
}
