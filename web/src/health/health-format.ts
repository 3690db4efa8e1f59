import type { MetricUnit } from '../../../src/core/health/metric.js';
import type { Dimension, Rag } from '../../../src/core/health/model.js';

/** Labels of the health dimensions, in the order the engine reports them. */
export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  schedule: 'Schedule',
  cost: 'Cost',
  scope: 'Scope',
  resources: 'Resources',
  risk: 'Risk',
  quality: 'Quality',
  reporting: 'Reporting',
};

/** Mantine colours of a RAG; the same everywhere so a glance reads the same on every page. */
export const RAG_COLOURS: Readonly<Record<Rag, string>> = { green: 'teal', amber: 'yellow', red: 'red' };

/** Words for a RAG (colour alone must never carry the meaning). */
export const RAG_LABELS: Readonly<Record<Rag, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** Worst-first rank of a RAG, for sorting (red first when descending). */
export const RAG_RANK: Readonly<Record<Rag, number>> = { green: 0, amber: 1, red: 2 };

/** Trend arrows' words. */
export const TREND_LABELS = { better: 'Improving', worse: 'Worsening', same: 'Steady' } as const;

/** A metric's value with its unit, as a PMO reads it ("12 days", "8.5 %", "0.93"); null does not apply. */
export function formatMetric(value: number | null | undefined, unit: MetricUnit | undefined): string {
  if (value === null || value === undefined) return '—';
  const n = Number.isInteger(value) ? String(value) : value.toFixed(unit === 'ratio' ? 2 : 1);
  switch (unit) {
    case 'days':
      return `${n} day${Math.abs(value) === 1 ? '' : 's'}`;
    case 'percent':
      return `${n} %`;
    default:
      return n;
  }
}

/** A finish variance in working days with its sign ("+12 d" late, "−3 d" early, "on time"). */
export function formatVariance(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  if (days === 0) return 'on time';
  const rounded = Math.round(days * 10) / 10;
  return rounded > 0 ? `+${rounded} d` : `−${Math.abs(rounded)} d`;
}

/** A percentage 0–100 rounded for a table cell; null reads as a dash. */
export function formatPercent(p: number | null | undefined): string {
  return p === null || p === undefined ? '—' : `${Math.round(p)} %`;
}

/** The date part of a plan date-time (2024-01-08T08:00 -> 2024-01-08), for exports. */
export function planDay(dt: string | null | undefined): string {
  return dt ? dt.slice(0, 10) : '';
}
