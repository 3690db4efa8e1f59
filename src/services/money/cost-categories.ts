import type {
  CostCategory,
  CostCategoryList,
  CreateCostCategoryBody,
  UpdateCostCategoryBody,
} from '../../contracts/index.js';
import { DomainError } from '../../core/errors.js';
import * as repo from '../../store/repos/cost-categories-repo.js';
import type { CostCategoryRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import type { DomainEvent } from '../events/outbox.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';

/*
 * The PMO's cost categories (issue 12): expenses and budget lines name one. A category in use by
 * an expense or a budget line (working, approved or a portfolio's) is history: it is deactivated
 * (no longer offered for new entries), never deleted; an unused one may be deleted.
 */

/** The PMO's cost categories, in their order (anyone signed in reads them: forms pick from them). */
export async function costCategories(ctx: ServiceContext): Promise<CostCategoryList> {
  return { items: (await repo.listCostCategories(ctx.store.db)).map(toCostCategory) };
}

/** Creates a category, last in the list; its id is a slug of its name (a UUID when the name has no letters or digits). */
export async function createCostCategory(req: WriteRequest, body: CreateCostCategoryBody): Promise<CostCategory> {
  const { ctx, actor } = req;
  const row = await runWrite(req, {
    ...organisationGuard(actor, 'cost_category.manage'),
    load: (trx) => repo.listCostCategories(trx),
    async apply(trx, all) {
      await assertNameFree(trx, body.name);
      const now = ctx.now().toISOString();
      const row: CostCategoryRow = {
        id: freeId(slugOf(body.name) || ctx.newId(), new Set(all.map((c) => c.id))),
        name: body.name,
        position: all.reduce((max, c) => Math.max(max, c.position + 1), 0),
        active: 1,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertCostCategory(trx, row);
      return row;
    },
    audit: (_all, row) => ({
      action: 'cost_category.create',
      entityType: 'cost_category',
      entityId: row.id,
      before: null,
      after: snapshot(row),
    }),
    events: (_all, row) => [categoryEvent(row.id, 'created', row.name)],
  });
  return toCostCategory(row);
}

/**
 * Renames, moves (to an index of the list: the others keep their order around it) or
 * (de)activates a category, guarded by its version.
 */
export async function updateCostCategory(
  req: WriteRequest,
  id: string,
  body: UpdateCostCategoryBody,
): Promise<CostCategory> {
  const { ctx, actor } = req;
  const after = await runWrite(req, {
    ...organisationGuard(actor, 'cost_category.manage'),
    load: (trx) => loadCategory(trx, id),
    version: { entity: 'cost_category', id, of: ({ before }) => before.version },
    async apply(trx, { before, all }) {
      if (body.name !== undefined && body.name !== before.name) await assertNameFree(trx, body.name, id);
      const patch = {
        updated_at: ctx.now().toISOString(),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
      };
      if (!(await repo.updateCostCategory(trx, id, before.version, patch)))
        throw versionConflict('cost_category', id, before.version);
      let position = before.position;
      if (body.position !== undefined) {
        const order = all.filter((c) => c.id !== id);
        order.splice(Math.min(body.position, order.length), 0, before);
        // Renumbered 0..n-1, so a position is the index the PMO chose; only the ones that moved are written.
        const moved = order
          .map((c, i) => ({ id: c.id, position: i }))
          .filter((p, i) => order[i]?.position !== p.position);
        await repo.setCostCategoryPositions(trx, moved);
        position = order.indexOf(before);
      }
      return { ...before, ...patch, position, version: before.version + 1 };
    },
    audit: ({ before }, after) => ({
      action: 'cost_category.update',
      entityType: 'cost_category',
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    }),
    events: (_l, after) => [categoryEvent(id, 'updated', after.name)],
  });
  return toCostCategory(after);
}

/** Deletes a category no expense or budget line names; one in use is a 409 that says to deactivate it. */
export async function deleteCostCategory(req: WriteRequest, id: string): Promise<void> {
  const { actor } = req;
  await runWrite(req, {
    ...organisationGuard(actor, 'cost_category.manage'),
    load: (trx) => loadCategory(trx, id),
    version: { entity: 'cost_category', id, of: ({ before }) => before.version },
    async apply(trx, { before }) {
      const uses = await repo.costCategoryUses(trx, id);
      if (uses.expenses + uses.budgetLines > 0) {
        throw new DomainError(
          'conflict',
          `Cost category ${before.name} is in use by ${uses.expenses} expense(s) and ${uses.budgetLines} budget line(s): deactivate it instead`,
          { ...uses },
        );
      }
      await repo.deleteCostCategory(trx, id);
    },
    audit: ({ before }) => ({
      action: 'cost_category.delete',
      entityType: 'cost_category',
      entityId: id,
      before: snapshot(before),
      after: null,
    }),
    events: ({ before }) => [categoryEvent(id, 'deleted', before.name)],
  });
}

async function loadCategory(trx: Executor, id: string) {
  const all = await repo.listCostCategories(trx);
  const before = all.find((c) => c.id === id);
  if (!before) throw new DomainError('not_found', `Cost category ${id} not found`, { entity: 'cost_category', id });
  return { before, all };
}

async function assertNameFree(ex: Executor, name: string, exceptId?: string): Promise<void> {
  const other = await repo.findCostCategoryByName(ex, name);
  if (other && other.id !== exceptId) {
    throw new DomainError('conflict', `name: a cost category named '${other.name}' already exists`, {
      issues: [{ path: 'name', message: 'is already used by another cost category' }],
    });
  }
}

/** "Site visits (EU)" -> "site-visits-eu": lower-case ASCII letters and digits, dashes between words, at most 48 characters. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/** `id`, or `id-2`, `id-3`… when taken (a deleted category's slug may come back; a renamed one keeps its id). */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

function snapshot(r: Pick<CostCategoryRow, 'name' | 'position' | 'active'>) {
  return { name: r.name, position: r.position, active: r.active === 1 };
}

function categoryEvent(id: string, change: 'created' | 'updated' | 'deleted', name: string): DomainEvent {
  return { type: 'cost_category.changed', projectId: null, portfolioId: null, payload: { v: 1, id, change, name } };
}

function toCostCategory(r: CostCategoryRow): CostCategory {
  return { id: r.id, name: r.name, position: r.position, active: r.active === 1, version: r.version };
}
