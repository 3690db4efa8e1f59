import { z } from 'zod';
import { ResourceException, ResourceSkill, UnitsStepWire } from '../../contracts/resources.js';
import {
  type ResourceKind,
  type ResourceSkill as Skill,
  type UnitsStep,
  WORK_KINDS,
} from '../../core/resources/model.js';
import type { Calendar, WorkCalendar } from '../../core/schedule/index.js';
import type { CalendarRow, ResourceRow } from '../../store/schema.js';
import { STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import { calendarsOf } from '../plan/plan-model.js';
import { personalExceptions, unitsSteps } from '../resources/pool-resource.js';
import { compiledCalendar, derivedCalendar } from './calendar-cache.js';

/*
 * The pool as capacity needs it: each work resource with its effective calendar (its base calendar,
 * the Standard one by default, with its personal exceptions applied on top) and its maximum units.
 * The lists are converted as the pool's own `poolResourceOf` converts them; this adds what a
 * view of the whole pool needs: tolerant parsing and compiled calendars cached by version.
 */

/** A work resource with its effective calendar. */
export interface CapacityPoolEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ResourceKind;
  readonly roleId: string | null;
  readonly department: string;
  readonly skills: readonly Skill[];
  readonly maxUnits: readonly UnitsStep[];
  readonly active: boolean;
  readonly calendar: WorkCalendar;
}

const Skills = z.array(ResourceSkill);
const Exceptions = z.array(ResourceException);
const UnitsSteps = z.array(UnitsStepWire);

function listOf<T extends z.ZodType>(schema: T, text: string): z.infer<T> | [] {
  // The pool service validated these lists when it wrote them; a row that does not parse (written
  // by hand, or by an older version) is read as empty rather than failing the whole view.
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function effectiveCalendar(row: ResourceRow, base: CalendarRow): WorkCalendar {
  const exceptions = personalExceptions({ exceptions: listOf(Exceptions, row.exceptions) });
  if (exceptions.length === 0) return compiledCalendar(base);
  return derivedCalendar(`${base.id}@${base.updated_at}+${row.id}@${row.version}`, () => {
    const cal = calendarsOf([base])[0] as Calendar;
    // Later exceptions win a day over earlier ones: the person's own leave overrides the base calendar.
    return { ...cal, exceptions: [...cal.exceptions, ...exceptions] };
  });
}

/** The base calendar ids the given resources need (the Standard calendar for those without one). */
export function poolCalendarIds(rows: readonly ResourceRow[]): string[] {
  return [...new Set([STANDARD_CALENDAR_ID, ...rows.map((r) => r.calendar_id ?? STANDARD_CALENDAR_ID)])];
}

/*
 * Entries by resource version and base calendar version: every view reads the whole pool, and
 * parsing 500 resources' lists each time was a tenth of a warm view.
 */
const entries = new Map<string, CapacityPoolEntry>();
const MAX_ENTRIES = 20_000;

function poolEntry(r: ResourceRow, base: CalendarRow): CapacityPoolEntry {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as ResourceKind,
    roleId: r.role_id,
    department: r.department,
    skills: listOf(Skills, r.skills),
    maxUnits: unitsSteps({ maxUnits: listOf(UnitsSteps, r.max_units) }),
    active: r.active === 1,
    calendar: effectiveCalendar(r, base),
  };
}

/** The work resources of the given rows with their effective calendars; material and cost resources carry no time. */
export function capacityPool(
  rows: readonly ResourceRow[],
  calendars: ReadonlyMap<string, CalendarRow>,
): CapacityPoolEntry[] {
  const standard = calendars.get(STANDARD_CALENDAR_ID) as CalendarRow;
  return rows
    .filter((r) => WORK_KINDS.includes(r.kind as ResourceKind))
    .map((r) => {
      const base = calendars.get(r.calendar_id ?? STANDARD_CALENDAR_ID) ?? standard;
      const key = `${r.id}@${r.version}@${r.updated_at}|${base.id}@${base.updated_at}`;
      let entry = entries.get(key);
      if (!entry) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entry = poolEntry(r, base);
        entries.set(key, entry);
      }
      return entry;
    });
}

/** Empties the cache (benchmarks time a cold read). */
export function forgetCapacityPool(): void {
  entries.clear();
}
