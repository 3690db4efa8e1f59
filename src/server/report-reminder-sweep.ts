import type { ServiceContext } from '../services/context.js';
import { sweepReportReminders } from '../services/reports/report-reminders.js';

/** How often reminders are looked for: hourly is plenty for reports due by the day. */
export const REMINDER_SWEEP_MS = 60 * 60 * 1000;

/**
 * Runs the status-report reminder sweep once at start and then every hour. The sweep is
 * idempotent (each reminder is claimed by a row first), so every node may run it; a failure is
 * logged and the next hour tries again.
 */
export class ReportReminderSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly everyMs = REMINDER_SWEEP_MS,
  ) {}

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref();
  }

  /** One sweep now (skipped while one is still running). */
  tick(): Promise<void> {
    if (!this.running) {
      this.running = sweepReportReminders(this.ctx)
        .then((sent) => {
          if (sent > 0) this.ctx.logger.info({ sent }, 'status report reminders sent');
        })
        .catch((err: unknown) => this.ctx.logger.warn({ err }, 'status report reminder sweep failed'))
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
