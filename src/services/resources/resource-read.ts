import type { Resource, ResourceListQuery, ResourcePage } from '../../contracts/resources.js';
import { DomainError } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import type { ResourceKind } from '../../core/resources/model.js';
import * as repo from '../../store/repos/resources-repo.js';
import type { ResourceRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';

/*
 * Reading the pool. Those who staff projects (PMO, project managers) read all of it; anyone else
 * reads only their own record (the resource linked to their user), and any other is a 404 to them.
 */

const notFound = (id: string) => new DomainError('not_found', `Resource ${id} not found`);

/** The wire resource of a row; `names` maps user and role ids to names. */
export function toResource(r: ResourceRow, names: ReadonlyMap<string, string>, actor: Actor): Resource {
  const manage = isAllowed(actor, 'resource.manage');
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as ResourceKind,
    userId: r.user_id,
    userName: r.user_id === null ? null : (names.get(r.user_id) ?? null),
    email: r.email,
    department: r.department,
    roleId: r.role_id,
    roleName: r.role_id === null ? null : (names.get(r.role_id) ?? null),
    materialUnit: r.material_unit,
    calendarId: r.calendar_id,
    skills: JSON.parse(r.skills),
    exceptions: JSON.parse(r.exceptions),
    maxUnits: JSON.parse(r.max_units),
    rates: JSON.parse(r.rates),
    currency: r.currency,
    booking: r.booking as Resource['booking'],
    active: r.active === 1,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    allowedActions: manage ? ['resource.update', 'resource.delete'] : [],
    refusedActions: [],
  };
}

async function namesFor(ctx: ServiceContext, rows: readonly ResourceRow[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const userIds = [...new Set(rows.flatMap((r) => (r.user_id ? [r.user_id] : [])))];
  if (userIds.length > 0) {
    const users = await ctx.store.db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
    for (const u of users) names.set(u.id, u.name);
  }
  const roleIds = rows.flatMap((r) => (r.role_id ? [r.role_id] : []));
  for (const role of await repo.resourcesByIds(ctx.store.db, roleIds)) names.set(role.id, role.name);
  return names;
}

/** The caller's own resource record, if they have one. */
export async function ownResource(ctx: ServiceContext, actor: Actor): Promise<ResourceRow | undefined> {
  return repo.resourceOfUser(ctx.store.db, actor.userId);
}

const matches = (r: ResourceRow, q: ResourceListQuery): boolean => {
  if (q.kind && r.kind !== q.kind) return false;
  if (q.status === 'active' && r.active !== 1) return false;
  if (q.status === 'inactive' && r.active === 1) return false;
  if (q.department && r.department.toLowerCase() !== q.department.toLowerCase()) return false;
  if (q.q) {
    const text = q.q.toLowerCase();
    if (!r.name.toLowerCase().includes(text) && !r.code.toLowerCase().includes(text)) return false;
  }
  if (q.skill) {
    const skill = q.skill.toLowerCase();
    const skills = JSON.parse(r.skills) as { skill: string }[];
    if (!skills.some((s) => s.skill.toLowerCase() === skill)) return false;
  }
  return true;
};

/** A page of the pool (filtered in memory: a pool is thousands of rows at most, read whole by capacity anyway). */
export async function listResources(ctx: ServiceContext, actor: Actor, q: ResourceListQuery): Promise<ResourcePage> {
  let rows: ResourceRow[];
  if (isAllowed(actor, 'resource.read')) rows = await repo.listResources(ctx.store.db, { includeInactive: true });
  else {
    const own = await ownResource(ctx, actor);
    rows = own ? [own] : [];
  }
  const matching = rows.filter((r) => matches(r, q));
  const page = matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const names = await namesFor(ctx, page);
  return {
    items: page.map((r) => toResource(r, names, actor)),
    total: matching.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One resource; 404 unless the caller reads the pool or it is their own record. */
export async function getResource(ctx: ServiceContext, actor: Actor, id: string): Promise<Resource> {
  const row = await repo.findResource(ctx.store.db, id);
  if (!row || (!isAllowed(actor, 'resource.read') && row.user_id !== actor.userId)) throw notFound(id);
  return toResource(row, await namesFor(ctx, [row]), actor);
}
