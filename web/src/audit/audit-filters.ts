import { useSearchParams } from 'react-router';
import type { AuditParams } from '../api/audit.js';
import { endOfDayIso, startOfDayIso } from '../lib/dates.js';

/** Audit entries per page. */
export const AUDIT_PAGE_SIZE = 25;

/** The audit filters as the user picks them (dates as YYYY-MM-DD), kept in the URL. */
export interface AuditFilters {
  readonly action: string;
  readonly entityType: string | null;
  readonly entityId: string;
  readonly actorId: string | null;
  readonly from: string;
  readonly to: string;
  readonly page: number;
}

const KEYS = ['action', 'entityType', 'entityId', 'actorId', 'from', 'to'] as const;

/** Reads and writes audit filters in the query string; any change returns to page 1. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    action: params.get('action') ?? '',
    entityType: params.get('entityType'),
    entityId: params.get('entityId') ?? '',
    actorId: params.get('actorId'),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const update = (patch: Partial<AuditFilters>) => {
    const merged = { ...filters, page: 1, ...patch };
    const next = new URLSearchParams();
    for (const key of KEYS) if (merged[key]) next.set(key, merged[key] as string);
    if (merged.page > 1) next.set('page', String(merged.page));
    setParams(next, { replace: true });
  };
  const active = KEYS.some((k) => Boolean(filters[k]));
  return { filters, update, active, clear: () => setParams(new URLSearchParams(), { replace: true }) };
}

/** The API query for these filters; dates become the local day's first and last instant. */
export function toAuditParams(f: AuditFilters): AuditParams {
  const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  return {
    action: f.action.trim() || undefined,
    entityType: f.entityType ?? undefined,
    entityId: f.entityId || undefined,
    actorId: f.actorId ?? undefined,
    from: valid(f.from) ? startOfDayIso(f.from) : undefined,
    to: valid(f.to) ? endOfDayIso(f.to) : undefined,
    page: f.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
