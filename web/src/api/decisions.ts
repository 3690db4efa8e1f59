import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateDecisionBody, DecisionKind } from '../../../src/contracts/index.js';
import { gantry, ok, queryString } from './client.js';

/** Filters of the decisions log; from/to are dates (inclusive). */
export interface DecisionParams {
  q?: string;
  kind?: DecisionKind;
  projectId?: string;
  portfolioId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** One page of decisions, newest first. */
export function useDecisions(params: DecisionParams) {
  return useQuery({
    queryKey: ['decisions', params],
    queryFn: () => ok(gantry.GET('/api/decisions', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** The PMO's queue: managers' open approval requests. */
export function usePendingDecisions() {
  return useQuery({
    queryKey: ['decisions', 'pending'],
    queryFn: () => ok(gantry.GET('/api/decisions/pending')),
  });
}

/** The CSV export's address for these filters (a plain link: the browser downloads it with the session cookie). */
export function decisionsCsvHref(params: DecisionParams): string {
  const { page: _page, pageSize: _size, ...filters } = params;
  const qs = queryString({ ...filters });
  return `/api/decisions.csv${qs ? `?${qs}` : ''}`;
}

/** Records a decision by hand. */
export function useCreateDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDecisionBody) => ok(gantry.POST('/api/decisions', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['decisions'] }),
  });
}
