import { useSearchParams } from 'react-router';
import { PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import type { MilestoneParams } from '../api/milestones.js';
import { MILESTONE_SORT_FIELDS, MILESTONE_STATUSES, type MilestoneStatus } from './milestone-model.js';

/** The milestone view's filters and table sort, kept in the URL so a view can be bookmarked and shared. */
export interface MilestoneFilters {
  readonly portfolioId: string | null;
  readonly states: ProjectState[];
  readonly statuses: MilestoneStatus[];
  /** Date window, YYYY-MM-DD, inclusive; '' when open. */
  readonly from: string;
  readonly to: string;
  readonly sort: string;
  /** Page of the table (the timeline always shows everything). */
  readonly page: number;
}

const SORTS = new Set<string>([...MILESTONE_SORT_FIELDS, ...MILESTONE_SORT_FIELDS.map((f) => `-${f}`)]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function listOf<T extends string>(text: string | null, allowed: readonly T[]): T[] {
  return (text ?? '').split(',').filter((s): s is T => (allowed as readonly string[]).includes(s));
}

/** Reads and writes the filters in the query string (`?portfolio=…&state=…&status=…&from=…&to=…&sort=…&page=…`). */
export function useMilestoneFilters() {
  const [params, setParams] = useSearchParams();
  const filters: MilestoneFilters = {
    portfolioId: params.get('portfolio'),
    states: listOf(params.get('state'), PROJECT_STATES),
    statuses: listOf(params.get('status'), MILESTONE_STATUSES),
    from: DAY.test(params.get('from') ?? '') ? (params.get('from') as string) : '',
    to: DAY.test(params.get('to') ?? '') ? (params.get('to') as string) : '',
    sort: SORTS.has(params.get('sort') ?? '') ? (params.get('sort') as string) : 'date',
    page: Math.max(1, Number(params.get('page')) || 1),
  };

  /** Any change but a page turn goes back to the table's first page. */
  const update = (patch: Partial<MilestoneFilters>) => {
    const merged = { ...filters, page: 1, ...patch };
    const next = new URLSearchParams();
    if (merged.portfolioId) next.set('portfolio', merged.portfolioId);
    if (merged.states.length) next.set('state', merged.states.join(','));
    if (merged.statuses.length) next.set('status', merged.statuses.join(','));
    if (merged.from) next.set('from', merged.from);
    if (merged.to) next.set('to', merged.to);
    if (merged.sort !== 'date') next.set('sort', merged.sort);
    if (merged.page > 1) next.set('page', String(merged.page));
    setParams(next, { replace: true });
  };

  const active = Boolean(
    filters.portfolioId || filters.states.length || filters.statuses.length || filters.from || filters.to,
  );
  const clear = () => update({ portfolioId: null, states: [], statuses: [], from: '', to: '' });
  return { filters, update, clear, active };
}

/** True when the window's end comes before its start (the server would refuse it). */
export function windowInverted(f: Pick<MilestoneFilters, 'from' | 'to'>): boolean {
  return Boolean(f.from && f.to && f.to < f.from);
}

/** The API query for these filters; an inverted window is not sent (the field shows the error instead). */
export function toMilestoneParams(f: MilestoneFilters): MilestoneParams {
  const inverted = windowInverted(f);
  return {
    portfolioId: f.portfolioId ?? undefined,
    state: f.states.length ? f.states : undefined,
    status: f.statuses.length ? f.statuses : undefined,
    from: f.from || undefined,
    to: inverted ? undefined : f.to || undefined,
  };
}
