import type { CalendarFields } from '../../../src/contracts/index.js';
import { hoursText, minutesOf, WEEKDAY_SHORT, WEEKDAYS, type Weekday } from './working-time.js';

/*
 * One-line descriptions of a working week for lists ("Mon–Fri 8h"), and the presets the editor
 * offers. There is no night-shift preset on purpose: the engine's intervals end after they start
 * within one day, so a shift across midnight is two intervals on two days, not one.
 */

/** The week in a few words: runs of days with equal hours, "Mon–Fri 8h · Sat 4h"; "No working days" when empty. */
export function weekSummary(week: CalendarFields['week']): string {
  const runs: { from: Weekday; to: Weekday; minutes: number }[] = [];
  let prevIndex = -2;
  WEEKDAYS.forEach((d, i) => {
    const minutes = minutesOf(week[d] ?? []);
    if (minutes === 0) return;
    const last = runs[runs.length - 1];
    if (last && prevIndex === i - 1 && last.minutes === minutes) last.to = d;
    else runs.push({ from: d, to: d, minutes });
    prevIndex = i;
  });
  if (runs.length === 0) return 'No working days';
  if (runs.length === 1 && runs[0]?.from === 'monday' && runs[0].to === 'sunday') {
    return `Every day ${hoursText(runs[0].minutes)}`;
  }
  // Runs with the same hours share one figure: "Mon, Wed, Fri 8h".
  const groups = new Map<number, string[]>();
  for (const r of runs) {
    const label = r.from === r.to ? WEEKDAY_SHORT[r.from] : `${WEEKDAY_SHORT[r.from]}–${WEEKDAY_SHORT[r.to]}`;
    groups.set(r.minutes, [...(groups.get(r.minutes) ?? []), label]);
  }
  return [...groups].map(([minutes, labels]) => `${labels.join(', ')} ${hoursText(minutes)}`).join(' · ');
}

/** Working minutes per week and the working days' average, for the "match the week" hint. */
export function weekTotals(week: CalendarFields['week']): { minutesPerWeek: number; workingDays: number } {
  let minutesPerWeek = 0;
  let workingDays = 0;
  for (const d of WEEKDAYS) {
    const minutes = minutesOf(week[d] ?? []);
    minutesPerWeek += minutes;
    if (minutes > 0) workingDays++;
  }
  return { minutesPerWeek, workingDays };
}

/** A ready-made working week with its duration conversions. */
export interface CalendarPreset {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly fields: Pick<CalendarFields, 'week' | 'hoursPerDay' | 'hoursPerWeek' | 'daysPerMonth'>;
}

const office = ['08:00-12:00', '13:00-17:00'];
const allDay = ['00:00-24:00'];

/** The presets offered in the editor. */
export const CALENDAR_PRESETS: readonly CalendarPreset[] = [
  {
    id: 'standard',
    label: 'Standard 8h Mon–Fri',
    description: '08:00-12:00 and 13:00-17:00, Monday to Friday',
    fields: {
      week: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
      hoursPerDay: 8,
      hoursPerWeek: 40,
      daysPerMonth: 20,
    },
  },
  {
    id: '24h',
    label: '24 hours',
    description: 'Every minute of every day, for continuous work',
    fields: {
      week: Object.fromEntries(WEEKDAYS.map((d) => [d, allDay])),
      hoursPerDay: 24,
      hoursPerWeek: 168,
      daysPerMonth: 30,
    },
  },
];
