import type { Transaction } from 'kysely';
import type { Actor } from '../../core/permissions.js';
import type { FileResource, PlanResources } from '../../core/resources/model.js';
import type { Calendar } from '../../core/schedule/model.js';
import { formatLocalDate } from '../../core/schedule/time.js';
import { calendarToJson } from '../../interop/calendar-json.js';
import type { ReportCollector } from '../../interop/import-report.js';
import { insertAssignments } from '../../store/repos/assignments-repo.js';
import { insertCalendar, listCalendars } from '../../store/repos/calendars-repo.js';
import { insertResources, listResources } from '../../store/repos/resources-repo.js';
import type { AssignmentRow, Database, ResourceRow } from '../../store/schema.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';

/*
 * The resource side of an import (issue 11). A file's resources are the organisation's people and
 * things, so they join the one pool rather than the project: each is matched to a pool resource by
 * code, then by exact name, of the same kind; the rest are created (with an organisation calendar
 * copied from the file when they have their own). Importing the same file twice matches every
 * resource the first import created. Assignments are plan data and go to the new project.
 */

/** What an import did with the file's resources, for the report. */
export interface ResourceImportSummary {
  readonly created: number;
  readonly matched: number;
  readonly assignments: number;
}

// The contract's bounds on a pool resource (contracts/resources.ts): a file is not trusted to keep them.
const MAX_CODE = 20;
const MAX_NAME = 200;
const MAX_UNIT = 40;
const MAX_STEPS = 200;
const MAX_MONEY = 1_000_000_000_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const key = (s: string) => s.trim().toLowerCase();

/** A code no pool resource has: the file's (cut to length), else with -2, -3… */
function freeCode(code: string, taken: Set<string>): string {
  const base = code.trim().slice(0, MAX_CODE) || 'R';
  let candidate = base;
  for (let n = 2; taken.has(key(candidate)); n++) {
    const suffix = `-${n}`;
    candidate = base.slice(0, MAX_CODE - suffix.length) + suffix;
  }
  taken.add(key(candidate));
  return candidate;
}

/** The pool resource a file resource is: same kind, and the same code, else the same name. */
function matcher(pool: readonly ResourceRow[]) {
  const byCode = new Map<string, ResourceRow>();
  const byName = new Map<string, ResourceRow>();
  for (const r of pool) {
    byCode.set(`${r.kind}\u0000${key(r.code)}`, r);
    if (!byName.has(`${r.kind}\u0000${r.name}`)) byName.set(`${r.kind}\u0000${r.name}`, r);
  }
  return (f: FileResource): ResourceRow | undefined =>
    byCode.get(`${f.kind}\u0000${key(f.code)}`) ?? byName.get(`${f.kind}\u0000${f.name.trim()}`);
}

/**
 * Matches or creates the file's resources in the pool and writes its assignments to the project.
 * `taskIds` maps the file's task ids to the project's; `calendars` are the file's calendars by id.
 */
