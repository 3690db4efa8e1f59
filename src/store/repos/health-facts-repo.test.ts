import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { healthTasks } from './health-facts-repo.js';

const TASKS = 150_000;

describe.each(TEST_DIALECTS)('health facts reads on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase(dialect);
    const now = '2027-01-01T00:00:00.000Z';
    await db.store.db
      .insertInto('projects')
      .values({
        id: 'p1',
        code: 'PRJ-0001',
        name: 'Big',
        objective: '',
        in_scope: '',
        out_of_scope: '',
        client: '',
        sponsor: '',
        state: 'executing',
        currency: 'EUR',
        priority: 3,
        tags: '[]',
        budget_minor: 0,
        approval_note: '',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await sql`
      INSERT INTO tasks (id, project_id, position, name, notes, duration_minutes, elapsed, milestone,
        constraint_type, percent_complete, critical, summary)
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${sql.lit(TASKS)})
      SELECT 't' || i, 'p1', i, 'Task', '', 480, 0, 0, 'asSoonAsPossible', 0, 0, 0 FROM n
    `.execute(db.store.db);
  }, 60_000);
  afterAll(() => db?.dispose());

  // A portfolio's tasks come back in one array: spreading them into push() overflowed the stack past ~120,000.
  it('reads the tasks of a portfolio bigger than the argument limit', async () => {
    const rows = await healthTasks(db.store.db, ['p1']);
    expect(rows).toHaveLength(TASKS);
  });
});
