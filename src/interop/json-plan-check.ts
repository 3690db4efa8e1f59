import { CONSTRAINT_TYPES } from '../core/schedule/model.js';
import { isPlanDateTime, QUANTITY } from './json-plan-patterns.js';
import type { PlanJson } from './json-plan-schema.js';
import { JSON_LIMITS } from './reader-limits.js';

/*
 * The fast path of reading a plan file, without zod. `gantry schedule` on a 5,000-task plan spent
 * about a fifth of its time in zod checking and copying every task and link, and loading zod and
 * the contracts' schemas costs about as much again at every start. This check accepts a valid plan
 * in place (defaults filled in, the many tasks and links not copied) and returns null for anything
 * else: the caller then loads the zod schema (json-plan-schema.ts), whose error names the field.
 * Rare shapes (recurring calendar exceptions) are left to zod too. The regular expressions and
 * enumerations below repeat the schema's; a property test (json-plan-check.test.ts) holds the two
 * to the same verdict and the same data, and generates its values from the contracts' own lists.
 */

// As in contracts/calendars.ts.
const INTERVAL = /^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const CONSTRAINT_TYPE_SET = new Set<string>(CONSTRAINT_TYPES);
const LINK_TYPES = new Set(['FS', 'SS', 'FF', 'SF']);
const LAG_CALENDARS = new Set(['predecessor', 'successor', 'project', '24h']);
const OPTION_ENUMS: Readonly<Record<string, ReadonlySet<string>>> = {
  direction: new Set(['forward', 'backward']),
  progress: new Set(['retainedLogic', 'progressOverride']),
  flavour: new Set(['msproject', 'p6']),
  totalFloat: new Set(['start', 'finish', 'smallest']),
  critical: new Set(['totalFloat', 'longestPath']),
  lagCalendar: LAG_CALENDARS,
};
const OPTION_DATES = ['projectFinish', 'mustFinishBy', 'statusDate'];

type Raw = Record<string, unknown>;

/** Thrown inside the check to give up; caught once at the top. */
const REFUSED = Symbol('refused');
function refuse(): never {
  throw REFUSED;
}
function need(ok: boolean): void {
  if (!ok) refuse();
}

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isQuantity = (v: unknown) =>
  typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && QUANTITY.test(v);
const isDate = (v: unknown) => typeof v === 'string' && isPlanDateTime(v);
const isDateOrNull = (v: unknown) => v === undefined || v === null || isDate(v);
const isId = (v: unknown) => typeof v === 'string' && v.length > 0;
const isPositive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isIn = (set: ReadonlySet<string>, v: unknown) => typeof v === 'string' && set.has(v);

