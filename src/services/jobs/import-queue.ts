import type { Job } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { inTransaction } from '../../store/transaction.js';
import { requireAllowed } from '../access.js';
import type { ServiceContext } from '../context.js';
import type { ImportUpload } from '../plan/plan-import.js';
import type { ImportJobInput } from './import-job.js';
import { enqueueJob, toJob } from './job-service.js';

/**
 * Queues the import of a large plan file as a `plan.import` job owned by `actor`. The right to
 * create projects is checked now, so a refusal is an immediate 403; the checks that need the file
 * (its format, the manager and portfolio named) run in the job, as for a small import.
 */
export async function queueImport(
  ctx: ServiceContext,
  actor: Actor,
  upload: Omit<ImportUpload, 'text'> & { readonly bytes: Uint8Array },
): Promise<Job> {
  requireAllowed(actor, 'project.create');
  if (upload.bytes.byteLength === 0) throw invalidField('file', 'is empty');
  const input: ImportJobInput = { name: upload.name, portfolioId: upload.portfolioId, managerId: upload.managerId };
  const row = await inTransaction(ctx.store.db, (trx) =>
    enqueueJob(ctx, trx, {
      kind: 'plan.import',
      ownerId: actor.userId,
      input,
      file: { name: upload.fileName, bytes: upload.bytes },
    }),
  );
  ctx.jobs?.wake();
  return toJob(row);
}
