import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePortfolioBody, UpdatePortfolioBody } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/** Portfolios the caller may read, up to 200 (the list is short: a handful per organisation). */
export function usePortfolios(q?: string) {
  const params = { q, pageSize: 200 };
  return useQuery({
    queryKey: ['portfolios', params],
    queryFn: () => ok(gantry.GET('/api/portfolios', { params: { query: params } })),
  });
}

function usePortfolioWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['portfolios'] });
    // Projects show their portfolio's name, which may just have changed or gone.
    void qc.invalidateQueries({ queryKey: ['projects'] });
    void qc.invalidateQueries({ queryKey: ['project'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Creates a portfolio. */
export function useCreatePortfolio() {
  const written = usePortfolioWrites();
  return useMutation({
    mutationFn: (body: CreatePortfolioBody) => ok(gantry.POST('/api/portfolios', { body })),
    onSuccess: written,
  });
}

/** Updates a portfolio (with `version`). */
export function useUpdatePortfolio() {
  const written = usePortfolioWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdatePortfolioBody & { id: string }) =>
      ok(gantry.PATCH('/api/portfolios/{id}', { params: { path: { id } }, body })),
    onSuccess: written,
  });
}

/** Deletes a portfolio. */
export function useDeletePortfolio() {
  const written = usePortfolioWrites();
  return useMutation({
    mutationFn: (id: string) => ok(gantry.DELETE('/api/portfolios/{id}', { params: { path: { id } } })),
    onSuccess: written,
  });
}
