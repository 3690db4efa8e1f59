import { type Calendar, type WorkCalendar, workCalendar } from '../../core/schedule/index.js';
import type { CalendarRow } from '../../store/schema.js';
import { calendarsOf } from '../plan/plan-model.js';

/*
 * Compiled calendars by id and last change, kept in this process: every capacity view walks the
 * same few calendars over the same dates, and a WorkCalendar keeps its per-day index once built.
 * A changed calendar has a new updated_at, so an entry is never stale, only unused.
 */
const MAX_ENTRIES = 2000;
const compiled = new Map<string, WorkCalendar>();

function remember(key: string, make: () => WorkCalendar): WorkCalendar {
  let cal = compiled.get(key);
  if (!cal) {
    if (compiled.size >= MAX_ENTRIES) compiled.clear();
    cal = make();
    compiled.set(key, cal);
  }
  return cal;
}

/** The calendar of a stored row, compiled once per version of it. */
export function compiledCalendar(row: CalendarRow): WorkCalendar {
  return remember(`${row.id}@${row.updated_at}`, () => workCalendar(calendarsOf([row])[0] as Calendar));
}

/** A calendar derived from a row (a resource's base calendar plus its exceptions), under its own key. */
export function derivedCalendar(key: string, make: () => Calendar): WorkCalendar {
  return remember(key, () => workCalendar(make()));
}

/** Empties the cache (benchmarks time a cold read). */
export function forgetCompiledCalendars(): void {
  compiled.clear();
}