function object(v: unknown): Raw {
  need(isObject(v));
  return v as Raw;
}
function array(v: unknown): unknown[] {
  need(Array.isArray(v));
  return v as unknown[];
}
/** A copy with only `keys`, each present only when given: how zod returns an object. */
function known(o: Raw, keys: readonly string[]): Raw {
  const out: Raw = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function week(v: unknown): Raw {
  const w = object(v);
  for (const [day, intervals] of Object.entries(w)) {
    need(WEEKDAYS.has(day));
    for (const iv of array(intervals)) need(typeof iv === 'string' && INTERVAL.test(iv));
  }
  return w;
}

function calendar(v: unknown): Raw {
  const c = object(v);
  need(isId(c.id) && (c.name === undefined || typeof c.name === 'string'));
  for (const k of ['hoursPerDay', 'hoursPerWeek', 'daysPerMonth']) need(c[k] === undefined || isPositive(c[k]));
  const exceptions = (c.exceptions === undefined ? [] : array(c.exceptions)).map((x) => {
    const e = object(x);
    // Recurring exceptions are few and intricate: zod checks those.
    need(e.recurrence === undefined);
    need(e.name === undefined || (typeof e.name === 'string' && e.name.length <= 200));
    need(typeof e.from === 'string' && LOCAL_DATE.test(e.from));
    need(e.to === undefined || (typeof e.to === 'string' && LOCAL_DATE.test(e.to)));
    const o = e.occurrences;
    need(o === undefined || (typeof o === 'number' && Number.isSafeInteger(o) && o > 0));
    const working = e.working === undefined ? [] : array(e.working);
    for (const iv of working) need(typeof iv === 'string' && INTERVAL.test(iv));
    return { ...known(e, ['name', 'from', 'to', 'occurrences']), working };
  });
  const workWeeks = (c.workWeeks === undefined ? [] : array(c.workWeeks)).map((x) => {
    const ww = object(x);
    need(
      typeof ww.from === 'string' && LOCAL_DATE.test(ww.from) && typeof ww.to === 'string' && LOCAL_DATE.test(ww.to),
    );
    return { from: ww.from, to: ww.to, week: week(ww.week) };
  });
  return {
    ...known(c, ['id', 'name', 'hoursPerDay', 'hoursPerWeek', 'daysPerMonth']),
    week: week(c.week),
    exceptions,
    workWeeks,
  };
}

function constraint(v: unknown): Raw {
  const c = object(v);
  need(isIn(CONSTRAINT_TYPE_SET, c.type) && isDateOrNull(c.date));
  return known(c, ['type', 'date']);
}

/** Checks one task in place; only its rare nested fields are copied. */
function task(v: unknown): void {
  const t = object(v);
  need(isId(t.id));
  if (t.name === undefined) t.name = '';
  else need(typeof t.name === 'string');
  if (t.duration === undefined) t.duration = 0;
  else need(isQuantity(t.duration));
  const m = t.milestone;
  need(m === undefined || typeof m === 'boolean' || m === 'start' || m === 'finish');
  need(t.parent === undefined || t.parent === null || typeof t.parent === 'string');
  need(t.wbs === undefined || typeof t.wbs === 'string');
  need(t.calendar === undefined || t.calendar === null || typeof t.calendar === 'string');
  need(isDateOrNull(t.deadline) && isDateOrNull(t.actualStart) && isDateOrNull(t.actualFinish));
  const pc = t.percentComplete;
  need(pc === undefined || (typeof pc === 'number' && Number.isFinite(pc) && pc >= 0 && pc <= 100));
  need(t.remainingDuration === undefined || t.remainingDuration === null || isQuantity(t.remainingDuration));
  need(t.levelOfEffort === undefined || typeof t.levelOfEffort === 'boolean');
  const pr = t.priority;
  need(pr === undefined || (typeof pr === 'number' && Number.isInteger(pr) && pr >= 0 && pr <= 1000));
  need(t.levelingDelay === undefined || isQuantity(t.levelingDelay));
  if (t.manual !== undefined) {
    const manual = object(t.manual);
    need(isDate(manual.start) && (manual.finish === undefined || isDate(manual.finish)));
    t.manual = known(manual, ['start', 'finish']);
  }
  if (t.constraint !== undefined) t.constraint = constraint(t.constraint);
  if (t.secondaryConstraint !== undefined) t.secondaryConstraint = constraint(t.secondaryConstraint);
  if (t.drivers !== undefined) {
    t.drivers = array(t.drivers).map((x) => {
      const d = object(x);
      need(isId(d.calendar) && isQuantity(d.duration));
      need(d.remainingDuration === undefined || isQuantity(d.remainingDuration));
      return known(d, ['calendar', 'duration', 'remainingDuration']);
    });
  }
}

/** Checks one link in place. */
function link(v: unknown): void {
  const l = object(v);
  need(isId(l.from) && isId(l.to));
  if (l.type === undefined) l.type = 'FS';
  else need(isIn(LINK_TYPES, l.type));
  if (l.lag === undefined) l.lag = 0;
  else need(isQuantity(l.lag));
  need(l.lagCalendar === undefined || isIn(LAG_CALENDARS, l.lagCalendar));
}

const RESOURCE_KINDS = new Set(['person', 'role', 'equipment', 'material', 'cost']);
const isUnits = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 1000;

function resource(v: unknown): Raw {
  const r = object(v);
  need(isId(r.id) && (r.name === undefined || typeof r.name === 'string'));
  need(r.kind === undefined || isIn(RESOURCE_KINDS, r.kind));
  need(r.calendar === undefined || r.calendar === null || typeof r.calendar === 'string');
  need(r.maxUnits === undefined || isUnits(r.maxUnits));
  return { ...known(r, ['id', 'name', 'calendar']), kind: r.kind ?? 'person', maxUnits: r.maxUnits ?? 1 };
}

function assignment(v: unknown): Raw {
  const a = object(v);
  need(isId(a.task) && isId(a.resource) && (a.units === undefined || isUnits(a.units)));
  return { task: a.task, resource: a.resource, units: a.units ?? 1 };
}

function options(v: unknown): Raw {
  const o = v === undefined ? {} : object(v);
  for (const [key, values] of Object.entries(OPTION_ENUMS)) need(o[key] === undefined || isIn(values, o[key]));
  for (const key of OPTION_DATES) need(isDateOrNull(o[key]));
  need(o.criticalFloat === undefined || isQuantity(o.criticalFloat));
  return known(o, [...Object.keys(OPTION_ENUMS), ...OPTION_DATES, 'criticalFloat']);
}

/**
 * The parsed plan file when it is valid, or null when it is not (or not in a shape checked here):
 * the caller then runs the zod schema for its error message. Fills defaults into `raw` in place.
 */
export function acceptPlanJson(raw: unknown): PlanJson | null {
  try {
    const p = object(raw);
    need(p.format === 'gantry-plan' && p.version === 1 && (p.name === undefined || typeof p.name === 'string'));
    need(isDate(p.projectStart) && isId(p.defaultCalendar));
    const opts = options(p.options);
    const calendars = array(p.calendars).map(calendar);
    need(calendars.length > 0 && calendars.length <= JSON_LIMITS.calendars);
    const tasks = array(p.tasks);
    need(tasks.length <= JSON_LIMITS.tasks);
    for (const t of tasks) task(t);
    const links = p.links === undefined ? [] : array(p.links);
    need(links.length <= JSON_LIMITS.links);
    for (const l of links) link(l);
    const resources = p.resources === undefined ? undefined : array(p.resources).map(resource);
    need(resources === undefined || resources.length <= JSON_LIMITS.calendars);
    const assignments = p.assignments === undefined ? undefined : array(p.assignments).map(assignment);
    need(assignments === undefined || assignments.length <= JSON_LIMITS.links);
    return {
      ...(known(p, ['format', 'version', 'name', 'projectStart', 'defaultCalendar']) as Pick<
        PlanJson,
        'format' | 'version' | 'name' | 'projectStart' | 'defaultCalendar'
      >),
      options: opts as PlanJson['options'],
      calendars: calendars as PlanJson['calendars'],
      tasks: tasks as PlanJson['tasks'],
      links: links as PlanJson['links'],
      ...(resources ? { resources: resources as PlanJson['resources'] } : {}),
      ...(assignments ? { assignments: assignments as PlanJson['assignments'] } : {}),
    };
  } catch (error) {
    if (error === REFUSED) return null;
    throw error;
  }
}
