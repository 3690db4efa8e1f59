import type { PortfolioHealthItem } from '../../../src/contracts/index.js';
import type { Dimension, Rag } from '../../../src/core/health/model.js';
import type { ProjectState } from '../../../src/core/lifecycle.js';
import { DIMENSION_LABELS, planDay, RAG_RANK } from './health-format.js';

/** The dashboard's filters (kept in the URL by use-dashboard-filters). */
export interface DashboardFilters {
  readonly portfolioId: string | null;
  readonly states: readonly ProjectState[];
  readonly managerId: string | null;
  /** Overall RAGs to keep; empty keeps all. */
  readonly rags: readonly Rag[];
  /** A sort key, '-' prefixed when descending. */
  readonly sort: string;
}

/** Columns the table sorts on, client-side (the API answers every project at once). */
export const DASHBOARD_SORTS = [
  'code',
  'name',
  'overall',
  'manager',
  'forecastFinish',
  'variance',
  'percentComplete',
  'nextMilestone',
] as const;

type Key = (typeof DASHBOARD_SORTS)[number];

function sortValue(item: PortfolioHealthItem, key: Key): string | number | null {
  switch (key) {
    case 'code':
      return item.code;
    case 'name':
      return item.name.toLocaleLowerCase();
    case 'overall':
      return RAG_RANK[item.overall];
    case 'manager':
      return item.managerName?.toLocaleLowerCase() ?? null;
    case 'forecastFinish':
      return item.forecastFinish;
    case 'variance':
      return item.metrics.finishVarianceDays ?? null;
    case 'percentComplete':
      return item.percentComplete;
    case 'nextMilestone':
      return item.nextMilestone?.date ?? null;
  }
}

/** The rows that pass the filters (portfolio is filtered by the API), sorted; blanks always sort last. */
export function dashboardRows(items: readonly PortfolioHealthItem[], f: DashboardFilters): PortfolioHealthItem[] {
  const rows = items.filter(
    (i) =>
      (f.states.length === 0 || f.states.includes(i.state)) &&
      (!f.managerId || i.managerId === f.managerId) &&
      (f.rags.length === 0 || f.rags.includes(i.overall)) &&
      (!f.portfolioId || i.portfolioId === f.portfolioId),
  );
  const descending = f.sort.startsWith('-');
  const key = (descending ? f.sort.slice(1) : f.sort) as Key;
  if (!DASHBOARD_SORTS.includes(key)) return rows;
  return rows
    .map((item) => ({ item, v: sortValue(item, key) }))
    .sort((a, b) => {
      if (a.v === b.v) return a.item.code.localeCompare(b.item.code);
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c = a.v < b.v ? -1 : 1;
      return descending ? -c : c;
    })
    .map((r) => r.item);
}

/** How many projects are red, amber and green overall. */
export function ragCounts(items: readonly PortfolioHealthItem[]): Record<Rag, number> {
  const counts: Record<Rag, number> = { green: 0, amber: 0, red: 0 };
  for (const i of items) counts[i.overall] += 1;
  return counts;
}

/** The dimensions shown as columns: those any row reports, in the engine's order. */
export function shownDimensions(items: readonly PortfolioHealthItem[]): Dimension[] {
  const seen = new Set<Dimension>();
  for (const i of items) for (const d of i.dimensions) seen.add(d.key);
  return (Object.keys(DIMENSION_LABELS) as Dimension[]).filter((d) => seen.has(d));
}

/** The export's header and rows (plain values) — one table for CSV and XLSX alike. */
export function exportTable(
  items: readonly PortfolioHealthItem[],
  dimensions: readonly Dimension[],
): { header: string[]; rows: (string | number | null)[][] } {
  const header = [
    'Code',
    'Name',
    'Portfolio',
    'State',
    'Manager',
    'Overall',
    'Computed overall',
    'Trend',
    ...dimensions.map((d) => DIMENSION_LABELS[d]),
    'Forecast finish',
    'Baseline finish',
    'Finish variance (working days)',
    '% complete',
    '% planned',
    'Next milestone',
    'Next milestone date',
    'Last report',
    'Report overdue (days)',
    'Open actions',
    'Overdue actions',
  ];
  const rows = items.map((i) => [
    i.code,
    i.name,
    i.portfolioName ?? '',
    i.state,
    i.managerName ?? '',
    i.overall,
    i.computedOverall,
    i.trend,
    ...dimensions.map((d) => {
      const dim = i.dimensions.find((x) => x.key === d);
      return dim ? (dim.measured ? dim.rag : 'not measured') : '';
    }),
    planDay(i.forecastFinish),
    planDay(i.baselineFinish),
    i.metrics.finishVarianceDays ?? null,
    i.percentComplete === null ? null : Math.round(i.percentComplete),
    i.percentPlanned === null ? null : Math.round(i.percentPlanned),
    i.nextMilestone?.name ?? '',
    planDay(i.nextMilestone?.date),
    i.lastReportAt?.slice(0, 10) ?? '',
    i.reportOverdueDays,
    i.openActions,
    i.overdueActions,
  ]);
  return { header, rows };
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks quoted; cells starting like a formula neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    let s = String(v);
    // A spreadsheet would run "=HYPERLINK(...)" typed into a project name: keep it text.
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
}
