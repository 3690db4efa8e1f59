import { DomainError } from '../core/errors.js';
import type { FileAssignment, FileResource, PlanResources } from '../core/resources/model.js';
import {
  type Calendar,
  calendarId,
  type Lag,
  type Link,
  type Plan,
  type Task,
  taskId,
} from '../core/schedule/model.js';
import { type EpochMinute, requireLocalDateTime } from '../core/schedule/time.js';
import { calendarFromJson } from './calendar-json.js';
import type { ImportReport } from './import-report.js';
import { checkJsonLimits } from './json-limits.js';
import { acceptPlanJson } from './json-plan-check.js';
import type { PlanJson } from './json-plan-schema.js';

/*
 * A checked plan file into the engine's Plan. No zod here: `gantry schedule` reads valid plans
 * through readValidJsonPlan without loading it (json-plan.ts adds the schema's error messages).
 */

interface Units {
  readonly hoursPerDay: number;
  readonly hoursPerWeek: number;
  readonly daysPerMonth: number;
}

/** A duration or lag: minutes, whether wall-clock, or a percentage of the predecessor's duration. */
interface Quantity {
  readonly minutes: number;
  readonly elapsed: boolean;
  readonly percent: number | null;
}

/** "5d", "4h", "3ed", "50%" or a number of minutes, converted with a calendar's hours per day/week. */
export function parseQuantity(value: number | string, units: Units, field: string): Quantity {
  if (typeof value === 'number') return { minutes: value, elapsed: false, percent: null };
  const m = /^(-?\d+(?:\.\d+)?)\s*(e?)(m|min|h|d|w|mo|%)?$/.exec(value.trim());
  if (!m) throw new DomainError('validation_failed', `${field}: not a duration: ${JSON.stringify(value)}`, { field });
  const n = Number(m[1]);
  const elapsed = m[2] === 'e';
  const unit = m[3] ?? 'm';
  if (unit === '%') return { minutes: 0, elapsed, percent: n };
  return { minutes: Math.round(n * minutesPer(unit, elapsed, units)), elapsed, percent: null };
}

/** Minutes in one `unit`; a switch rather than a table built per call (plans hold thousands of durations). */
function minutesPer(unit: string, elapsed: boolean, units: Units): number {
  const day = elapsed ? 1440 : units.hoursPerDay * 60;
  switch (unit) {
    case 'h':
      return 60;
    case 'd':
      return day;
    case 'w':
      return elapsed ? 10080 : units.hoursPerWeek * 60;
    case 'mo':
      return elapsed ? 43200 : units.daysPerMonth * day;
    default: // m, min
      return 1;
  }
}

// The field's name is only built for a date that is there: most of a plan's optional dates are not.
const optionalDate = (text: string | null | undefined, at: string, name: string): EpochMinute | null =>
  text ? requireLocalDateTime(text, `${at}${name}`) : null;

