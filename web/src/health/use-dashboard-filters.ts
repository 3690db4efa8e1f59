import { useSearchParams } from 'react-router';
import type { Me } from '../../../src/contracts/index.js';
import { RAGS, type Rag } from '../../../src/core/health/model.js';
import { PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import { DASHBOARD_SORTS, type DashboardFilters } from './dashboard-model.js';

/** `manager=all` in the URL: a PM chose to see every project rather than their own. */
const ALL = 'all';
const SORTS = new Set<string>([...DASHBOARD_SORTS, ...DASHBOARD_SORTS.map((s) => `-${s}`)]);
/** Worst first: what a PMO opens the dashboard for. */
const DEFAULT_SORT = '-overall';

/**
 * The dashboard's filters in the query string (bookmarkable, shared with the portfolio cards'
 * `portfolio` parameter). A project manager's home defaults to their own projects.
 */
export function useDashboardFilters(me: Me) {
  const [params, setParams] = useSearchParams();
  const pm = me.user.role === 'project_manager';
  const managerParam = params.get('manager');
  const filters: DashboardFilters & { page: number } = {
    portfolioId: params.get('portfolio'),
    states: (params.get('state') ?? '')
      .split(',')
      .filter((s): s is ProjectState => (PROJECT_STATES as readonly string[]).includes(s)),
    managerId: managerParam === ALL ? null : (managerParam ?? (pm ? me.user.id : null)),
    rags: (params.get('rag') ?? '').split(',').filter((r): r is Rag => (RAGS as readonly string[]).includes(r)),
    sort: SORTS.has(params.get('sort') ?? '') ? (params.get('sort') as string) : DEFAULT_SORT,
    page: Math.max(1, Number(params.get('page')) || 1),
  };

  const update = (patch: Partial<DashboardFilters & { page: number }>) => {
    const m = { ...filters, page: 1, ...patch };
    const next = new URLSearchParams();
    if (m.portfolioId) next.set('portfolio', m.portfolioId);
    if (m.states.length) next.set('state', m.states.join(','));
    if (m.managerId && !(pm && m.managerId === me.user.id)) next.set('manager', m.managerId);
    else if (!m.managerId && pm) next.set('manager', ALL);
    if (m.rags.length) next.set('rag', m.rags.join(','));
    if (m.sort !== DEFAULT_SORT) next.set('sort', m.sort);
    if (m.page > 1) next.set('page', String(m.page));
    setParams(next, { replace: true });
  };
  const active = Boolean(filters.portfolioId || filters.states.length || filters.managerId || filters.rags.length);
  const clear = () => update({ portfolioId: null, states: [], managerId: null, rags: [] });
  return { filters, update, clear, active };
}
