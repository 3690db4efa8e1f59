import type { ProjectHealth } from '../../core/health/model.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';

/**
 * The project's health now, for a report's proposed RAGs and its snapshot's reasons. The health
 * service (projectHealthNow, services/health/health-service.ts) is being built on main; until it is
 * merged this answers null, and reports carry no computed RAG and no health reasons.
 */
export async function currentHealth(
  _ctx: ServiceContext,
  _db: Executor,
  _projectId: string,
): Promise<ProjectHealth | null> {
  return null;
}
