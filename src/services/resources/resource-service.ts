import type { CreateResourceBody, Resource, ResourceFields, UpdateResourceBody } from '../../contracts/resources.js';
import { DomainError } from '../../core/errors.js';
import { poolResourcePolicy } from '../../core/resource-policies.js';
import * as repo from '../../store/repos/resources-repo.js';
import type { ResourceRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authoriseOn, versionConflict } from '../access.js';
import type { DomainEvent } from '../events/outbox.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';
import { getResource, resourceNotFound } from './resource-read.js';
import { columnsOf, fieldsOfRow, RESOURCE_DEFAULTS } from './resource-row.js';
import { checkResource } from './resource-rules.js';

/*
 * Writes to the pool (the PMO's, admins included): create, change (deactivating and reactivating
 * are changes of `active`), and delete while nothing references the resource. Each runs the write
 * pipeline: the role is decided before anything is read, then the version, the kind's rules, the
 * audit entry (the whole record before and after) and a `resource.*` event, in one transaction.
 */

/** The event a write appends: small, enough for a receiver to name the resource. */
function resourceEvent(type: DomainEvent['type'], id: string, f: ResourceFields): DomainEvent {
  return {
    type,
    projectId: null,
    portfolioId: null,
    payload: { v: 1, resourceId: id, code: f.code, name: f.name, kind: f.kind, active: f.active },
  };
}

/** Adds a resource to the pool. */
export async function createResource(req: WriteRequest, body: CreateResourceBody): Promise<Resource> {
  const { ctx, actor } = req;
  const now = ctx.now().toISOString();
  const id = ctx.newId();
  const fields: ResourceFields = { ...RESOURCE_DEFAULTS, ...definedOf(body) } as ResourceFields;
  await runWrite(req, {
    ...organisationGuard(actor, 'resource.manage'),
    load: async () => null,
    async apply(trx) {
      await checkResource(trx, id, fields);
      await repo.insertResources(trx, [{ id, ...columnsOf(fields), created_at: now, updated_at: now, version: 1 }]);
    },
    audit: () => ({ action: 'resource.create', entityType: 'resource', entityId: id, before: null, after: fields }),
    events: () => [resourceEvent('resource.created', id, fields)],
  });
  return getResource(ctx, actor, id);
}

/** A resource a write loaded, with whether plans or requests use it. */
interface LoadedResource {
  readonly row: ResourceRow;
  readonly inUse: boolean;
}

/** The resource a write works on, for an actor the role already allows. */
function resourceWrite(req: WriteRequest, id: string) {
  return {
    ...organisationGuard(req.actor, 'resource.manage'),
    async load(trx: Executor): Promise<LoadedResource> {
      const row = await repo.findResource(trx, id);
      if (!row) throw resourceNotFound(id);
      const inUse = ((await repo.resourceUsage(trx, [id])).get(id) ?? 0) > 0;
      return { row, inUse };
    },
    version: { entity: 'resource', id, of: (l: LoadedResource) => l.row.version },
  };
}

/** Changes a resource (fields not sent stay); `active: false` deactivates it, `true` brings it back. */
export async function updateResource(req: WriteRequest, id: string, body: UpdateResourceBody): Promise<Resource> {
  const { ctx, actor } = req;
  const { version: _version, ...patch } = body;
  await runWrite(req, {
    ...resourceWrite(req, id),
    authorise: ({ row, inUse }) =>
      authoriseOn(poolResourcePolicy(actor, 'resource.update', { userId: row.user_id, inUse }), { resourceId: id }),
    async apply(trx, { row, inUse }) {
      const before = fieldsOfRow(row);
      const after: ResourceFields = { ...before, ...definedOf(patch) };
      if (after.kind !== before.kind) await checkKindChange(trx, row, inUse, after);
      await checkResource(trx, id, after);
      const next: ResourceRow = {
        ...row,
        ...columnsOf(after),
        updated_at: ctx.now().toISOString(),
        version: row.version + 1,
      };
      if (!(await repo.updateResource(trx, next, row.version))) {
        throw versionConflict('resource', id, (await repo.findResource(trx, id))?.version ?? 0);
      }
      return { before, after };
    },
    audit: (_l, { before, after }) => ({
      action: 'resource.update',
      entityType: 'resource',
      entityId: id,
      // The log keeps only what changed (diffRecords); the lists are compared whole.
      before,
      after,
    }),
    events: (_l, { after }) => [resourceEvent('resource.updated', id, after)],
  });
  return getResource(ctx, actor, id);
}

/** Deletes a resource nothing references (else 409: deactivate it); people who had it as their role lose it. */
export async function deleteResource(req: WriteRequest, id: string): Promise<void> {
  await runWrite(req, {
    ...resourceWrite(req, id),
    authorise: ({ row, inUse }) =>
      authoriseOn(poolResourcePolicy(req.actor, 'resource.delete', { userId: row.user_id, inUse }), {
        resourceId: id,
      }),
    async apply(trx) {
      await repo.deleteResource(trx, id);
    },
    audit: ({ row }) => ({
      action: 'resource.delete',
      entityType: 'resource',
      entityId: id,
      before: fieldsOfRow(row),
      after: null,
    }),
    events: ({ row }) => [resourceEvent('resource.deleted', id, fieldsOfRow(row))],
  });
}

/**
 * A resource changes kind only while nothing builds on what it is: plans and requests that use it
 * were made for its kind, and people who hold a generic role need it to stay a role.
 */
async function checkKindChange(trx: Executor, row: ResourceRow, inUse: boolean, after: ResourceFields) {
  const refuse = (why: string) =>
    new DomainError('conflict', `kind: ${why}; create a new ${after.kind} resource instead`, {
      issues: [{ path: 'kind', message: why }],
    });
  if (inUse) throw refuse('this resource is assigned to tasks or named in resource requests');
  if (row.kind === 'role' && (await repo.countHoldersOfRole(trx, row.id)) > 0) {
    throw refuse('people in the pool hold this generic role');
  }
}

/** The keys a body sets (undefined means "not sent"). */
function definedOf<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<T>;
}
