import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { migrateToLatest } from './migrate.js';
import { findUserByEmail, insertUser, updateUser } from './repos/users-repo.js';
import type { ProjectRow } from './schema.js';
import { inTransaction } from './transaction.js';

const user = (id: string, email: string) => ({
  id,
  email,
  name: 'N',
  password_hash: 'x',
  role: 'pmo',
  active: 1,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  version: 1,
});

const NOW = '2026-01-01T00:00:00.000Z';
const project = (over: Partial<ProjectRow>): ProjectRow => ({
  id: 'p',
  code: 'PRJ-1',
  name: 'x',
  objective: '',
  in_scope: '',
  out_of_scope: '',
  client: '',
  sponsor: '',
  manager_id: null,
  portfolio_id: null,
  state: 'proposed',
  planned_start: null,
  planned_finish: null,
  budget_minor: 0,
  currency: 'EUR',
  priority: 3,
  tags: '[]',
  approval_requested_at: null,
  approval_requested_by: null,
  approval_note: '',
  created_at: NOW,
  updated_at: NOW,
  version: 1,
  ...over,
});

describe.each(TEST_DIALECTS)('database contract on %s', (dialect) => {
  let t: TestDatabase | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('applies migrations on a fresh database, and again as a no-op', async () => {
    t = await freshDatabase(dialect);
    await migrateToLatest(t.store);
    const tables = await t.store.db.introspection.getTables();
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'users',
        'sessions',
        'api_tokens',
        'portfolios',
        'projects',
        'project_members',
        'audit_log',
      ]),
    );
  });

  it('enforces unique emails and finds users regardless of case', async () => {
    t = await freshDatabase(dialect);
    await insertUser(t.store.db, user('a', 'x@y.test'));
    await expect(insertUser(t.store.db, user('b', 'x@y.test'))).rejects.toThrow();
    expect((await findUserByEmail(t.store.db, 'X@Y.TEST'))?.id).toBe('a');
  });

  it('applies a versioned update only at the expected version', async () => {
    t = await freshDatabase(dialect);
    await insertUser(t.store.db, user('a', 'x@y.test'));
    expect(await updateUser(t.store.db, 'a', 1, { name: 'First' })).toBe(true);
    expect(await updateUser(t.store.db, 'a', 1, { name: 'Stale' })).toBe(false);
    const row = await findUserByEmail(t.store.db, 'x@y.test');
    expect(row).toMatchObject({ name: 'First', version: 2 });
  });

  it('rolls back every write of a failed transaction', async () => {
    t = await freshDatabase(dialect);
    const { db } = t.store;
    await expect(
      inTransaction(db, async (trx) => {
        await insertUser(trx, user('a', 'a@y.test'));
        await insertUser(trx, user('b', 'a@y.test')); // duplicate email: fails
      }),
    ).rejects.toThrow();
    expect(await findUserByEmail(db, 'a@y.test')).toBeUndefined();
  });

  it('keeps foreign keys: a project cannot name a missing portfolio', async () => {
    t = await freshDatabase(dialect);
    await expect(
      t.store.db
        .insertInto('projects')
        .values(project({ portfolio_id: 'missing' }))
        .execute(),
    ).rejects.toThrow();
  });

  it('round-trips money beyond 32 bits as an exact integer', async () => {
    t = await freshDatabase(dialect);
    const { db } = t.store;
    await insertUser(db, user('u', 'u@y.test'));
    await db
      .insertInto('portfolios')
      .values({ id: 'pf', name: 'P', description: '', owner_id: 'u', created_at: NOW, updated_at: NOW, version: 1 })
      .execute();
    const big = 123_456_789_012_345;
    await db
      .insertInto('projects')
      .values(project({ manager_id: 'u', portfolio_id: 'pf', budget_minor: big }))
      .execute();
    const row = await db.selectFrom('projects').select('budget_minor').executeTakeFirstOrThrow();
    expect(row.budget_minor).toBe(big);
  });
});
