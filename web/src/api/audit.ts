import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gantry, ok } from './client.js';

/** Filters and page of the audit log; `from`/`to` are ISO instants. */
export interface AuditParams {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** One page of audit entries, newest first. */
export function useAudit(params: AuditParams, enabled = true) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: () => ok(gantry.GET('/api/audit', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
