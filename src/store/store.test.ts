import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import { migrateTo, migrateToLatest } from './migrate.js';
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

  it('keeps the outbox, its deliveries and their foreign key through its rebuild (0011)', async () => {
    t = await freshDatabase(dialect, { migrate: false });
    await migrateTo(t.store, '0010-schedule-version');
    const { db } = t.store;
    await insertUser(db, user('u', 'u@y.test'));
    const event = (id: string) => ({
      id,
      type: 'project.created',
      project_id: 'p',
      portfolio_id: null,
      actor_id: 'u',
      payload: '{"v":1}',
      created_at: NOW,
      dispatched_at: NOW,
    });
    await db
      .insertInto('outbox_events')
      .values([event('e1'), event('e2')])
      .execute();
    const seqs = (await db.selectFrom('outbox_events').select('seq').orderBy('seq').execute()).map((e) => e.seq);
    await db
      .insertInto('webhook_endpoints')
      .values({
        id: 'w',
        url: 'https://example.test/hook',
        description: '',
        event_types: '["*"]',
        project_id: null,
        portfolio_id: null,
        secret: 's',
        active: 1,
        disabled_reason: null,
        failing_since: null,
        owner_id: 'u',
        created_at: NOW,
        updated_at: NOW,
        version: 1,
      })
      .execute();
    const delivery = (id: string, seq: number) => ({
      id,
      endpoint_id: 'w',
      event_seq: seq,
      project_key: 'p',
      state: 'pending',
      attempts: 0,
      next_attempt_at: NOW,
      first_attempt_at: null,
      last_attempt_at: null,
      response_status: null,
      duration_ms: null,
      error: null,
      locked_by: null,
      locked_until: null,
      created_at: NOW,
      updated_at: NOW,
    });
    await db
      .insertInto('webhook_deliveries')
      .values(delivery('d1', seqs[1] as number))
      .execute();

    await migrateToLatest(t.store);
    const events = await db.selectFrom('outbox_events').select(['seq', 'id']).orderBy('seq').execute();
    expect(events).toEqual([
      { seq: seqs[0], id: 'e1' },
      { seq: seqs[1], id: 'e2' },
    ]);
    expect(await db.selectFrom('webhook_deliveries').select(['id', 'event_seq']).execute()).toEqual([
      { id: 'd1', event_seq: seqs[1] },
    ]);
    await expect(db.insertInto('webhook_deliveries').values(delivery('d2', 9999)).execute()).rejects.toThrow();
    await db.insertInto('outbox_events').values(event('e3')).execute();
    const last = await db.selectFrom('outbox_events').select('seq').orderBy('seq', 'desc').executeTakeFirst();
    expect(last?.seq).toBe((seqs[1] as number) + 1);
  });

  it('introspects its own schema only (other Gantry databases may share the server)', async () => {
    t = await freshDatabase(dialect);
    const other = dialect === 'postgres' ? await freshDatabase(dialect) : undefined;
    try {
      await other?.store.db.schema.createTable('only_elsewhere').addColumn('id', 'integer').execute();
      const tables = await t.store.db.introspection.getTables();
      expect(tables.map((x) => x.name)).not.toContain('only_elsewhere');
      expect(tables.map((x) => x.name)).not.toContain('kysely_migration');
      const users = tables.find((x) => x.name === 'users');
      expect(users?.columns.find((c) => c.name === 'email')).toMatchObject({ isNullable: false });
      const withKysely = await t.store.db.introspection.getTables({ withInternalKyselyTables: true });
      expect(withKysely.map((x) => x.name)).toContain('kysely_migration');
    } finally {
      await other?.dispose();
    }
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
