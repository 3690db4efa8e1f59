import { type Kysely, PostgresAdapter, sql } from 'kysely';

/*
 * Every write appends to `outbox_events` in its own transaction, so each structure the table
 * keeps up is paid by every write: on SQLite a page more in the write-ahead log per commit. A
 * profile of a charter edit put the event at a quarter of the write (SQLite, 1,000 writes/s), most
 * of it these three, none of which a query needs:
 * - the index on (project_id, seq): no query filters events by project;
 * - the unique index on `id`: ids are UUIDv7s made unique by construction, and nothing looks an
 *   event up by id (deliveries and notifications refer to `seq`);
 * - SQLite's AUTOINCREMENT, which updates `sqlite_sequence` on every insert. A plain INTEGER
 *   PRIMARY KEY takes the largest `seq` plus one; retention never deletes the newest event
 *   (deleteDispatchedEvents), so a `seq` a receiver has seen is never handed out again.
 * SQLite cannot drop a column's UNIQUE or AUTOINCREMENT in place: the table is rebuilt in one
 * transaction, as its documentation prescribes, with foreign keys off meanwhile because
 * webhook deliveries refer to it. PostgreSQL's identity column never reuses a value; there the
 * index and the constraint are dropped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_project').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table outbox_events drop constraint if exists outbox_events_id_key`.execute(db);
    return;
  }
  // Outside any transaction (SQLite ignores the pragma inside one); Kysely runs SQLite's migrations outside one.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.schema
        .createTable('outbox_events_lean')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('project_id', 'text')
        .addColumn('portfolio_id', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('dispatched_at', 'text')
        .execute();
      const columns = sql.raw('seq, id, type, project_id, portfolio_id, actor_id, payload, created_at, dispatched_at');
      await sql`insert into outbox_events_lean (${columns}) select ${columns} from outbox_events`.execute(trx);
      await trx.schema.dropTable('outbox_events').execute();
      await trx.schema.alterTable('outbox_events_lean').renameTo('outbox_events').execute();
      await trx.schema
        .createIndex('outbox_undispatched')
        .on('outbox_events')
        .column('seq')
        .where(sql.ref('dispatched_at'), 'is', null)
        .execute();
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error(`rebuilding outbox_events broke ${broken.rows.length} references`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
