import type { Resource, ResourceListQuery, ResourcePage } from '../../contracts/resources.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { mayReadPoolResource, poolResourceActions } from '../../core/resource-policies.js';
import * as repo from '../../store/repos/resources-repo.js';
import type { ResourceRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { fieldsOfRow } from './resource-row.js';

/*
 * Reading the pool. Those who staff projects (PMO, project managers) read all of it; anyone else
 * reads only their own record (the resource linked to their user), and any other is a 404 to them
 * (`mayReadPoolResource`).
 */

/** The 404 of a resource that does not exist, or that the caller may not read. */
export const resourceNotFound = (id: string) =>
  new DomainError('not_found', `Resource ${id} not found`, { entity: 'resource', id });

/** What a read needs beside the rows: user and role names, and which resources plans or requests use. */
interface ReadContext {
  readonly names: ReadonlyMap<string, string>;
  readonly usage: ReadonlyMap<string, number>;
}

/** The wire resource of a row, with what `actor` may do on it now. */
export function toResource(r: ResourceRow, read: ReadContext, actor: Actor): Resource {
  const fields = fieldsOfRow(r);
  return {
    ...fields,
    id: r.id,
    userName: r.user_id === null ? null : (read.names.get(r.user_id) ?? null),
    roleName: r.role_id === null ? null : (read.names.get(r.role_id) ?? null),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...poolResourceActions(actor, { userId: r.user_id, inUse: (read.usage.get(r.id) ?? 0) > 0 }),
  };
}

async function readContext(ex: Executor, rows: readonly ResourceRow[]): Promise<ReadContext> {
  const names = new Map<string, string>();
  const userIds = [...new Set(rows.flatMap((r) => (r.user_id ? [r.user_id] : [])))];
  if (userIds.length > 0) {
    const users = await ex.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
    for (const u of users) names.set(u.id, u.name);
  }
  const roleIds = rows.flatMap((r) => (r.role_id ? [r.role_id] : []));
  for (const role of await repo.resourcesByIds(ex, roleIds)) names.set(role.id, role.name);
  return {
    names,
    usage: await repo.resourceUsage(
      ex,
      rows.map((r) => r.id),
    ),
  };
}

/** Rows as the caller reads them. */
export async function resourcesOf(ex: Executor, actor: Actor, rows: readonly ResourceRow[]): Promise<Resource[]> {
  const read = await readContext(ex, rows);
  return rows.map((r) => toResource(r, read, actor));
}

const matches = (r: ResourceRow, q: ResourceListQuery): boolean => {
  if (q.kind && r.kind !== q.kind) return false;
  if (q.status === 'active' && r.active !== 1) return false;
  if (q.status === 'inactive' && r.active === 1) return false;
  if (q.department && r.department.toLowerCase() !== q.department.trim().toLowerCase()) return false;
  if (q.q) {
    const text = q.q.trim().toLowerCase();
    if (!r.name.toLowerCase().includes(text) && !r.code.toLowerCase().includes(text)) return false;
  }
  if (q.skill) {
    const skill = q.skill.trim().toLowerCase();
    const skills = JSON.parse(r.skills) as { skill: string }[];
    if (!skills.some((s) => s.skill.toLowerCase() === skill)) return false;
  }
  return true;
};

/** A page of the pool (filtered in memory: a pool is thousands of rows at most, read whole by capacity anyway). */
export async function listResources(ctx: ServiceContext, actor: Actor, q: ResourceListQuery): Promise<ResourcePage> {
  const db = ctx.store.db;
  const all = await repo.listResources(db, { includeInactive: true });
  const matching = all.filter((r) => mayReadPoolResource(actor, { userId: r.user_id }) && matches(r, q));
  const page = matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  return { items: await resourcesOf(db, actor, page), total: matching.length, page: q.page, pageSize: q.pageSize };
}

/** One resource; 404 unless the caller reads the pool or it is their own record. */
export async function getResource(ctx: ServiceContext, actor: Actor, id: string): Promise<Resource> {
  const row = await repo.findResource(ctx.store.db, id);
  if (!row || !mayReadPoolResource(actor, { userId: row.user_id })) throw resourceNotFound(id);
  return (await resourcesOf(ctx.store.db, actor, [row]))[0]!;
}

/** The caller's own resource record (GET /api/resources/me); 404 when they have none. */
export async function getOwnResource(ctx: ServiceContext, actor: Actor): Promise<Resource> {
  const row = await repo.resourceOfUser(ctx.store.db, actor.userId);
  if (!row) throw new DomainError('not_found', 'You have no resource record in the pool', { entity: 'resource' });
  return (await resourcesOf(ctx.store.db, actor, [row]))[0]!;
}
