import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePortfolioBody, Page, Portfolio, UpdatePortfolioBody } from '../../../src/contracts/index.js';
import { api, queryString } from './client.js';

/** Portfolios the caller may read, up to 200 (the list is short: a handful per organisation). */
export function usePortfolios(q?: string) {
  const params = { q, pageSize: 200 };
  return useQuery({
    queryKey: ['portfolios', params],
    queryFn: () => api<Page<Portfolio>>('GET', `/portfolios${queryString(params)}`),
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
    mutationFn: (body: CreatePortfolioBody) => api<Portfolio>('POST', '/portfolios', body),
    onSuccess: written,
  });
}

/** Updates a portfolio (with `version`). */
export function useUpdatePortfolio() {
  const written = usePortfolioWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdatePortfolioBody & { id: string }) =>
      api<Portfolio>('PATCH', `/portfolios/${id}`, body),
    onSuccess: written,
  });
}

/** Deletes a portfolio. */
export function useDeletePortfolio() {
  const written = usePortfolioWrites();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/portfolios/${id}`),
    onSuccess: written,
  });
}
