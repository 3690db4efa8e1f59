import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gantry, ok, type QueryOf } from './client.js';

/** Filters of GET /api/milestones: portfolio, project states, milestone statuses, date window (YYYY-MM-DD). */
export type MilestoneParams = QueryOf<'/api/milestones'>;

/**
 * Every milestone of every project the caller may read, by date, with its slip against the
 * project's baseline. Keeps the previous answer on screen while a new filter loads.
 */
export function useMilestones(params: MilestoneParams) {
  return useQuery({
    queryKey: ['milestones', params],
    queryFn: () => ok(gantry.GET('/api/milestones', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}
