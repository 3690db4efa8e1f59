import type { ClosePeriodsAccepted, EarnedValueTrend, StatusPeriodList } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { type PeriodCadence, periodOf, periodsBetween } from '../../core/money/status-period.js';
import type { Actor } from '../../core/permissions.js';
import { epochDayOfDate, formatLocalDate } from '../../core/schedule/time.js';
import * as repo from '../../store/repos/status-periods-repo.js';
import type { Executor } from '../../store/transaction.js';
import { inTransaction } from '../../store/transaction.js';
import { requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob, toJob } from '../jobs/job-service.js';
import { wireDate } from '../plan/plan-model.js';
import { loadProjectFor } from '../project-service.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';

/*
 * Status periods (issue 12): the PMO's weeks or months, closed in order. Closing runs as a job
 * (period-close-job.ts) that freezes each project's earned value; afterwards nothing dated on or
 * before the last closed day changes: `assertOpen` is the one check expenses and timesheets call.
 */

const DAY = 1440;
/** The most periods one close may take at once. */
export const MAX_PERIODS_PER_CLOSE = 26;

/** The cadence, what is closed, and the periods from `from` to `to` (default: 12 before today to 2 after). */
export async function listPeriods(
  ctx: ServiceContext,
  actor: Actor,
  q: { from?: string | undefined; to?: string | undefined },
): Promise<StatusPeriodList> {
  requireAllowed(actor, 'portfolio.read');
  const db = ctx.store.db;
  const settings = await repo.periodSettings(db);
  const cadence = settings.cadence as PeriodCadence;
  const today = Math.floor(ctx.now().getTime() / 86_400_000);
  const span = cadence === 'week' ? 7 : 31;
  const from = q.from ? epochDayOfDate(q.from) : today - 12 * span;
  const to = q.to ? epochDayOfDate(q.to) : today + 2 * span;
  if (to < from) throw invalidField('to', 'must not be before from');
  if (to - from > 3660) throw invalidField('to', 'at most ten years of periods at once');
  const closed = new Map((await repo.closedPeriods(db)).map((p) => [p.end, p]));
  const through = await repo.closedThrough(db);
  return {
    cadence,
    version: settings.version,
    closedThrough: through,
    periods: periodsBetween(cadence, from, to).map((p) => {
      const end = formatLocalDate(p.end);
      const row = closed.get(end);
      return {
        start: formatLocalDate(p.start),
        end,
        closed: through !== null && end <= through,
        closedAt: row?.closed_at ?? null,
        closedBy: row ? { id: row.closed_by, name: row.closed_by_name } : null,
      };
    }),
  };
}

/** Sets the cadence; refused once a period has been closed (the closed ones would no longer line up). */
export async function updateCadence(req: WriteRequest, cadence: PeriodCadence): Promise<void> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...organisationGuard(actor, 'status_period.manage'),
    load: async (trx) => ({ settings: await repo.periodSettings(trx), through: await repo.closedThrough(trx) }),
    version: { entity: 'status period settings', id: 'organisation', of: ({ settings }) => settings.version },
    async apply(trx, { settings, through }) {
      if (through !== null && cadence !== settings.cadence) {
        throw new DomainError('conflict', `Periods are closed through ${through}: the cadence can no longer change`);
      }
      if (!(await repo.updatePeriodSettings(trx, cadence, settings.version, ctx.now().toISOString()))) {
        throw versionConflict('status period settings', 'organisation', settings.version + 1);
      }
    },
    audit: ({ settings }) => ({
      action: 'status_period.settings',
      entityType: 'status_period',
      entityId: 'organisation',
      projectId: null,
      before: { cadence: settings.cadence },
      after: { cadence },
    }),
  });
}

/** The input of a `status_period.close` job. */
export interface ClosePeriodsInput {
  readonly through: string;
}

/**
 * The periods a close through `through` takes: those after the last closed day up to the period
 * ending on `through` (only that period when nothing is closed yet: earlier dates close with it).
 */
export async function periodsToClose(
  ex: Executor,
  through: string,
): Promise<{ cadence: PeriodCadence; periods: { start: number; end: number }[] }> {
  const cadence = (await repo.periodSettings(ex)).cadence as PeriodCadence;
  const end = epochDayOfDate(through);
  if (periodOf(cadence, end).end !== end) {
    throw invalidField(
      'through',
      `must be the last day of a ${cadence} (${formatLocalDate(periodOf(cadence, end).end)})`,
    );
  }
  const closed = await repo.closedThrough(ex);
  if (closed !== null && through <= closed)
    throw invalidField('through', `periods are already closed through ${closed}`);
  const periods = closed === null ? [periodOf(cadence, end)] : periodsBetween(cadence, epochDayOfDate(closed) + 1, end);
  if (periods.length > MAX_PERIODS_PER_CLOSE) {
    throw invalidField('through', `closes ${periods.length} periods; close at most ${MAX_PERIODS_PER_CLOSE} at once`);
  }
  return { cadence, periods };
}

/** Queues the closing of every open period through `through` (the PMO), as a job. */
export async function queueClose(ctx: ServiceContext, actor: Actor, through: string): Promise<ClosePeriodsAccepted> {
  requireAllowed(actor, 'status_period.manage');
  const today = formatLocalDate(Math.floor(ctx.now().getTime() / 86_400_000));
  if (through >= today) throw invalidField('through', 'a period can be closed once it has ended');
  const row = await inTransaction(ctx.store.db, async (trx) => {
    await periodsToClose(trx, through);
    const input: ClosePeriodsInput = { through };
    return enqueueJob(ctx, trx, {
      kind: 'status_period.close',
      ownerId: actor.userId,
      projectId: null,
      input,
      maxAttempts: 1,
    });
  });
  ctx.jobs?.wake();
  return { job: toJob(row) };
}

/**
 * Refuses a change to money dated on or before the last closed day: `dates` are the days the
 * change touches (YYYY-MM-DD), `field` names what the caller sent.
 */
export async function assertOpen(ex: Executor, dates: readonly string[], field: string): Promise<void> {
  if (dates.length === 0) return;
  const through = await repo.closedThrough(ex);
  if (through === null) return;
  const first = [...dates].sort()[0]!;
  if (first <= through) {
    throw new DomainError('conflict', `${field}: ${first} is in a closed status period (closed through ${through})`, {
      issues: [{ path: field, message: `is in a closed status period (closed through ${through})` }],
    });
  }
}

/** A project's frozen earned value, one entry per closed period (who reads its money). */
export async function earnedValueTrend(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
): Promise<EarnedValueTrend> {
  await loadProjectFor(ctx.store.db, actor, projectId, 'money.read');
  const rows = await repo.projectSnapshots(ctx.store.db, projectId);
  return {
    items: rows.map((r) => {
      const f = JSON.parse(r.figures) as {
        spi: number | null;
        cpi: number | null;
        eac: { cpi: number | null };
        earnedSchedule: { spi: number | null };
      };
      return {
        periodStart: r.start,
        periodEnd: r.end,
        statusDate: wireDate(r.status_date) as string,
        bac: r.bac,
        pv: r.pv,
        ev: r.ev,
        ac: r.ac,
        spi: f.spi,
        cpi: f.cpi,
        spiT: f.earnedSchedule.spi,
        eac: f.eac.cpi,
      };
    }),
  };
}

/** The status minute of a period ending on `end` (epoch day): midnight after its last day. */
export const periodStatusMinute = (end: number): number => (end + 1) * DAY;
