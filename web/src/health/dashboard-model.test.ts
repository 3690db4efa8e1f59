import { describe, expect, it } from 'vitest';
import type { PortfolioHealthItem } from '../../../src/contracts/index.js';
import { dashboardRows, exportTable, ragCounts, toCsv } from './dashboard-model.js';

function item(code: string, over: Partial<PortfolioHealthItem> = {}): PortfolioHealthItem {
  return {
    projectId: `id-${code}`,
    code,
    name: `Project ${code}`,
    state: 'executing',
    portfolioId: null,
    portfolioName: null,
    managerId: 'm1',
    managerName: 'Mia',
    overall: 'green',
    computedOverall: 'green',
    trend: 'same',
    dimensions: [{ key: 'schedule', rag: 'green', computedRag: 'green', measured: true, override: null, reasons: [] }],
    metrics: {},
    forecastFinish: null,
    baselineFinish: null,
    percentComplete: null,
    percentPlanned: null,
    nextMilestone: null,
    lastReportAt: null,
    reportDue: null,
    reportOverdueDays: null,
    openActions: 0,
    overdueActions: 0,
    ...over,
  };
}

const base = { portfolioId: null, states: [], managerId: null, rags: [], sort: 'code' } as const;

describe('dashboardRows', () => {
  const items = [
    item('P-2', { overall: 'red', metrics: { finishVarianceDays: 12 } }),
    item('P-1', { overall: 'amber', managerId: 'm2', metrics: { finishVarianceDays: null } }),
    item('P-3', { overall: 'green', state: 'on_hold', metrics: { finishVarianceDays: 3 } }),
  ];

  it('puts the worst projects first when sorted by overall RAG, descending', () => {
    expect(dashboardRows(items, { ...base, sort: '-overall' }).map((r) => r.code)).toEqual(['P-2', 'P-1', 'P-3']);
  });

  it('sorts blanks last in both directions', () => {
    expect(dashboardRows(items, { ...base, sort: 'variance' }).map((r) => r.code)).toEqual(['P-3', 'P-2', 'P-1']);
    expect(dashboardRows(items, { ...base, sort: '-variance' }).map((r) => r.code)).toEqual(['P-2', 'P-3', 'P-1']);
  });

  it('keeps only the rows that pass every filter', () => {
    expect(dashboardRows(items, { ...base, rags: ['red', 'amber'], managerId: 'm2' }).map((r) => r.code)).toEqual([
      'P-1',
    ]);
    expect(dashboardRows(items, { ...base, states: ['on_hold'] }).map((r) => r.code)).toEqual(['P-3']);
    expect(ragCounts(items)).toEqual({ red: 1, amber: 1, green: 1 });
  });
});

describe('CSV export', () => {
  it('quotes commas and quotes, and keeps a formula-like name as text', () => {
    const t = exportTable([item('P-1', { name: '=HYPERLINK("x"), evil' })], ['schedule']);
    const csv = toCsv(t.header, t.rows);
    const [header, row] = csv.split('\r\n');
    expect(header).toContain('Code,Name,Portfolio,State,Manager,Overall,Computed overall,Trend,Schedule');
    expect(row).toContain(`"'=HYPERLINK(""x""), evil"`);
    expect(row?.startsWith('P-1,')).toBe(true);
  });
});
