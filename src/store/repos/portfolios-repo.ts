import type { PortfolioRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A portfolio row with its owner's name and the number of projects the viewer can see in it. */
export interface PortfolioView extends PortfolioRow {
  owner_name: string;
  project_count: number;
}

function view(ex: Executor, visibleTo: string | null) {
  return ex
    .selectFrom('portfolios')
    .innerJoin('users as owner', 'owner.id', 'portfolios.owner_id')
    .selectAll('portfolios')
    .select('owner.name as owner_name')
    .select((eb) => {
      let sub = eb
        .selectFrom('projects')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('projects.portfolio_id', '=', 'portfolios.id');
      if (visibleTo) {
        sub = sub.where((e) =>
          e.or([
            e('projects.manager_id', '=', visibleTo),
            e.exists(
              e
                .selectFrom('project_members')
                .select('project_members.user_id')
                .whereRef('project_members.project_id', '=', 'projects.id')
                .where('project_members.user_id', '=', visibleTo),
            ),
          ]),
        );
      }
      return sub.as('project_count');
    });
}

export async function listPortfolios(
  ex: Executor,
  f: { q?: string | undefined; visibleTo: string | null; limit: number; offset: number },
): Promise<{ rows: PortfolioView[]; total: number }> {
  let q = view(ex, f.visibleTo);
  let count = ex.selectFrom('portfolios').select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) => eb(eb.fn('lower', ['portfolios.name']), 'like', like));
    count = count.where((eb) => eb(eb.fn('lower', ['portfolios.name']), 'like', like));
  }
  const total = await count.executeTakeFirstOrThrow();
  const rows = await q.orderBy('portfolios.name').limit(f.limit).offset(f.offset).execute();
  return { rows: rows.map((r) => ({ ...r, project_count: Number(r.project_count) })), total: Number(total.n) };
}

export async function findPortfolioView(
  ex: Executor,
  id: string,
  visibleTo: string | null,
): Promise<PortfolioView | undefined> {
  const r = await view(ex, visibleTo).where('portfolios.id', '=', id).executeTakeFirst();
  return r && { ...r, project_count: Number(r.project_count) };
}

export async function findPortfolioRow(ex: Executor, id: string): Promise<PortfolioRow | undefined> {
  return ex.selectFrom('portfolios').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPortfolioByName(ex: Executor, name: string): Promise<PortfolioRow | undefined> {
  return ex.selectFrom('portfolios').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertPortfolio(ex: Executor, row: PortfolioRow): Promise<void> {
  await ex.insertInto('portfolios').values(row).execute();
}

/** Writes only if still at `expectedVersion`. */
export async function updatePortfolio(
  ex: Executor,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<PortfolioRow, 'id' | 'version'>>,
): Promise<boolean> {
  const r = await ex
    .updateTable('portfolios')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countProjectsInPortfolio(ex: Executor, id: string): Promise<number> {
  const r = await ex
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('portfolio_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function deletePortfolio(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('portfolios').where('id', '=', id).execute();
}
