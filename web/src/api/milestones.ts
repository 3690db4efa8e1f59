import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MilestoneList } from '../../../src/contracts/index.js';
import { api, type Params, queryString } from './client.js';

/** Filters of GET /api/milestones: portfolio, project states, milestone statuses, date window (YYYY-MM-DD). */
export interface MilestoneParams extends Params {
  portfolioId?: string;
  state?: readonly string[];
  status?: readonly string[];
  from?: string;
  to?: string;
}

/**
 * Every milestone of every project the caller may read, by date, with its slip against the
 * project's baseline. Keeps the previous answer on screen while a new filter loads.
 */
export function useMilestones(params: MilestoneParams) {
  return useQuery({
    queryKey: ['milestones', params],
    queryFn: () => api<MilestoneList>('GET', `/milestones${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}
