import type {
  DeclineResourceRequestBody,
  FulfilResourceRequestBody,
  NewResourceRequest,
  ResourceRequest,
  ResourceRequestList,
} from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import type { ResourceKind } from '../../core/resources/model.js';
import * as requests from '../../store/repos/assignments-repo.js';
import * as plans from '../../store/repos/plan-repo.js';
import { findResource, resourcesByIds } from '../../store/repos/resources-repo.js';
import type { ResourceRequestRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, versionConflict } from '../access.js';
import { recordAudit } from '../audit-service.js';
import type { ServiceContext } from '../context.js';
import { appendEvents, projectEvent } from '../events/outbox.js';
import { applyPlanOps } from '../plan/plan-ops-service.js';
import { findReadableProject, loadProjectFor, projectTarget } from '../project-service.js';
import { requiredVersion, runWrite, type WriteRequest } from '../write-pipeline.js';

/*
 * Resource requests: a manager asks, the PMO answers. Fulfilling a request for an assignment
 * staffs it with the person named through the plan's own write (an updateAssignment op, as the
 * PMO), and the request is answered in that same transaction, so the plan, its undo history, the
 * request, the audit log and the requester's notification agree or none of them changes.
 */

const notFound = (id: string) => new DomainError('not_found', `Resource request ${id} not found`, { id });
const percent = (units: number) => Math.round(units * 100_000) / 1000;

/** A project's requests (anyone who reads the project). */
export async function listProjectRequests(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
): Promise<ResourceRequestList> {
  await loadProjectFor(ctx.store.db, actor, projectId, 'project.read');
  const rows = await requests.listResourceRequests(ctx.store.db, { projectId });
  return { items: await toRequests(ctx.store.db, actor, rows) };
}

/** Every open request across projects: the PMO's queue. */
export async function listOpenRequests(ctx: ServiceContext, actor: Actor): Promise<ResourceRequestList> {
  if (!isAllowed(actor, 'resource.request.answer')) {
    throw new DomainError('forbidden', 'You may not answer resource requests', { action: 'resource.request.answer' });
  }
  const rows = await requests.listResourceRequests(ctx.store.db, { status: 'open' });
  return { items: await toRequests(ctx.store.db, actor, rows) };
}

