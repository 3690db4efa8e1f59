/*
 * How capacity reads on screen: utilisation bands (green under 80 %, amber to 100 %, red above,
 * grey without capacity) and minutes as hours.
 */

/** A cell's utilisation band. */
export type LoadBand = 'none' | 'idle' | 'ok' | 'busy' | 'over';

/** The colour of each band (light enough for dark text on it). */
export const BAND_COLOURS: Readonly<Record<LoadBand, string>> = {
  none: '#e9ecef',
  idle: '#f8f9fa',
  ok: '#b2f2bb',
  busy: '#ffd8a8',
  over: '#ffa8a8',
};

/** What each band means, for the legend. */
export const BAND_LABELS: Readonly<Record<LoadBand, string>> = {
  none: 'No capacity',
  idle: 'No demand',
  ok: 'Under 80 %',
  busy: '80–100 %',
  over: 'Over-allocated',
};

/** The band of demand against capacity (minutes); over-allocation as the server judged it. */
export function loadBand(capacity: number, demand: number, overallocated: boolean): LoadBand {
  if (overallocated) return 'over';
  if (capacity <= 0) return demand > 0 ? 'over' : 'none';
  if (demand <= 0) return 'idle';
  return demand / capacity < 0.8 ? 'ok' : 'busy';
}

/** Minutes as hours, one decimal below 10 h ("7.5 h", "120 h"). */
export function hours(minutes: number): string {
  const h = minutes / 60;
  return `${h < 10 ? Math.round(h * 10) / 10 : Math.round(h)} h`;
}

/** Demand as a percentage of capacity, or "–" without capacity. */
export function utilisation(capacity: number, demand: number): string {
  return capacity > 0 ? `${Math.round((demand / capacity) * 100)} %` : '–';
}

/** Today in local time, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A YYYY-MM-DD date plus `days`. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
