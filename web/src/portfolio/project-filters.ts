import { useSearchParams } from 'react-router';
import { PROJECT_SORT_FIELDS } from '../../../src/contracts/index.js';
import { PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import type { ProjectListParams } from '../api/projects.js';

/** Projects per page in lists. */
export const PAGE_SIZE = 25;

/** The project list's filters, kept in the URL so that a filtered view can be bookmarked, shared and returned to. */
export interface ProjectFilters {
  readonly q: string;
  readonly states: ProjectState[];
  readonly portfolioId: string | null;
  readonly managerId: string | null;
  /** Only proposals whose manager asked the PMO for approval. */
  readonly awaitingApproval: boolean;
  readonly sort: string;
  readonly page: number;
}

const SORTS = new Set<string>([...PROJECT_SORT_FIELDS, ...PROJECT_SORT_FIELDS.map((f) => `-${f}`)]);

/** Reads and writes the filters in the query string; any filter change goes back to page 1. */
export function useProjectFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ProjectFilters = {
    q: params.get('q') ?? '',
    states: (params.get('state') ?? '')
      .split(',')
      .filter((s): s is ProjectState => (PROJECT_STATES as readonly string[]).includes(s)),
    portfolioId: params.get('portfolio'),
    managerId: params.get('manager'),
    awaitingApproval: params.get('approval') === 'requested',
    sort: SORTS.has(params.get('sort') ?? '') ? (params.get('sort') as string) : 'code',
    page: Math.max(1, Number(params.get('page')) || 1),
  };

  const update = (patch: Partial<ProjectFilters>) => {
    const merged = { ...filters, page: 1, ...patch };
    const next = new URLSearchParams();
    if (merged.q) next.set('q', merged.q);
    if (merged.states.length) next.set('state', merged.states.join(','));
    if (merged.portfolioId) next.set('portfolio', merged.portfolioId);
    if (merged.managerId) next.set('manager', merged.managerId);
    if (merged.awaitingApproval) next.set('approval', 'requested');
    if (merged.sort !== 'code') next.set('sort', merged.sort);
    if (merged.page > 1) next.set('page', String(merged.page));
    setParams(next, { replace: true });
  };

  const active = Boolean(
    filters.q || filters.states.length || filters.portfolioId || filters.managerId || filters.awaitingApproval,
  );
  const clear = () => update({ q: '', states: [], portfolioId: null, managerId: null, awaitingApproval: false });
  return { filters, update, clear, active };
}

/** The API query for these filters. */
export function toListParams(f: ProjectFilters): ProjectListParams {
  return {
    q: f.q || undefined,
    state: f.states.length ? f.states : undefined,
    portfolioId: f.portfolioId ?? undefined,
    managerId: f.managerId ?? undefined,
    approvalRequested: f.awaitingApproval || undefined,
    sort: f.sort,
    page: f.page,
    pageSize: PAGE_SIZE,
  };
}
