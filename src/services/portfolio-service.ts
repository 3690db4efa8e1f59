import type {
  CreatePortfolioBody,
  Page,
  Portfolio,
  PortfolioListQuery,
  UpdatePortfolioBody,
} from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import { type Actor, isAllowed } from '../core/permissions.js';
import * as repo from '../store/repos/portfolios-repo.js';
import { findUserById } from '../store/repos/users-repo.js';
import { type Executor, inTransaction } from '../store/transaction.js';
import { expectedVersion, requireAllowed, versionConflict } from './access.js';
import { recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { toPortfolio } from './mappers.js';

/** Project counts only include projects the viewer may read. */
function visibleTo(actor: Actor): string | null {
  return isAllowed(actor, 'project.read') ? null : actor.userId;
}

const notFound = (id: string) => new DomainError('not_found', `Portfolio ${id} not found`, { entity: 'portfolio', id });

async function assertNameFree(ex: Executor, name: string, exceptId?: string) {
  const other = await repo.findPortfolioByName(ex, name);
  if (other && other.id !== exceptId) {
    throw new DomainError('conflict', `name: a portfolio named '${name}' already exists`, {
      issues: [{ path: 'name', message: 'is already used by another portfolio' }],
    });
  }
}

async function assertOwner(ex: Executor, ownerId: string) {
  const owner = await findUserById(ex, ownerId);
  if (!owner || owner.active !== 1) {
    throw new DomainError('validation_failed', 'ownerId: no active user with this id', {
      issues: [{ path: 'ownerId', message: 'no active user with this id' }],
    });
  }
}

function snapshot(r: { name: string; description: string; owner_id: string }) {
  return { name: r.name, description: r.description, ownerId: r.owner_id };
}

export async function listPortfolioPage(
  ctx: ServiceContext,
  actor: Actor,
  q: PortfolioListQuery,
): Promise<Page<Portfolio>> {
  requireAllowed(actor, 'portfolio.read');
  const { rows, total } = await repo.listPortfolios(ctx.store.db, {
    q: q.q,
    visibleTo: visibleTo(actor),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map(toPortfolio), total, page: q.page, pageSize: q.pageSize };
}

export async function getPortfolio(ctx: ServiceContext, actor: Actor, id: string): Promise<Portfolio> {
  requireAllowed(actor, 'portfolio.read');
  const row = await repo.findPortfolioView(ctx.store.db, id, visibleTo(actor));
  if (!row) throw notFound(id);
  return toPortfolio(row);
}

/** Creates a portfolio (PMO); the owner defaults to the caller. */
export async function createPortfolio(
  ctx: ServiceContext,
  actor: Actor,
  body: CreatePortfolioBody,
): Promise<Portfolio> {
  requireAllowed(actor, 'portfolio.create');
  const now = ctx.now().toISOString();
  const row = {
    id: ctx.newId(),
    name: body.name,
    description: body.description ?? '',
    owner_id: body.ownerId ?? actor.userId,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await inTransaction(ctx.store.db, async (trx) => {
    await assertNameFree(trx, row.name);
    await assertOwner(trx, row.owner_id);
    await repo.insertPortfolio(trx, row);
    await recordAudit(ctx, trx, actor.userId, {
      action: 'portfolio.create',
      entityType: 'portfolio',
      entityId: row.id,
      before: null,
      after: snapshot(row),
    });
  });
  return getPortfolio(ctx, actor, row.id);
}

export async function updatePortfolio(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: UpdatePortfolioBody,
  ifMatch?: number,
): Promise<Portfolio> {
  requireAllowed(actor, 'portfolio.update');
  const version = expectedVersion(ifMatch, body.version);
  await inTransaction(ctx.store.db, async (trx) => {
    const before = await repo.findPortfolioRow(trx, id);
    if (!before) throw notFound(id);
    if (before.version !== version) throw versionConflict('portfolio', id, before.version);
    const patch: Parameters<typeof repo.updatePortfolio>[3] = { updated_at: ctx.now().toISOString() };
    if (body.name !== undefined) {
      await assertNameFree(trx, body.name, id);
      patch.name = body.name;
    }
    if (body.description !== undefined) patch.description = body.description;
    if (body.ownerId !== undefined) {
      await assertOwner(trx, body.ownerId);
      patch.owner_id = body.ownerId;
    }
    if (!(await repo.updatePortfolio(trx, id, version, patch))) throw versionConflict('portfolio', id, before.version);
    await recordAudit(ctx, trx, actor.userId, {
      action: 'portfolio.update',
      entityType: 'portfolio',
      entityId: id,
      before: snapshot(before),
      after: snapshot({ ...before, ...patch }),
    });
  });
  return getPortfolio(ctx, actor, id);
}

/** Deletes an empty portfolio (PMO); one that still holds projects is a 409. */
export async function deletePortfolio(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireAllowed(actor, 'portfolio.delete');
  await inTransaction(ctx.store.db, async (trx) => {
    const before = await repo.findPortfolioRow(trx, id);
    if (!before) throw notFound(id);
    const n = await repo.countProjectsInPortfolio(trx, id);
    if (n > 0)
      throw new DomainError('conflict', `Portfolio still holds ${n} project(s); move them first`, { projectCount: n });
    await repo.deletePortfolio(trx, id);
    await recordAudit(ctx, trx, actor.userId, {
      action: 'portfolio.delete',
      entityType: 'portfolio',
      entityId: id,
      before: snapshot(before),
      after: null,
    });
  });
}