/** A plan file's parsed, checked content as the engine's Plan; a bad duration or date throws DomainError naming it. */
export function planFromJson(json: PlanJson): { plan: Plan; report: ImportReport; resources?: PlanResources } {
  const calendars: Calendar[] = json.calendars.map((c, ci) =>
    calendarFromJson(c.id, c.name ?? c.id, c, `calendars[${ci}]`),
  );
  const byId = new Map(calendars.map((c) => [c.id as string, c]));
  const unitsOf = new Map<string, Units>();
  const units = (id: string | null | undefined): Units => {
    const key = id ?? json.defaultCalendar;
    let u = unitsOf.get(key);
    if (u === undefined) {
      const c = byId.get(key) ?? byId.get(json.defaultCalendar);
      u = {
        hoursPerDay: c?.hoursPerDay ?? 8,
        hoursPerWeek: c?.hoursPerWeek ?? 40,
        daysPerMonth: c?.daysPerMonth ?? 20,
      };
      unitsOf.set(key, u);
    }
    return u;
  };
  const tasks: Task[] = json.tasks.map((t, i) => {
    const at = `tasks[${i}]`;
    const duration = parseQuantity(t.duration, units(t.calendar), `${at}.duration`);
    if (duration.percent !== null) {
      throw new DomainError('validation_failed', `${at}.duration: a percentage is only a lag`, {
        field: `${at}.duration`,
      });
    }
    const remaining =
      t.remainingDuration == null
        ? null
        : parseQuantity(t.remainingDuration, units(t.calendar), `${at}.remainingDuration`);
    return {
      id: taskId(t.id),
      name: t.name,
      parentId: t.parent ? taskId(t.parent) : null,
      ...(t.wbs ? { wbsCode: t.wbs } : {}),
      durationMinutes: duration.minutes,
      ...(duration.elapsed ? { elapsed: true } : {}),
      ...(t.milestone
        ? { milestone: true, ...(typeof t.milestone === 'string' ? { milestoneKind: t.milestone } : {}) }
        : {}),
      calendarId: t.calendar ? calendarId(t.calendar) : null,
      ...(t.manual
        ? {
            manual: true,
            manualStart: requireLocalDateTime(t.manual.start, `${at}.manual.start`),
            manualFinish: optionalDate(t.manual.finish, at, '.manual.finish'),
          }
        : {}),
      ...(t.constraint
        ? { constraint: { type: t.constraint.type, date: optionalDate(t.constraint.date, at, '.constraint.date') } }
        : {}),
      ...(t.secondaryConstraint
        ? {
            secondaryConstraint: {
              type: t.secondaryConstraint.type,
              date: optionalDate(t.secondaryConstraint.date, at, '.secondaryConstraint.date'),
            },
          }
        : {}),
      deadline: optionalDate(t.deadline, at, '.deadline'),
      actualStart: optionalDate(t.actualStart, at, '.actualStart'),
      actualFinish: optionalDate(t.actualFinish, at, '.actualFinish'),
      ...(t.percentComplete !== undefined ? { percentComplete: t.percentComplete } : {}),
      ...(remaining ? { remainingDurationMinutes: remaining.minutes } : {}),
      ...(t.levelOfEffort ? { levelOfEffort: true } : {}),
      ...(t.priority !== undefined ? { priority: t.priority } : {}),
      ...(t.levelingDelay !== undefined
        ? { levelingDelayMinutes: parseQuantity(t.levelingDelay, units(t.calendar), `${at}.levelingDelay`).minutes }
        : {}),
      ...(t.drivers
        ? {
            durationDrivers: t.drivers.map((d, di) => {
              const total = parseQuantity(d.duration, units(d.calendar), `${at}.drivers[${di}].duration`).minutes;
              return {
                calendarId: calendarId(d.calendar),
                durationMinutes: total,
                remainingDurationMinutes:
                  d.remainingDuration === undefined
                    ? total
                    : parseQuantity(d.remainingDuration, units(d.calendar), `${at}.drivers[${di}].remainingDuration`)
                        .minutes,
              };
            }),
          }
        : {}),
    };
  });
  const links: Link[] = json.links.map((l, i) => {
    const q = parseQuantity(l.lag, units(null), `links[${i}].lag`);
    const lag: Lag =
      q.percent !== null
        ? { kind: 'percent', percent: q.percent }
        : { kind: q.elapsed ? 'elapsed' : 'working', minutes: q.minutes };
    return {
      predecessorId: taskId(l.from),
      successorId: taskId(l.to),
      type: l.type,
      lag,
      ...(l.lagCalendar ? { lagCalendar: l.lagCalendar } : {}),
    };
  });
  const o = json.options;
  const plan: Plan = {
    name: json.name ?? 'Plan',
    defaultCalendarId: calendarId(json.defaultCalendar),
    calendars,
    tasks,
    links,
    options: {
      projectStart: requireLocalDateTime(json.projectStart, 'projectStart'),
      ...(o.direction ? { direction: o.direction } : {}),
      projectFinish: optionalDate(o.projectFinish, 'options', '.projectFinish'),
      mustFinishBy: optionalDate(o.mustFinishBy, 'options', '.mustFinishBy'),
      statusDate: optionalDate(o.statusDate, 'options', '.statusDate'),
      ...(o.progress ? { progress: o.progress } : {}),
      ...(o.flavour ? { flavour: o.flavour } : {}),
      ...(o.totalFloat ? { totalFloat: o.totalFloat } : {}),
      ...(o.critical ? { critical: o.critical } : {}),
      ...(o.criticalFloat !== undefined
        ? { criticalFloatMinutes: parseQuantity(o.criticalFloat, units(null), 'options.criticalFloat').minutes }
        : {}),
      ...(o.lagCalendar ? { lagCalendar: o.lagCalendar } : {}),
    },
  };
  const resources = resourcesFromJson(json, byId);
  return { plan, report: { format: 'json', notes: [] }, ...(resources ? { resources } : {}) };
}

/** The file's pool and assignments (absent when it has neither); an unknown task, resource or calendar throws naming it. */
function resourcesFromJson(json: PlanJson, calendars: ReadonlyMap<string, Calendar>): PlanResources | undefined {
  if (!json.resources && !json.assignments) return undefined;
  const ids = new Set<string>();
  const resources: FileResource[] = (json.resources ?? []).map((r, i) => {
    if (ids.has(r.id))
      throw new DomainError('validation_failed', `resources[${i}].id: duplicate id`, { field: `resources[${i}].id` });
    ids.add(r.id);
    if (r.calendar && !calendars.has(r.calendar)) {
      throw new DomainError('validation_failed', `resources[${i}].calendar: unknown calendar ${r.calendar}`, {
        field: `resources[${i}].calendar`,
      });
    }
    return {
      id: r.id,
      code: r.id,
      name: r.name ?? r.id,
      kind: r.kind,
      calendarId: r.calendar ? calendarId(r.calendar) : null,
      // One step from the beginning of time: the units hold throughout.
      maxUnits: r.maxUnits === 1 ? [] : [{ fromDay: -1_000_000, units: r.maxUnits }],
      rates: [],
    };
  });
  const taskIds = new Set(json.tasks.map((t) => t.id));
  const assignments: FileAssignment[] = (json.assignments ?? []).map((a, i) => {
    if (!taskIds.has(a.task)) {
      throw new DomainError('validation_failed', `assignments[${i}].task: unknown task ${a.task}`, {
        field: `assignments[${i}].task`,
      });
    }
    if (!ids.has(a.resource)) {
      throw new DomainError('validation_failed', `assignments[${i}].resource: unknown resource ${a.resource}`, {
        field: `assignments[${i}].resource`,
      });
    }
    return {
      id: `${a.task}/${a.resource}/${i}`,
      taskId: taskId(a.task),
      resourceId: a.resource,
      units: a.units,
      workMinutes: 0,
      actualWorkMinutes: 0,
      remainingWorkMinutes: null,
      levelingDelayMinutes: 0,
    };
  });
  return { resources, assignments };
}

/**
 * Reads a valid plan file without loading zod, or returns null: then readJsonPlan (json-plan.ts)
 * says what is wrong. Durations and dates the schema lets through may still throw DomainError.
 */
export function readValidJsonPlan(
  text: string,
): { plan: Plan; report: ImportReport; resources?: PlanResources } | null {
  checkJsonLimits(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const json = acceptPlanJson(raw);
  return json === null ? null : planFromJson(json);
}
