import { DomainError } from '../../core/errors.js';
import { importPlan } from '../plan/plan-import.js';
import type { JobHandler } from './job-handler.js';

/** The input of a `plan.import` job (the file itself is the job's file). */
export interface ImportJobInput {
  readonly name?: string | undefined;
  readonly portfolioId?: string | undefined;
  readonly managerId?: string | undefined;
}

/**
 * Imports a large plan file off the request thread: the same `importPlan` as the synchronous
 * route, so the same checks and one transaction, with the job marked done in that transaction.
 */
export const importJob: JobHandler = {
  async run(tools) {
    const file = await tools.file();
    if (!file) throw new DomainError('validation_failed', 'The uploaded file is gone');
    const input = (tools.input ?? {}) as ImportJobInput;
    let outcome: unknown = null;
    await importPlan(
      tools.ctx,
      tools.actor,
      {
        fileName: file.name,
        text: file.content,
        name: input.name,
        portfolioId: input.portfolioId,
        managerId: input.managerId,
      },
      {
        progress: (fraction, message) => tools.progress(fraction, message),
        within: async (trx, { projectId, report }) => {
          outcome = { projectId, report };
          tools.progress(0.95, `Saving ${report.taskCount.toLocaleString('en')} tasks`);
          await tools.completeIn(trx, outcome);
        },
      },
    );
    return outcome;
  },
};
