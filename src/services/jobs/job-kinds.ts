import type { JobHandler } from './job-handler.js';

/**
 * Every kind of background job and the module of its handler, loaded only inside the worker that
 * runs it (so the server does not load, say, a solver it may never use). A new kind adds one line.
 */
const KINDS: Readonly<Record<string, () => Promise<JobHandler>>> = {
  'plan.import': async () => (await import('./import-job.js')).importJob,
  'plan.level': async () => (await import('./level-job.js')).levelJob,
  'status_period.close': async () => (await import('./period-close-job.js')).periodCloseJob,
};

/** The handler of `kind`, or null when this Gantry does not know it (an older node on a shared database). */
export async function jobHandler(kind: string): Promise<JobHandler | null> {
  const load = KINDS[kind];
  return load ? load() : null;
}

/** True when `kind` is a registered job kind. */
export function isJobKind(kind: string): boolean {
  return kind in KINDS;
}
