import type { UserRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** Filters and paging for listing users. */
export interface UserFilter {
  readonly q?: string | undefined;
  readonly role?: string | undefined;
  readonly active?: boolean | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function insertUser(ex: Executor, row: UserRow): Promise<void> {
  await ex.insertInto('users').values(row).execute();
}

export async function findUserById(ex: Executor, id: string): Promise<UserRow | undefined> {
  return ex.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Emails are stored lower-cased, so this lookup ignores case. */
export async function findUserByEmail(ex: Executor, email: string): Promise<UserRow | undefined> {
  return ex.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function countUsers(ex: Executor): Promise<number> {
  const r = await ex
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listUsers(ex: Executor, f: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  let q = ex.selectFrom('users');
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb('email', 'like', like)]));
  }
  if (f.role) q = q.where('role', '=', f.role);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('name').orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { rows, total: Number(total.n) };
}

/** Writes `patch` only if the row is still at `expectedVersion`; false means someone else wrote first. */
export async function updateUser(
  ex: Executor,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<UserRow, 'id' | 'version'>>,
): Promise<boolean> {
  const r = await ex
    .updateTable('users')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
