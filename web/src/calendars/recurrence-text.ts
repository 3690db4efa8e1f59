import type { CalendarExceptionJson } from '../../../src/contracts/index.js';

/*
 * Recurring exceptions the editor does not edit (they come with MS Project and P6 plans) are
 * described in words so that people can see what they keep.
 */

type Recurrence = NonNullable<CalendarExceptionJson['recurrence']>;

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const POSITIONS = ['', 'first', 'second', 'third', 'fourth', 'last'];

function dayName(day: number | 'day' | 'weekday' | 'weekendDay'): string {
  if (day === 'day') return 'day';
  if (day === 'weekday') return 'weekday';
  if (day === 'weekendDay') return 'weekend day';
  return DAY_NAMES[day] ?? `day ${day}`;
}

const every = (n: number, one: string, many: string) => (n === 1 ? `Every ${one}` : `Every ${n} ${many}`);

/** A recurrence in a few words: "Every 2 weeks on Mon, Fri", "Monthly, last Friday" (and "6 times"). */
export function recurrenceText(r: Recurrence, occurrences?: number): string {
  let text: string;
  switch (r.kind) {
    case 'daily':
      text = every(r.everyDays, 'day', 'days');
      break;
    case 'weekly':
      text = `${every(r.everyWeeks, 'week', 'weeks')} on ${r.weekdays.map((d) => (DAY_NAMES[d] ?? '').slice(0, 3)).join(', ')}`;
      break;
    case 'monthlyByDate':
      text = `${every(r.everyMonths, 'month', 'months')} on day ${r.dayOfMonth}`;
      break;
    case 'monthlyByWeekday':
      text = `${every(r.everyMonths, 'month', 'months')}, ${POSITIONS[r.position]} ${dayName(r.day)}`;
      break;
    case 'yearlyByDate':
      text = `Every year on ${r.dayOfMonth} ${MONTHS[r.month - 1]}`;
      break;
    case 'yearlyByWeekday':
      text = `Every year, ${POSITIONS[r.position]} ${dayName(r.day)} of ${MONTHS[r.month - 1]}`;
      break;
  }
  return occurrences ? `${text} (${occurrences} times)` : text;
}
