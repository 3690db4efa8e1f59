import { type DurationUnits, formatDurationDays } from '../../../../src/core/schedule/predecessor-text.js';
import { formatPlanDate } from '../plan-dates.js';

/*
 * How the impact panel words a scenario's changes: working-minute deltas read as the grid's
 * durations do ("+2d", "-0.5d"), dates in the plan view's format, and field names as people say them.
 */

/** A signed working-time delta, "+2d" later, "-0.5d" earlier, "no change" for 0, "—" when unknown. */
export function formatDelta(minutes: number | null | undefined, units: DurationUnits): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  if (minutes === 0) return 'no change';
  return `${minutes > 0 ? '+' : '-'}${formatDurationDays(Math.abs(minutes), false, units)}`;
}

/** "Mon 01/08/2024 → Wed 01/10/2024", or the one date when it did not change. */
export function formatMove(before: string | null, after: string | null): string {
  const a = formatPlanDate(before) || '—';
  const b = formatPlanDate(after) || '—';
  return a === b ? a : `${a} → ${b}`;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  durationMinutes: 'duration',
  remainingDurationMinutes: 'remaining duration',
  percentComplete: '% complete',
  constraintType: 'constraint',
  constraintDate: 'constraint date',
  actualStart: 'actual start',
  actualFinish: 'actual finish',
  responsibleId: 'responsible',
  calendarId: 'calendar',
  parentId: 'outline',
  position: 'position',
  lagKind: 'lag',
  projectStart: 'project start',
  statusDate: 'status date',
  defaultCalendarId: 'default calendar',
};

/** A changed field's name as people say it: "durationMinutes" -> "duration". */
export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
