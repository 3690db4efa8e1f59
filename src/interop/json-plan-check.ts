import { LOCAL_DATE_TIME, PlanJson, QUANTITY, TaskJson } from './json-plan-schema.js';

/*
 * The fast path of reading a plan file. zod checks every task and link of a large plan by walking
 * its schema and copying each object: at 5,000 tasks that was a fifth of `gantry schedule`'s time,
 * half of it in the garbage collector. Here the tasks and links, the bulk of any plan, are checked
 * by hand in place (defaults filled in, nothing copied); the few other parts (header, options,
 * calendars) and rare task fields still go through their zod schemas. Anything this check does not
 * accept is handed to zod whole, so every error message is zod's, naming the field as before; a
 * property test (json-plan-check.test.ts) holds this check to the schema: it accepts exactly what
 * zod accepts and yields the same data.
 */

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isQuantity = (v: unknown) =>
  typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && QUANTITY.test(v);
const isDateOrNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && LOCAL_DATE_TIME.test(v));
const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isNullableString = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const isId = (v: unknown) => typeof v === 'string' && v.length > 0;
const LINK_TYPES = new Set(['FS', 'SS', 'FF', 'SF']);
const LAG_CALENDARS = new Set(['predecessor', 'successor', 'project', '24h']);
// Task fields rare enough to leave to their zod schema.
const DELEGATED = ['manual', 'constraint', 'secondaryConstraint', 'drivers'] as const;

function acceptTask(t: unknown): boolean {
  if (!isObject(t) || !isId(t.id)) return false;
  if (t.name === undefined) t.name = '';
  else if (typeof t.name !== 'string') return false;
  if (t.duration === undefined) t.duration = 0;
  else if (!isQuantity(t.duration)) return false;
  const m = t.milestone;
  if (m !== undefined && typeof m !== 'boolean' && m !== 'start' && m !== 'finish') return false;
  if (!isNullableString(t.parent) || !isOptionalString(t.wbs) || !isNullableString(t.calendar)) return false;
  if (!isDateOrNull(t.deadline) || !isDateOrNull(t.actualStart) || !isDateOrNull(t.actualFinish)) return false;
  const pc = t.percentComplete;
  if (pc !== undefined && !(typeof pc === 'number' && Number.isFinite(pc) && pc >= 0 && pc <= 100)) return false;
  const rd = t.remainingDuration;
  if (rd !== undefined && rd !== null && !isQuantity(rd)) return false;
  if (t.levelOfEffort !== undefined && typeof t.levelOfEffort !== 'boolean') return false;
  for (const key of DELEGATED) {
    if (t[key] === undefined) continue;
    const parsed = TaskJson.shape[key].safeParse(t[key]);
    if (!parsed.success) return false;
    t[key] = parsed.data;
  }
  return true;
}

function acceptLink(l: unknown): boolean {
  if (!isObject(l) || !isId(l.from) || !isId(l.to)) return false;
  if (l.type === undefined) l.type = 'FS';
  else if (typeof l.type !== 'string' || !LINK_TYPES.has(l.type)) return false;
  if (l.lag === undefined) l.lag = 0;
  else if (!isQuantity(l.lag)) return false;
  return l.lagCalendar === undefined || (typeof l.lagCalendar === 'string' && LAG_CALENDARS.has(l.lagCalendar));
}

/**
 * The parsed plan file when it is valid, or null when it is not (or not in a shape checked here):
 * the caller then runs the zod schema for its error message. Fills defaults into `raw` in place.
 */
export function acceptPlanJson(raw: unknown): PlanJson | null {
  if (!isObject(raw) || !Array.isArray(raw.tasks)) return null;
  if (raw.links !== undefined && !Array.isArray(raw.links)) return null;
  const links: unknown[] = (raw.links as unknown[] | undefined) ?? [];
  for (const t of raw.tasks) if (!acceptTask(t)) return null;
  for (const l of links) if (!acceptLink(l)) return null;
  const header = PlanJson.safeParse({ ...raw, tasks: [], links: [] });
  if (!header.success) return null;
  return { ...header.data, tasks: raw.tasks as PlanJson['tasks'], links: links as PlanJson['links'] };
}
