import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateExpenseBody, Expense } from '../../../src/contracts/index.js';
import { gantry, ok, type QueryOf } from './client.js';

/** Query of GET /api/projects/{id}/earned-value: status date (YYYY-MM-DDTHH:mm) and baseline number. */
export type EarnedValueParams = QueryOf<'/api/projects/{id}/earned-value'>;

const keys = {
  all: (projectId: string) => ['money', projectId] as const,
  earnedValue: (projectId: string, params: EarnedValueParams) => ['money', projectId, 'earned-value', params] as const,
  expenses: (projectId: string) => ['money', projectId, 'expenses'] as const,
};

/** Earned value at a status date; keeps the previous report on screen while another date loads. */
export function useEarnedValue(projectId: string, params: EarnedValueParams, enabled: boolean) {
  return useQuery({
    queryKey: keys.earnedValue(projectId, params),
    queryFn: () =>
      ok(gantry.GET('/api/projects/{id}/earned-value', { params: { path: { id: projectId }, query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The project's expenses as the caller may see them (a team member: their own), with totals. */
export function useExpenses(projectId: string) {
  return useQuery({
    queryKey: keys.expenses(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/expenses', { params: { path: { id: projectId } } })),
  });
}

/** The PMO's cost categories (inactive ones included; a form offers the active ones). */
export function useCostCategories() {
  return useQuery({
    queryKey: ['cost-categories'],
    queryFn: () => ok(gantry.GET('/api/cost-categories')),
    staleTime: 5 * 60_000,
  });
}

// An approved expense is actual cost: the earned value report changes with the list.
function useMoneyWrites(projectId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: keys.all(projectId) });
}

/** Records an expense (approved at once when the project's manager or the PMO enters it). */
export function useCreateExpense(projectId: string) {
  const written = useMoneyWrites(projectId);
  return useMutation({
    mutationFn: (body: CreateExpenseBody) =>
      ok(gantry.POST('/api/projects/{id}/expenses', { params: { path: { id: projectId } }, body })),
    onSuccess: written,
  });
}

/** Approves or rejects an expense waiting for approval, with an optional note. */
export function useDecideExpense(expense: Expense) {
  const written = useMoneyWrites(expense.projectId);
  return useMutation({
    mutationFn: ({ decision, note }: { decision: 'approve' | 'reject'; note: string }) => {
      const init = {
        params: { path: { id: expense.projectId, expenseId: expense.id } },
        body: { version: expense.version, note },
      };
      return ok(
        decision === 'approve'
          ? gantry.POST('/api/projects/{id}/expenses/{expenseId}/approve', init)
          : gantry.POST('/api/projects/{id}/expenses/{expenseId}/reject', init),
      );
    },
    onSuccess: written,
  });
}

/** Withdraws (its author, while it waits) or deletes (an approver) an expense. */
export function useDeleteExpense(expense: Expense) {
  const written = useMoneyWrites(expense.projectId);
  return useMutation({
    mutationFn: () =>
      ok(
        gantry.DELETE('/api/projects/{id}/expenses/{expenseId}', {
          params: { path: { id: expense.projectId, expenseId: expense.id } },
        }),
      ),
    onSuccess: written,
  });
}
