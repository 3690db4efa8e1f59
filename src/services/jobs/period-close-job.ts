import { formatLocalDate } from '../../core/schedule/time.js';
import { projectsWithBaselines } from '../../store/repos/baselines-repo.js';
import * as repo from '../../store/repos/status-periods-repo.js';
import type { EvmSnapshotRow } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';
import { authorise } from '../access.js';
import { recordAudit } from '../audit-service.js';
import { appendEvents } from '../events/outbox.js';
import { projectEarnedValue } from '../money/earned-value-service.js';
import { type ClosePeriodsInput, periodStatusMinute, periodsToClose } from '../money/status-periods.js';
import { wireDate } from '../plan/plan-model.js';
import type { JobHandler } from './job-handler.js';

/**
 * Closes status periods (`status_period.close`): for each period, each project with a baseline
 * gets its earned value at the period's end frozen; then the periods, the snapshots, the audit
 * entry and the event are written in one transaction with the job's result, so a cancelled or
 * failed close leaves nothing behind. Reading a hundred projects is the long part; it reports
 * progress (and may be cancelled) per project.
 */
export const periodCloseJob: JobHandler = {
  async run(tools) {
    const { ctx, actor } = tools;
    authorise(actor, 'status_period.manage');
    const input = tools.input as ClosePeriodsInput;
    const { cadence, periods } = await periodsToClose(ctx.store.db, input.through);
    const projects = await projectsWithBaselines(ctx.store.db);
    const now = ctx.now().toISOString();
    const closed = periods.map((p) => ({
      id: ctx.newId(),
      cadence,
      start: formatLocalDate(p.start),
      end: formatLocalDate(p.end),
      closed_at: now,
      closed_by: actor.userId,
    }));
    const snapshots: EvmSnapshotRow[] = [];
    const steps = Math.max(1, periods.length * projects.length);
    let done = 0;
    for (const [i, period] of periods.entries()) {
      const statusDate = periodStatusMinute(period.end);
      for (const projectId of projects) {
        tools.progress(done++ / steps, `Freezing earned value through ${closed[i]!.end}`);
        const {
          tasks: _tasks,
          periods: _points,
          ...figures
        } = await projectEarnedValue(ctx, actor, projectId, {
          statusDate: wireDate(statusDate) as string,
        });
        if (figures.baseline === null) continue;
        snapshots.push({
          period_id: closed[i]!.id,
          project_id: projectId,
          status_date: statusDate,
          bac: figures.bac,
          pv: figures.pv,
          ev: figures.ev,
          ac: figures.ac,
          figures: JSON.stringify(figures),
          created_at: now,
        });
      }
    }
    tools.progress(0.99, 'Saving');
    const through = closed[closed.length - 1]!.end;
    const result = { closedThrough: through, periods: closed.length, snapshots: snapshots.length };
    await inTransaction(ctx.store.db, async (trx) => {
      // Closed by someone else meanwhile: periodsToClose refuses (nothing is written).
      await periodsToClose(trx, input.through);
      await repo.insertClosedPeriods(trx, closed);
      await repo.insertSnapshots(trx, snapshots);
      await recordAudit(ctx, trx, actor.userId, {
        action: 'status_period.close',
        entityType: 'status_period',
        entityId: closed[0]!.id,
        projectId: null,
        before: null,
        after: { from: closed[0]!.start, through, periods: closed.length, projects: projects.length },
      });
      await appendEvents(ctx, trx, actor.userId, [
        { type: 'status_period.closed', projectId: null, portfolioId: null, payload: { v: 1, ...result } },
      ]);
      await tools.completeIn(trx, result);
    });
    return result;
  },
};
