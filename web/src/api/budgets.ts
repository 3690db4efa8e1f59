import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApproveBudgetBody,
  ProjectBudget,
  ReturnBudgetBody,
  SubmitBudgetBody,
  UpdateBudgetBody,
  UpdatePortfolioBudgetBody,
} from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/*
 * Budgets (src/contracts/budgets.ts): a project's working budget, its approval steps and versions,
 * a portfolio's budget, and the PMO's cost categories the forms pick from.
 */

/** Query keys; everything under ['budget', projectId] is one project's budget. */
export const budgetKeys = {
  project: (projectId: string) => ['budget', projectId] as const,
  version: (projectId: string, n: number) => ['budget', projectId, 'version', n] as const,
  portfolio: (portfolioId: string) => ['portfolio-budget', portfolioId] as const,
  categories: ['cost-categories'] as const,
};

/** The PMO's cost categories, in order (inactive ones too: old lines still name them). */
export function useCostCategories() {
  return useQuery({
    queryKey: budgetKeys.categories,
    queryFn: () => ok(gantry.GET('/api/cost-categories')),
    staleTime: 5 * 60_000,
  });
}

/** The project's tasks as WBS elements a budget line may sit on: id, WBS code, name. */
export function useWbsElements(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['budget', projectId, 'elements'],
    queryFn: async () => {
      const plan = await ok(gantry.GET('/api/projects/{id}/tasks', { params: { path: { id: projectId } } }));
      return 'tasks' in plan ? plan.tasks.map((t) => ({ id: t.id, wbs: t.wbs, name: t.name })) : [];
    },
    enabled,
  });
}

/** The working budget, its totals and approved versions. */
export function useProjectBudget(projectId: string) {
  return useQuery({
    queryKey: budgetKeys.project(projectId),
    queryFn: () => ok(gantry.GET('/api/projects/{id}/budget', { params: { path: { id: projectId } } })),
  });
}

/** One approved version with its lines; idle until one is chosen. */
export function useBudgetVersion(projectId: string, n: number | null) {
  return useQuery({
    queryKey: budgetKeys.version(projectId, n ?? 0),
    queryFn: () =>
      ok(
        gantry.GET('/api/projects/{id}/budget/versions/{n}', {
          params: { path: { id: projectId, n: n ?? 1 } },
        }),
      ),
    enabled: n !== null,
  });
}

function useBudgetWritten(projectId: string) {
  const qc = useQueryClient();
  return (budget: ProjectBudget) => {
    qc.setQueryData(budgetKeys.project(projectId), budget);
    // An approval sets the charter's budget.
    void qc.invalidateQueries({ queryKey: ['project', projectId] });
    void qc.invalidateQueries({ queryKey: ['projects'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Saves the working budget's lines and reserves (with `version`). */
export function useSaveBudget(projectId: string) {
  const written = useBudgetWritten(projectId);
  return useMutation({
    mutationFn: (body: UpdateBudgetBody) =>
      ok(gantry.PUT('/api/projects/{id}/budget', { params: { path: { id: projectId } }, body })),
    onSuccess: written,
  });
}

/** A step of the approval: the manager submits, the PMO approves or returns. */
export type BudgetStep =
  | { readonly step: 'submit'; readonly body: SubmitBudgetBody }
  | { readonly step: 'approve'; readonly body: ApproveBudgetBody }
  | { readonly step: 'return'; readonly body: ReturnBudgetBody };

/** Runs one approval step. */
export function useBudgetStep(projectId: string) {
  const written = useBudgetWritten(projectId);
  return useMutation({
    mutationFn: (s: BudgetStep) => {
      const params = { path: { id: projectId } };
      if (s.step === 'submit') return ok(gantry.POST('/api/projects/{id}/budget/submit', { params, body: s.body }));
      if (s.step === 'approve') return ok(gantry.POST('/api/projects/{id}/budget/approve', { params, body: s.body }));
      return ok(gantry.POST('/api/projects/{id}/budget/return', { params, body: s.body }));
    },
    onSuccess: written,
  });
}

/** A portfolio's budget against its projects' approved budgets. */
export function usePortfolioBudget(portfolioId: string) {
  return useQuery({
    queryKey: budgetKeys.portfolio(portfolioId),
    queryFn: () => ok(gantry.GET('/api/portfolios/{id}/budget', { params: { path: { id: portfolioId } } })),
  });
}

/** Saves a portfolio's budget (with `version`). */
export function useSavePortfolioBudget(portfolioId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePortfolioBudgetBody) =>
      ok(gantry.PUT('/api/portfolios/{id}/budget', { params: { path: { id: portfolioId } }, body })),
    onSuccess: (budget) => {
      qc.setQueryData(budgetKeys.portfolio(portfolioId), budget);
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** One portfolio (its name and what the caller may do on it). */
export function usePortfolio(portfolioId: string) {
  return useQuery({
    queryKey: ['portfolios', 'one', portfolioId],
    queryFn: () => ok(gantry.GET('/api/portfolios/{id}', { params: { path: { id: portfolioId } } })),
  });
}