export async function importPlanResources(
  ctx: ServiceContext,
  trx: Transaction<Database>,
  actor: Actor,
  input: {
    readonly projectId: string;
    readonly fileName: string;
    readonly resources: PlanResources;
    readonly taskIds: ReadonlyMap<string, string>;
    readonly calendars: ReadonlyMap<string, Calendar>;
    readonly notes: ReportCollector;
  },
): Promise<ResourceImportSummary> {
  const { resources, notes } = input;
  const now = ctx.now().toISOString();
  const pool = await listResources(trx, { includeInactive: true });
  const match = matcher(pool);
  const taken = new Set(pool.map((r) => key(r.code)));
  const orgCalendars = await listCalendars(trx, null);
  const calendarFor = organisationCalendars(ctx, trx, orgCalendars, now);

  const resourceIds = new Map<string, string>();
  const created: ResourceRow[] = [];
  let matched = 0;
  for (const f of resources.resources) {
    const found = match(f);
    if (found) {
      resourceIds.set(f.id, found.id);
      matched++;
      continue;
    }
    const calendar = f.calendarId ? input.calendars.get(f.calendarId) : undefined;
    const row = newResourceRow(ctx.newId(), f, freeCode(f.code, taken), now, input.fileName, notes);
    row.calendar_id = calendar ? await calendarFor(calendar) : null;
    created.push(row);
    resourceIds.set(f.id, row.id);
  }
  await insertResources(trx, created);

  const rows: AssignmentRow[] = [];
  for (const a of resources.assignments) {
    const taskId = input.taskIds.get(a.taskId);
    const resourceId = resourceIds.get(a.resourceId);
    if (!taskId || !resourceId) continue; // the readers only hand on assignments to carried tasks and resources
    rows.push({
      id: ctx.newId(),
      project_id: input.projectId,
      task_id: taskId,
      resource_id: resourceId,
      units: a.units,
      work_minutes: a.workMinutes,
      actual_work_minutes: a.actualWorkMinutes,
      remaining_work_minutes: a.remainingWorkMinutes,
      leveling_delay_minutes: a.levelingDelayMinutes,
      staffing_history: '[]',
      budget_cost_minor: a.budgetCostMinor ?? null,
      actual_cost_minor: a.actualCostMinor ?? null,
      remaining_cost_minor: a.remainingCostMinor ?? null,
    });
  }
  await insertAssignments(trx, rows);

  const summary = { created: created.length, matched, assignments: rows.length };
  if (created.length > 0 || matched > 0) {
    await recordAudit(ctx, trx, actor.userId, {
      action: 'resource.import',
      entityType: 'resource_pool',
      entityId: input.projectId,
      projectId: input.projectId,
      before: null,
      after: { file: input.fileName, ...summary, createdCodes: created.map((r) => r.code).slice(0, 50) },
    });
  }
  if (created.length > 0) notes.add('info', `${created.length} resources created in the pool`);
  if (matched > 0) notes.add('info', `${matched} resources matched to the pool (by code, then name)`);
  return summary;
}

function newResourceRow(
  id: string,
  f: FileResource,
  code: string,
  now: string,
  fileName: string,
  notes: ReportCollector,
): ResourceRow {
  const email = f.email?.trim() ?? '';
  if (email !== '' && (!EMAIL.test(email) || email.length > 320)) notes.add('not_carried', 'invalid e-mail', f.id);
  if (f.maxUnits.length > MAX_STEPS || f.rates.length > MAX_STEPS)
    notes.add('not_carried', `max units or rate steps beyond the first ${MAX_STEPS}`, f.id);
  const money = (v: number) => Math.min(MAX_MONEY, Math.max(0, Math.round(v)));
  return {
    id,
    code,
    name: f.name.trim().slice(0, MAX_NAME) || code,
    kind: f.kind,
    user_id: null,
    email: email !== '' && EMAIL.test(email) && email.length <= 320 ? email : '',
    department: '',
    role_id: null,
    material_unit: (f.materialUnit ?? '').trim().slice(0, MAX_UNIT),
    calendar_id: null,
    skills: '[]',
    exceptions: '[]',
    max_units: JSON.stringify(
      f.maxUnits.slice(0, MAX_STEPS).map((s) => ({
        from: formatLocalDate(s.fromDay),
        unitsPercent: Math.min(1000, Math.max(0, Math.round(s.units * 10_000) / 100)),
      })),
    ),
    rates: JSON.stringify(
      f.rates.slice(0, MAX_STEPS).map((r) => ({
        from: formatLocalDate(r.fromDay),
        standardPerHourMinor: money(r.standardPerHourMinor),
        overtimePerHourMinor: money(r.overtimePerHourMinor),
        perUseMinor: money(r.perUseMinor),
      })),
    ),
    currency: f.currency ?? 'EUR',
    booking: 'committed',
    active: 1,
    notes: `Imported from ${fileName.slice(0, 200)}`,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

/**
 * The organisation calendar for a file calendar: an existing one with the same name and definition
 * (a second import reuses what the first created), else a new one.
 */
function organisationCalendars(
  ctx: ServiceContext,
  trx: Transaction<Database>,
  existing: readonly { id: string; name: string; definition: string }[],
  now: string,
) {
  const byContent = new Map(existing.map((c) => [`${c.name}\u0000${c.definition}`, c.id]));
  return async (c: Calendar): Promise<string> => {
    const name = (c.name || 'Calendar').slice(0, MAX_NAME);
    const definition = JSON.stringify(calendarToJson(c));
    const known = byContent.get(`${name}\u0000${definition}`);
    if (known) return known;
    const id = ctx.newId();
    await insertCalendar(trx, {
      id,
      project_id: null,
      name,
      definition,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    byContent.set(`${name}\u0000${definition}`, id);
    return id;
  };
}
