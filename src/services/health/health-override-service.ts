import type { HealthOverrideInput, ProjectHealthView } from '../../contracts/index.js';
import type { Dimension } from '../../core/health/model.js';
import * as repo from '../../store/repos/health-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import type { HealthOverrideRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, projectResource } from '../access.js';
import { findReadableProject } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { getProjectHealth } from './health-service.js';

/*
 * The PM's call on a dimension's RAG. An override is a statement made at a moment, not a resource
 * edited over time: setting one replaces the previous (kept in the audit log with its
 * justification), and the next submitted status report ends it.
 */

/** Load and policy of both override writes: the readable project and its current override, the manager's call. */
interface Loaded {
  readonly project: ProjectView;
  readonly before: HealthOverrideRow | undefined;
}

function overrideOf(req: WriteRequest, projectId: string, dimension: Dimension) {
  const { actor } = req;
  return {
    async load(trx: Executor): Promise<Loaded> {
      const project = await findReadableProject(trx, actor, projectId);
      return { project, before: await repo.findOverride(trx, projectId, dimension) };
    },
    authorise: ({ project }: Loaded) => authorise(actor, 'health.override', projectResource(actor, project)),
  };
}

/** PUT /api/projects/{id}/health/overrides/{dimension}. */
export async function setHealthOverride(
  req: WriteRequest,
  projectId: string,
  dimension: Dimension,
  input: HealthOverrideInput,
): Promise<ProjectHealthView> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...overrideOf(req, projectId, dimension),
    async apply(trx, { project }) {
      const row: HealthOverrideRow = {
        project_id: project.id,
        dimension,
        rag: input.rag,
        justification: input.justification,
        by_id: actor.userId,
        at: ctx.now().toISOString(),
      };
      await repo.upsertOverride(trx, row);
      await repo.markStale(trx, [project.id], row.at);
      return row;
    },
    audit: ({ project, before }, row) => ({
      action: 'health.override.set',
      entityType: 'health_override',
      entityId: `${project.id}:${dimension}`,
      projectId: project.id,
      before: before ? { rag: before.rag, justification: before.justification } : null,
      after: { dimension, rag: row.rag, justification: row.justification },
    }),
    events: ({ project }, row) => [
      {
        type: 'project.health_overridden',
        projectId: project.id,
        portfolioId: project.portfolio_id,
        payload: { v: 1, dimension, rag: row.rag, justification: row.justification },
      },
    ],
  });
  return getProjectHealth(ctx, actor, projectId);
}

/** DELETE /api/projects/{id}/health/overrides/{dimension}: back to the computed RAG. */
export async function clearHealthOverride(
  req: WriteRequest,
  projectId: string,
  dimension: Dimension,
): Promise<ProjectHealthView> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...overrideOf(req, projectId, dimension),
    async apply(trx, { project, before }) {
      if (!before) return false;
      await repo.deleteOverride(trx, project.id, dimension);
      await repo.markStale(trx, [project.id], ctx.now().toISOString());
      return true;
    },
    audit: ({ project, before }, removed) =>
      removed && before
        ? {
            action: 'health.override.clear',
            entityType: 'health_override',
            entityId: `${project.id}:${dimension}`,
            projectId: project.id,
            before: { rag: before.rag, justification: before.justification },
            after: null,
          }
        : null,
    events: ({ project }, removed) =>
      removed
        ? [
            {
              type: 'project.health_overridden',
              projectId: project.id,
              portfolioId: project.portfolio_id,
              payload: { v: 1, dimension, rag: null, justification: null },
            },
          ]
        : [],
  });
  return getProjectHealth(ctx, actor, projectId);
}
