import type {
  CalendarFields,
  CalendarList,
  CalendarResource,
  CreateCalendarBody,
  UpdateCalendarBody,
} from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import type { ProjectResource } from '../../core/policy.js';
import { calendarActions, calendarPolicy } from '../../core/resource-policies.js';
import { parseTimeOfDay, workCalendar } from '../../core/schedule/index.js';
import { calendarFromJson } from '../../interop/calendar-json.js';
import * as repo from '../../store/repos/calendars-repo.js';
import { lockPlanRow } from '../../store/repos/plan-repo.js';
import { findProjectView } from '../../store/repos/projects-repo.js';
import type { CalendarRow } from '../../store/schema.js';
import { STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import type { Executor } from '../../store/transaction.js';
import { authoriseOn, projectNotFound, projectResource, requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { appendEvents, type DomainEvent } from '../events/outbox.js';
import { planChangedEvent } from '../events/plan-events.js';
import { loadProjectFor } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { rescheduleAndDiff } from './plan-diff.js';
import { draftOf } from './plan-draft-rows.js';
import { loadPlan } from './plan-schedule.js';
import { writeDiff } from './plan-write.js';

/*
 * Working calendars: organisation-wide ones (scope null) are the PMO's standard, a project may add
 * its own (scope = the project's id). A calendar is checked by the scheduling engine itself before
 * it is stored, and changing one reschedules every plan that uses it in the same transaction, so no
 * stored date ever disagrees with the calendar it was computed on.
 */

/** A calendar a write loaded, with its project as policies see it (null: the organisation's). */
type LoadedCalendar = CalendarRow & { readonly project: ProjectResource | null };

/** Organisation-wide (null) or one project's id. */
export type CalendarScope = string | null;

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** How many users of a calendar a refusal to delete it lists. */
const USAGE_LISTED = 50;

/** Organisation calendars (any signed-in user), or those a project may use: the organisation's, then its own. */
export async function listCalendars(ctx: ServiceContext, actor: Actor, scope: CalendarScope): Promise<CalendarList> {
  const project =
    scope === null ? null : projectResource(actor, await loadProjectFor(ctx.store.db, actor, scope, 'project.read'));
  const rows = await repo.listCalendars(ctx.store.db, scope);
  return { items: rows.map((r) => toResource(actor, r.project_id === null ? null : project, r)) };
}

/** Creates a calendar after the engine has accepted it. */
export async function createCalendar(
  req: WriteRequest,
  scope: CalendarScope,
  body: CreateCalendarBody,
): Promise<CalendarResource> {
  const { ctx, actor } = req;
  const now = ctx.now().toISOString();
  const row: CalendarRow = {
    id: ctx.newId(),
    project_id: scope,
    name: body.name,
    definition: JSON.stringify(body),
    created_at: now,
    updated_at: now,
    version: 1,
  };
  const project = await runWrite(req, {
    load: (trx) => authorise(trx, actor, scope),
    async apply(trx, project) {
      checkCalendar(row.id, body);
      await repo.insertCalendar(trx, row);
      return project;
    },
    audit: () => ({
      action: 'calendar.create',
      entityType: 'calendar',
      entityId: row.id,
      projectId: scope,
      before: null,
      after: body,
    }),
  });
  return toResource(actor, project, row);
}

/**
 * The calendar a write works on. Its scope decides who may write (the organisation's role, or the
 * project's `plan.edit` policy, which also answers 404 to who cannot read the project), so the
 * scope is authorised as it is loaded, before the calendar itself is read.
 */
function calendarWrite(req: WriteRequest, scope: CalendarScope, calendarId: string) {
  return {
    async load(trx: Executor): Promise<LoadedCalendar> {
      const project = await authorise(trx, req.actor, scope);
      return { project, ...(await calendarIn(trx, scope, calendarId)) };
    },
    version: { entity: 'calendar', id: calendarId, of: (before: LoadedCalendar) => before.version },
  };
}

/** Changes a calendar (fields not sent stay); a change of working time reschedules every plan using it, each under a new version. */
export async function updateCalendar(
  req: WriteRequest,
  scope: CalendarScope,
  calendarId: string,
  body: UpdateCalendarBody,
): Promise<CalendarResource> {
  const { ctx, actor } = req;
  return runWrite(req, {
    ...calendarWrite(req, scope, calendarId),
    async apply(trx, { project, ...before }) {
      const { version: _version, ...patch } = body;
      const old = fieldsOf(before);
      const next: CalendarFields = { ...old };
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(next, { [key]: value });
      checkCalendar(calendarId, next);
      const row: CalendarRow = {
        ...before,
        name: next.name,
        definition: JSON.stringify(next),
        updated_at: ctx.now().toISOString(),
        version: before.version + 1,
      };
      if (!(await repo.updateCalendar(trx, row, before.version))) {
        throw versionConflict('calendar', calendarId, (await repo.findCalendar(trx, calendarId))?.version ?? 0);
      }
      // A new name moves no date: plans (and their versions) stay as they are.
      const retimed = JSON.stringify({ ...old, name: '' }) !== JSON.stringify({ ...next, name: '' });
      const rescheduled = retimed ? await rescheduleUsers(ctx, trx, actor, calendarId) : [];
      return { row, project, old, next, rescheduled };
    },
    audit: (_before, { old, next, rescheduled }) => ({
      action: 'calendar.update',
      entityType: 'calendar',
      entityId: calendarId,
      projectId: scope,
      before: old,
      after: { ...next, rescheduledProjects: rescheduled },
    }),
  }).then((r) => toResource(actor, r.project, r.row));
}

/** Deletes a calendar no plan uses; the Standard calendar stays. */
export async function deleteCalendar(req: WriteRequest, scope: CalendarScope, calendarId: string): Promise<void> {
  await runWrite(req, {
    ...calendarWrite(req, scope, calendarId),
    authorise: ({ project }) =>
      authoriseOn(
        calendarPolicy(req.actor, 'calendar.delete', { project, standard: calendarId === STANDARD_CALENDAR_ID }),
        {
          calendarId,
        },
      ),
    async apply(trx, { project: _project, ...before }) {
      const usage = await repo.calendarUsage(trx, calendarId, USAGE_LISTED);
      if (usage.projects.length > 0 || usage.taskCount > 0) {
        const where = [
          ...usage.projects.map((p) => `default calendar of ${p.code}`),
          ...(usage.taskCount > 0
            ? [`set on ${usage.taskCount} task(s) in ${[...new Set(usage.tasks.map((t) => t.projectCode))].join(', ')}`]
            : []),
        ];
        throw new DomainError(
          'conflict',
          `Calendar "${before.name}" is still in use (${where.join('; ')}); choose another calendar there first`,
          { calendarId, projects: usage.projects, tasks: usage.tasks, taskCount: usage.taskCount },
        );
      }
      await repo.deleteCalendar(trx, calendarId);
    },
    audit: ({ project: _project, ...before }) => ({
      action: 'calendar.delete',
      entityType: 'calendar',
      entityId: calendarId,
      projectId: scope,
      before: fieldsOf(before),
      after: null,
    }),
  });
}

/** Organisation calendars are the PMO's; a project's own are part of its plan. Answers the project as policies see it (null: the organisation's). */
async function authorise(trx: Executor, actor: Actor, scope: CalendarScope): Promise<ProjectResource | null> {
  if (scope === null) {
    requireAllowed(actor, 'calendar.manage');
    return null;
  }
  return projectResource(actor, await loadProjectFor(trx, actor, scope, 'plan.edit'));
}

/** The calendar at this path: an organisation one under /calendars, the project's own under /projects/{id}. */
async function calendarIn(trx: Executor, scope: CalendarScope, calendarId: string): Promise<CalendarRow> {
  const row = await repo.findCalendar(trx, calendarId);
  if (!row || row.project_id !== scope) {
    const where = scope === null ? "the organisation's calendars" : "this project's own calendars";
    throw new DomainError('not_found', `Calendar ${calendarId} is not one of ${where}`, {
      entity: 'calendar',
      id: calendarId,
    });
  }
  return row;
}

/**
 * Reschedules every plan that uses the calendar (as its default or on a task), each under its next
 * version. Each plan's row is locked first, so a concurrent edit of that plan waits (PostgreSQL)
 * and then meets the new version rather than overwriting the new dates.
 */
async function rescheduleUsers(ctx: ServiceContext, trx: Executor, actor: Actor, calendarId: string) {
  const projectIds = await repo.projectsUsingCalendar(trx, calendarId);
  const events: DomainEvent[] = [];
  for (const projectId of projectIds) {
    await lockPlanRow(trx, projectId);
    const loaded = await loadPlan(trx, projectId, { store: ctx.store });
    const project = await findProjectView(trx, projectId, actor.userId);
    if (!project) throw projectNotFound(projectId);
    const draft = draftOf(loaded.plan, loaded.tasks, loaded.links);
    try {
      const diff = rescheduleAndDiff(loaded, draft, ctx.now(), loaded.plan.version + 1);
      const change = await writeDiff(ctx, trx, diff);
      const saved = { change, rows: { tasks: diff.tasks, links: diff.links } };
      events.push(planChangedEvent(project, 'calendar.update', loaded.tasks, saved));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainError(error.code, `project ${project.code}: ${error.message}`, error.details);
    }
  }
  await appendEvents(ctx, trx, actor.userId, events);
  return projectIds;
}

/**
 * Lets the engine judge the calendar, answering 400 with the field as the API names it
 * ("week.monday", "exceptions[0].to"). Times outside 00:00-24:00 are caught first: the JSON
 * reader would otherwise read them as midnight and the engine would blame the wrong thing.
 */
function checkCalendar(id: string, c: CalendarFields): void {
  const week = (w: CalendarFields['week'], at: string) => DAYS.map((d) => [w[d], `${at}.${d}`] as const);
  const lists = [
    ...week(c.week, 'week'),
    ...c.exceptions.map((e, i) => [e.working, `exceptions[${i}].working`] as const),
    ...c.workWeeks.flatMap((w, i) => week(w.week, `workWeeks[${i}].week`)),
  ];
  for (const [list, at] of lists) {
    for (const [i, text] of (list ?? []).entries()) {
      const [from, to] = text.split('-');
      if (parseTimeOfDay(from ?? '') === null || parseTimeOfDay(to ?? '') === null) {
        throw invalidField(`${at}[${i}]`, `${text} must lie between 00:00 and 24:00`);
      }
    }
  }
  try {
    workCalendar(calendarFromJson(id, c.name, c, ''));
  } catch (error) {
    if (!(error instanceof DomainError) || typeof error.details.field !== 'string') throw error;
    throw engineComplaint(c, error.details.field, error.message);
  }
}

/** Minutes after midnight (as the engine's message gives them) as "17:00". */
const clock = (minutes: string) => {
  const m = Number(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The engine's complaint about `field` ("week[1]", "exceptions[0]"), in the API's terms. */
function engineComplaint(c: CalendarFields, field: string, message: string): DomainError {
  let path = field.replace(/^\./, '').replace(/week\[(\d)\]/g, (_, d: string) => `week.${DAYS[Number(d)]}`);
  let reason = message.slice(message.indexOf(`${field}: `) + field.length + 2);
  const interval = /^interval (\d+)-(\d+) /.exec(reason);
  if (interval)
    reason = `interval ${clock(interval[1] as string)}-${clock(interval[2] as string)} must end after it starts`;
  // A whole exception or work week is refused for its date range: name the end the user would fix.
  const range = /^(exceptions|workWeeks)\[(\d+)\]$/.exec(path);
  if (range) {
    const entry = range[1] === 'exceptions' ? c.exceptions[Number(range[2])] : c.workWeeks[Number(range[2])];
    path = `${path}.to`;
    if (entry && (entry.to ?? entry.from) < entry.from) reason = 'must not be before from';
  }
  return invalidField(path, reason);
}

/** The stored definition with the contract's defaults, named as the row says. */
function fieldsOf(r: CalendarRow): CalendarFields {
  const d = JSON.parse(r.definition) as Partial<CalendarFields>;
  return {
    name: r.name,
    hoursPerDay: d.hoursPerDay ?? 8,
    hoursPerWeek: d.hoursPerWeek ?? (d.hoursPerDay ?? 8) * 5,
    daysPerMonth: d.daysPerMonth ?? 20,
    week: d.week ?? {},
    exceptions: (d.exceptions ?? []).map((e) => ({ ...e, working: e.working ?? [] })),
    workWeeks: d.workWeeks ?? [],
  };
}

/** A calendar as `actor` reads it; `project` is its project as policies see it (null for the organisation's). */
function toResource(actor: Actor, project: ProjectResource | null, r: CalendarRow): CalendarResource {
  return {
    ...calendarActions(actor, { project, standard: r.id === STANDARD_CALENDAR_ID }),
    ...fieldsOf(r),
    id: r.id,
    projectId: r.project_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}
