import type { ProjectHealth } from '../../core/health/model.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { projectHealthNow } from '../health/health-service.js';

/**
 * The project's health now, for a report's proposed RAGs (the computed ones) and its snapshot's
 * reasons. Read outside the report's write transaction: evaluating settles stored schedules first.
 */
export function currentHealth(ctx: ServiceContext, db: Executor, projectId: string): Promise<ProjectHealth | null> {
  return projectHealthNow(ctx, db, projectId);
}
