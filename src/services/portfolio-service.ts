import type {
  CreatePortfolioBody,
  Page,
  Portfolio,
  PortfolioListQuery,
  UpdatePortfolioBody,
} from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import { type Action, type Actor, isAllowed } from '../core/permissions.js';
import * as repo from '../store/repos/portfolios-repo.js';
import { findUserById } from '../store/repos/users-repo.js';
import type { Executor } from '../store/transaction.js';
import { requireAllowed, versionConflict } from './access.js';
import type { ServiceContext } from './context.js';
import { toPortfolio } from './mappers.js';
import { organisationGuard, runWrite, type WriteRequest } from './write-pipeline.js';

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
  return { items: rows.map((r) => toPortfolio(actor, r)), total, page: q.page, pageSize: q.pageSize };
}

export async function getPortfolio(ctx: ServiceContext, actor: Actor, id: string): Promise<Portfolio> {
  requireAllowed(actor, 'portfolio.read');
  const row = await repo.findPortfolioView(ctx.store.db, id, visibleTo(actor));
  if (!row) throw notFound(id);
  return toPortfolio(actor, row);
}

/** Creates a portfolio (PMO); the owner defaults to the caller. */
export async function createPortfolio(req: WriteRequest, body: CreatePortfolioBody): Promise<Portfolio> {
  const { ctx, actor } = req;
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
  await runWrite(req, {
    ...organisationGuard(actor, 'portfolio.create'),
    load: async () => null,
    async apply(trx) {
      await assertNameFree(trx, row.name);
      await assertOwner(trx, row.owner_id);
      await repo.insertPortfolio(trx, row);
    },
    audit: () => ({
      action: 'portfolio.create',
      entityType: 'portfolio',
      entityId: row.id,
      before: null,
      after: snapshot(row),
    }),
  });
  return getPortfolio(ctx, actor, row.id);
}

/** The portfolio row a write works on, for an actor the role already allows. */
function portfolioWrite(req: WriteRequest, id: string, action: Action) {
  return {
    ...organisationGuard(req.actor, action),
    async load(trx: Executor) {
      const row = await repo.findPortfolioRow(trx, id);
      if (!row) throw notFound(id);
      return row;
    },
  };
}

/** Updates a portfolio (PMO), guarded by the version the caller read. */
export async function updatePortfolio(req: WriteRequest, id: string, body: UpdatePortfolioBody): Promise<Portfolio> {
  const { ctx, actor } = req;
  await runWrite(req, {
    ...portfolioWrite(req, id, 'portfolio.update'),
    version: { entity: 'portfolio', id, of: (before) => before.version },
    async apply(trx, before) {
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
      if (!(await repo.updatePortfolio(trx, id, before.version, patch)))
        throw versionConflict('portfolio', id, before.version);
      return patch;
    },
    audit: (before, patch) => ({
      action: 'portfolio.update',
      entityType: 'portfolio',
      entityId: id,
      before: snapshot(before),
      after: snapshot({ ...before, ...patch }),
    }),
  });
  return getPortfolio(ctx, actor, id);
}

/** Deletes an empty portfolio (PMO); one that still holds projects is a 409. */
export async function deletePortfolio(req: WriteRequest, id: string): Promise<void> {
  await runWrite(req, {
    ...portfolioWrite(req, id, 'portfolio.delete'),
    version: { entity: 'portfolio', id, of: (before) => before.version },
    async apply(trx) {
      const n = await repo.countProjectsInPortfolio(trx, id);
      if (n > 0)
        throw new DomainError('conflict', `Portfolio still holds ${n} project(s); move them first`, {
          projectCount: n,
        });
      await repo.deletePortfolio(trx, id);
    },
    audit: (before) => ({
      action: 'portfolio.delete',
      entityType: 'portfolio',
      entityId: id,
      before: snapshot(before),
      after: null,
    }),
  });
}
