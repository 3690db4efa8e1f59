import type { SaveTimesheetBody, TimesheetLine, TimesheetWeek } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { periodOf } from '../../core/money/status-period.js';
import { checkDayMinutes, WEEK_DAYS, weekStartDay } from '../../core/money/timesheet.js';
import type { Actor } from '../../core/permissions.js';
import { formatLocalDate } from '../../core/schedule/time.js';
import { assignmentsOfResource } from '../../store/repos/assignments-repo.js';
import { resourceOfUser } from '../../store/repos/resources-repo.js';
import { closedThrough } from '../../store/repos/status-periods-repo.js';
import * as repo from '../../store/repos/timesheets-repo.js';
import type { TimesheetLineRow, TimesheetRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { projectEvent } from '../events/outbox.js';
import { wireDate } from '../plan/plan-model.js';
import { scheduledTasks } from '../plan/plan-schedule.js';
import { findReadableProject } from '../project-service.js';
import { organisationGuard, runWrite } from '../write-pipeline.js';

/*
 * A person's timesheet week (issue 12): the lines they booked, the tasks they could book on (their
 * assignments and the tasks they are responsible for, on projects they can read, not finished and
 * overlapping the week), save and submit. Lines already submitted or approved are not theirs to
 * change; returned ones are editable again.
 */

const DAY = 1440;
const EDITABLE = new Set(['draft', 'returned']);

/** The Monday of the week holding `now` (UTC, as the server keeps local time). */
export function currentWeek(now: Date): string {
  return formatLocalDate(periodOf('week', Math.floor(now.getTime() / 86_400_000)).start);
}

/** The caller's week: lines, suggestions and totals. */
export async function myWeek(ctx: ServiceContext, actor: Actor, week: string): Promise<TimesheetWeek> {
  requireAllowed(actor, 'timesheet.enter');
  const first = weekStartDay(week, 'week');
  const db = ctx.store.db;
  const sheet = await repo.findTimesheet(db, actor.userId, week);
  const lines = sheet ? await repo.linesOfTimesheet(db, sheet.id) : [];
  const booked = new Set(lines.map((l) => l.task_id));
  const suggestions = (await bookable(ctx, actor, first)).filter((s) => !booked.has(s.taskId));
  const dayTotals = new Array<number>(WEEK_DAYS).fill(0);
  for (const l of lines) {
    (JSON.parse(l.minutes) as number[]).forEach((m, i) => {
      dayTotals[i]! += m;
    });
  }
  return {
    weekStart: week,
    days: Array.from({ length: WEEK_DAYS }, (_, i) => formatLocalDate(first + i)),
    version: sheet?.version ?? 0,
    lines: lines.map(toLine),
    suggestions,
    dayTotals,
    totalMinutes: dayTotals.reduce((a, b) => a + b, 0),
  };
}

/**
 * Replaces the caller's editable lines of the week by `body.lines` (0-minute lines dropped), as
 * drafts. A line on a task whose line is submitted or approved is refused, naming it.
 */
export async function saveWeek(
  ctx: ServiceContext,
  actor: Actor,
  week: string,
  body: SaveTimesheetBody,
): Promise<TimesheetWeek> {
  const first = weekStartDay(week, 'week');
  requireAllowed(actor, 'timesheet.enter');
  // Read before the write's transaction (on SQLite a read outside it would wait for it to end).
  const allowed = new Map((await bookable(ctx, actor, first, true)).map((s) => [s.taskId, s]));
  await runWrite(
    { ctx, actor, version: body.version },
    {
      ...weekTarget(ctx, actor, week),
      async apply(trx, { sheet: claimed, lines: existing }) {
        // claimVersion has made the week's row when it was new.
        const sheet = claimed as TimesheetRow;
        const closed = await closedThrough(trx);
        const locked = new Map(existing.filter((l) => !EDITABLE.has(l.status)).map((l) => [l.task_id, l]));
        const seen = new Set<string>();
        const rows: TimesheetLineRow[] = [];
        body.lines.forEach((line, i) => {
          checkDayMinutes(line.minutes, `lines.${i}.minutes`);
          if (seen.has(line.taskId)) throw invalidField(`lines.${i}.taskId`, 'is booked twice this week');
          seen.add(line.taskId);
          const held = locked.get(line.taskId);
          if (held) {
            throw invalidField(`lines.${i}.taskId`, `its hours this week are ${held.status} and can no longer change`);
          }
          const target = allowed.get(line.taskId);
          if (!target || target.projectId !== line.projectId) {
            throw invalidField(`lines.${i}.taskId`, 'is not a task you are assigned to or responsible for');
          }
          const previous = existing.find((l) => l.task_id === line.taskId);
          const before = previous ? (JSON.parse(previous.minutes) as number[]) : new Array<number>(WEEK_DAYS).fill(0);
          line.minutes.forEach((m, d) => {
            if (m !== before[d] && closed !== null && formatLocalDate(first + d) <= closed) {
              throw invalidField(`lines.${i}.minutes.${d}`, `is in a closed status period (closed through ${closed})`);
            }
          });
          const total = line.minutes.reduce((a, b) => a + b, 0);
          if (total === 0) return;
          rows.push({
            id: previous?.id ?? ctx.newId(),
            timesheet_id: sheet.id,
            project_id: line.projectId,
            task_id: line.taskId,
            assignment_id: target.assignmentId,
            minutes: JSON.stringify(line.minutes),
            total_minutes: total,
            note: line.note,
            status: 'draft',
            decided_by: null,
            decided_at: null,
            comment: previous?.status === 'returned' ? previous.comment : '',
            cost_minor: null,
          });
        });
        const perDay = new Array<number>(WEEK_DAYS).fill(0);
        for (const l of [...rows, ...locked.values()]) {
          (JSON.parse(l.minutes) as number[]).forEach((m, d) => {
            perDay[d]! += m;
          });
        }
        perDay.forEach((m, d) => {
          if (m > DAY) throw invalidField('lines', `${formatLocalDate(first + d)} holds more than 24 hours`);
        });
        await repo.deleteLines(
          trx,
          existing.filter((l) => EDITABLE.has(l.status)).map((l) => l.id),
        );
        await repo.insertLines(trx, rows);
        return rows;
      },
      audit: ({ sheet }, rows) => ({
        action: 'timesheet.save',
        entityType: 'timesheet',
        entityId: (sheet as TimesheetRow).id,
        projectId: null,
        before: null,
        after: { week, lines: rows.length, minutes: rows.reduce((a, r) => a + r.total_minutes, 0) },
      }),
    },
  );
  return myWeek(ctx, actor, week);
}

/** Submits the caller's draft and returned lines of the week to their projects' managers. */
export async function submitWeek(
  ctx: ServiceContext,
  actor: Actor,
  week: string,
  version: number,
): Promise<TimesheetWeek> {
  weekStartDay(week, 'week');
  await runWrite(
    { ctx, actor, version },
    {
      ...weekTarget(ctx, actor, week),
      async apply(trx, { lines }) {
        const waiting = lines.filter((l) => EDITABLE.has(l.status));
        if (waiting.length === 0) {
          throw new DomainError(
            'invalid_transition',
            'Nothing to submit: this week has no hours waiting to be submitted',
          );
        }
        const ids = waiting.map((l) => l.id);
        // A returned line keeps the manager's comment while it is corrected and saved (a draft again);
        // submitted, it is a new answer and the comment has been dealt with.
        await repo.decideLines(trx, ids, 'draft', { status: 'submitted', comment: '' });
        await repo.decideLines(trx, ids, 'returned', { status: 'submitted', comment: '' });
        return waiting;
      },
      audit: ({ sheet }, waiting) => ({
        action: 'timesheet.submit',
        entityType: 'timesheet',
        entityId: (sheet as TimesheetRow).id,
        projectId: null,
        before: null,
        after: { week, lines: waiting.length, minutes: waiting.reduce((a, l) => a + l.total_minutes, 0) },
      }),
      events: (_l, waiting) =>
        [...new Set(waiting.map((l) => l.project_id))].map((projectId) => {
          const mine = waiting.filter((l) => l.project_id === projectId);
          return projectEvent(
            'timesheet.submitted',
            { id: projectId, code: mine[0]!.project_code, name: mine[0]!.project_name, portfolio_id: null },
            { week, userId: actor.userId, lines: mine.length, minutes: mine.reduce((a, l) => a + l.total_minutes, 0) },
          );
        }),
    },
  );
  return myWeek(ctx, actor, week);
}

/**
 * The caller's week as a write target: the role allows booking, the week's row (made at version 1
 * when the caller sends version 0 for a week never saved) with its lines, its version claimed.
 */
function weekTarget(ctx: ServiceContext, actor: Actor, week: string) {
  return {
    ...organisationGuard(actor, 'timesheet.enter'),
    async load(trx: Executor) {
      const sheet = await repo.findTimesheet(trx, actor.userId, week);
      return { sheet, lines: sheet ? await repo.linesOfTimesheet(trx, sheet.id) : [] };
    },
    async claimVersion(
      trx: Executor,
      loaded: { sheet: TimesheetRow | undefined; lines: repo.TimesheetLineView[] },
      expected: number,
    ) {
      const now = ctx.now().toISOString();
      if (!loaded.sheet) {
        if (expected !== 0) throw versionConflict('timesheet', week, 0);
        const row = {
          id: ctx.newId(),
          user_id: actor.userId,
          week_start: week,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        await repo.insertTimesheet(trx, row);
        loaded.sheet = row;
        return;
      }
      if (!(await repo.bumpTimesheet(trx, loaded.sheet.id, expected, now))) {
        throw versionConflict('timesheet', week, loaded.sheet.version);
      }
    },
  };
}

/**
 * Tasks the caller may book on: their resource's assignments and the tasks they are responsible
 * for, on projects they can read; by default only those not finished whose dates overlap the week
 * (`any`: every such task, which saving checks against, so a late booking is still accepted).
 */
async function bookable(ctx: ServiceContext, actor: Actor, firstDay: number, any = false) {
  const db = ctx.store.db;
  const me = await resourceOfUser(db, actor.userId);
  const assigned = me ? await assignmentsOfResource(db, me.id) : [];
  const responsible = await repo.tasksResponsibleOf(db, actor.userId);
  const projectIds = [...new Set([...assigned.map((a) => a.project_id), ...responsible.map((t) => t.project_id)])];
  const from = firstDay * DAY;
  const to = (firstDay + WEEK_DAYS) * DAY;
  const out: TimesheetWeek['suggestions'] = [];
  for (const projectId of projectIds) {
    const project = await findReadableProject(db, actor, projectId).catch(() => null);
    if (!project) continue;
    const tasks = await scheduledTasks(ctx, projectId);
    const assignmentOf = new Map(assigned.filter((a) => a.project_id === projectId).map((a) => [a.task_id, a.id]));
    const mine = new Set(responsible.filter((t) => t.project_id === projectId).map((t) => t.id));
    for (const t of tasks) {
      if (t.summary === 1 || (!assignmentOf.has(t.id) && !mine.has(t.id))) continue;
      const overlaps = (t.early_start ?? 0) < to && (t.early_finish ?? 0) >= from;
      if (!any && (t.percent_complete >= 100 || !overlaps)) continue;
      out.push({
        projectId,
        projectCode: project.code,
        projectName: project.name,
        taskId: t.id,
        taskName: t.name,
        assignmentId: assignmentOf.get(t.id) ?? null,
        start: wireDate(t.early_start),
        finish: wireDate(t.early_finish),
      });
    }
  }
  return out.sort((a, b) => a.projectCode.localeCompare(b.projectCode) || (a.start ?? '').localeCompare(b.start ?? ''));
}

/** A stored line as the wire shows it. */
export function toLine(l: repo.TimesheetLineView): TimesheetLine {
  return {
    id: l.id,
    projectId: l.project_id,
    projectCode: l.project_code,
    projectName: l.project_name,
    taskId: l.task_id,
    taskName: l.task_name ?? '(deleted task)',
    assignmentId: l.assignment_id,
    minutes: JSON.parse(l.minutes) as number[],
    totalMinutes: l.total_minutes,
    note: l.note,
    status: l.status as TimesheetLine['status'],
    comment: l.comment,
    decidedBy: l.decided_by ? { id: l.decided_by, name: l.decided_by_name ?? '' } : null,
    decidedAt: l.decided_at,
    costMinor: l.cost_minor,
    editable: EDITABLE.has(l.status),
  };
}