/** A manager requests a resource for their project (optionally to staff one assignment). */
export async function createRequest(
  req: WriteRequest,
  projectId: string,
  body: NewResourceRequest,
): Promise<ResourceRequest> {
  const { ctx, actor } = req;
  return runWrite(req, {
    ...projectTarget(actor, projectId, 'resource.request'),
    async apply(trx) {
      let resourceId = body.resourceId;
      if (body.assignmentId) {
        const a = await requests.findAssignment(trx, body.assignmentId);
        if (!a || a.project_id !== projectId)
          throw invalidField('assignmentId', 'is not an assignment of this project');
        resourceId ??= a.resource_id;
      }
      if (!resourceId) throw invalidField('resourceId', 'is required when no assignment is named');
      const resource = await findResource(trx, resourceId);
      if (!resource || resource.active !== 1) throw invalidField('resourceId', 'is not an active resource of the pool');
      if (body.to < body.from) throw invalidField('to', 'must not be before from');
      const now = ctx.now().toISOString();
      const row: ResourceRequestRow = {
        id: ctx.newId(),
        project_id: projectId,
        assignment_id: body.assignmentId ?? null,
        resource_id: resourceId,
        units: body.unitsPercent / 100,
        from_date: body.from,
        to_date: body.to,
        note: body.note,
        status: 'open',
        fulfilled_by_resource_id: null,
        answer_note: '',
        requested_by: actor.userId,
        answered_by: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await requests.insertResourceRequest(trx, row);
      return { row, resourceName: resource.name };
    },
    audit: (_, { row, resourceName }) => ({
      action: 'resource_request.create',
      before: null,
      after: { resource: resourceName, unitsPercent: body.unitsPercent, from: body.from, to: body.to, note: body.note },
      entityType: 'resource_request',
      entityId: row.id,
      projectId,
    }),
    events: (project, { row, resourceName }) => [
      projectEvent('resource_request.created', project, {
        requestId: row.id,
        resourceName,
        note: row.note,
        requestedBy: actor.userId,
      }),
    ],
  }).then(async ({ row }) => (await toRequests(ctx.store.db, actor, [row]))[0] as ResourceRequest);
}

/** The PMO fulfils a request by naming a person; a request for an assignment staffs it in the same transaction. */
export async function fulfilRequest(
  req: WriteRequest,
  id: string,
  body: FulfilResourceRequestBody,
): Promise<ResourceRequest> {
  const { ctx, actor } = req;
  const row = await openRequest(ctx, actor, id, 'resource.request.answer', requiredVersion(req));
  const person = await findResource(ctx.store.db, body.resourceId);
  if (!person || person.active !== 1) throw invalidField('resourceId', 'is not an active resource of the pool');
  const answer = (trx: Executor) => answerIn(ctx, trx, actor, row, 'fulfilled', body.note, person.id, person.name);
  const assignment = row.assignment_id ? await requests.findAssignment(ctx.store.db, row.assignment_id) : undefined;
  if (!assignment) {
    await runWrite(req, { load: async () => row, apply: answer });
  } else {
    for (let attempt = 1; ; attempt++) {
      const plan = await plans.findPlan(ctx.store.db, row.project_id);
      try {
        await applyPlanOps(
          { ctx, actor, version: plan?.version },
          row.project_id,
          [{ op: 'updateAssignment', assignmentId: assignment.id, fields: { resourceId: person.id } }],
          {
            label: `staff ${person.name}`,
            locate: (_, path) => (path === 'fields.resourceId' ? 'resourceId' : path),
            guard: (_, trx) => answer(trx),
          },
        );
        break;
      } catch (error) {
        // Another plan write took the version between our read and our write: read it again.
        const raced =
          error instanceof DomainError && error.code === 'version_conflict' && error.details.entity === 'plan';
        if (!raced || attempt >= 3) throw error;
      }
    }
  }
  return reread(ctx, actor, id);
}

/** The PMO declines a request, saying why. */
export async function declineRequest(
  req: WriteRequest,
  id: string,
  body: DeclineResourceRequestBody,
): Promise<ResourceRequest> {
  const { ctx, actor } = req;
  const row = await openRequest(ctx, actor, id, 'resource.request.answer', requiredVersion(req));
  await runWrite(req, {
    load: async () => row,
    apply: (trx) => answerIn(ctx, trx, actor, row, 'declined', body.note, null, null),
  });
  return reread(ctx, actor, id);
}

/** The requester (or the project's manager) withdraws an open request. */
export async function withdrawRequest(req: WriteRequest, id: string): Promise<ResourceRequest> {
  const { ctx, actor } = req;
  const row = await openRequest(ctx, actor, id, 'resource.request', requiredVersion(req));
  await runWrite(req, {
    load: async () => row,
    apply: (trx) => answerIn(ctx, trx, actor, row, 'withdrawn', '', null, null),
  });
  return reread(ctx, actor, id);
}

/** The request, if the caller may see it (404), may `action` it on its project (403), it is open (409) and at `version` (409). */
async function openRequest(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  action: 'resource.request' | 'resource.request.answer',
  version: number,
): Promise<ResourceRequestRow> {
  const row = await requests.findResourceRequest(ctx.store.db, id);
  if (!row) throw notFound(id);
  const project = await findReadableProject(ctx.store.db, actor, row.project_id).catch(() => {
    throw notFound(id);
  });
  if (action === 'resource.request.answer') authorise(actor, action);
  else if (row.requested_by !== actor.userId) {
    // The project's manager may withdraw a request another manager of it made.
    if (project.manager_id !== actor.userId && actor.role !== 'admin') {
      throw new DomainError('forbidden', 'Only who asked, or the project manager, may withdraw this request', {
        action,
      });
    }
  }
  if (row.version !== version) throw versionConflict('resource request', id, row.version);
  if (row.status !== 'open') throw new DomainError('conflict', `This request is already ${row.status}`, { id });
  return row;
}

/** Answers the request inside `trx` (guarded by its version), with its audit entry and event. */
async function answerIn(
  ctx: ServiceContext,
  trx: Executor,
  actor: Actor,
  row: ResourceRequestRow,
  status: 'fulfilled' | 'declined' | 'withdrawn',
  note: string,
  fulfilledBy: string | null,
  fulfilledByName: string | null,
): Promise<void> {
  const now = ctx.now().toISOString();
  const done = await requests.updateResourceRequest(trx, row.id, row.version, {
    status,
    answer_note: note,
    fulfilled_by_resource_id: fulfilledBy,
    answered_by: actor.userId,
    updated_at: now,
  });
  if (!done) throw versionConflict('resource request', row.id, row.version + 1);
  const resource = await findResource(trx, row.resource_id);
  const action = status === 'fulfilled' ? 'fulfil' : status === 'declined' ? 'decline' : 'withdraw';
  await recordAudit(ctx, trx, actor.userId, {
    action: `resource_request.${action}`,
    before: { status: row.status },
    after: { status, note, ...(fulfilledByName ? { fulfilledBy: fulfilledByName } : {}) },
    entityType: 'resource_request',
    entityId: row.id,
    projectId: row.project_id,
  });
  const project = await trx
    .selectFrom('projects')
    .select(['id', 'code', 'name', 'portfolio_id'])
    .where('id', '=', row.project_id)
    .executeTakeFirstOrThrow();
  await appendEvents(ctx, trx, actor.userId, [
    projectEvent('resource_request.answered', project, {
      requestId: row.id,
      status,
      resourceName: resource?.name ?? row.resource_id,
      fulfilledByName,
      answerNote: note,
      requestedBy: row.requested_by,
    }),
  ]);
}

async function reread(ctx: ServiceContext, actor: Actor, id: string): Promise<ResourceRequest> {
  const row = await requests.findResourceRequest(ctx.store.db, id);
  if (!row) throw notFound(id);
  return (await toRequests(ctx.store.db, actor, [row]))[0] as ResourceRequest;
}

/** Rows as the API shows them, with names looked up once for the list. */
async function toRequests(ex: Executor, actor: Actor, rows: readonly ResourceRequestRow[]): Promise<ResourceRequest[]> {
  if (rows.length === 0) return [];
  const projectIds = [...new Set(rows.map((r) => r.project_id))];
  const projects = new Map(
    (
      await ex
        .selectFrom('projects')
        .select(['id', 'code', 'name', 'manager_id'])
        .where('id', 'in', projectIds)
        .execute()
    ).map((p) => [p.id, p]),
  );
  const resources = new Map(
    (
      await resourcesByIds(
        ex,
        rows.flatMap((r) => [r.resource_id, r.fulfilled_by_resource_id ?? r.resource_id]),
      )
    ).map((r) => [r.id, r]),
  );
  const users = await plans.userNames(
    ex,
    rows.flatMap((r) => [r.requested_by, ...(r.answered_by ? [r.answered_by] : [])]),
  );
  const assignmentIds = rows.flatMap((r) => (r.assignment_id ? [r.assignment_id] : []));
  const tasks = new Map(
    assignmentIds.length === 0
      ? []
      : (
          await ex
            .selectFrom('assignments')
            .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
            .select(['assignments.id as id', 'tasks.name as name'])
            .where('assignments.id', 'in', assignmentIds)
            .execute()
        ).map((t) => [t.id, t.name]),
  );
  const answers = isAllowed(actor, 'resource.request.answer');
  return rows.map((r) => {
    const project = projects.get(r.project_id);
    const resource = resources.get(r.resource_id);
    const open = r.status === 'open';
    const mayWithdraw =
      open && (r.requested_by === actor.userId || project?.manager_id === actor.userId || actor.role === 'admin');
    const allowed: ResourceRequest['allowedActions'] = [];
    if (open && answers) allowed.push('resource_request.fulfil', 'resource_request.decline');
    if (mayWithdraw) allowed.push('resource_request.withdraw');
    return {
      id: r.id,
      projectId: r.project_id,
      projectCode: project?.code ?? '',
      projectName: project?.name ?? '',
      assignmentId: r.assignment_id,
      taskName: r.assignment_id ? (tasks.get(r.assignment_id) ?? null) : null,
      resourceId: r.resource_id,
      resourceName: resource?.name ?? r.resource_id,
      resourceKind: (resource?.kind ?? 'person') as ResourceKind,
      unitsPercent: percent(r.units),
      from: r.from_date,
      to: r.to_date,
      note: r.note,
      status: r.status as ResourceRequest['status'],
      fulfilledByResourceId: r.fulfilled_by_resource_id,
      fulfilledByName: r.fulfilled_by_resource_id ? (resources.get(r.fulfilled_by_resource_id)?.name ?? null) : null,
      answerNote: r.answer_note,
      requestedBy: r.requested_by,
      requestedByName: users.get(r.requested_by) ?? null,
      answeredBy: r.answered_by,
      answeredByName: r.answered_by ? (users.get(r.answered_by) ?? null) : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: r.version,
      allowedActions: allowed,
      refusedActions: [],
    };
  });
}
