import { sql } from 'kysely';
import type { DialectName, Store } from '../db.js';
import type { OutboxEventRow, OutboxEventTable } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';
import { prepared } from './prepared.js';

/** An event to append; the database gives it its sequence number. */
export type NewOutboxEvent = Omit<OutboxEventTable, 'seq' | 'dispatched_at'>;

// Any fixed key ("gant" + 4); distinct from the start-up and project-code locks.
const FAN_OUT_LOCK = 0x67616e78;
// The fan-out right is per schema: Gantry installations (or test runs) that share one PostgreSQL
// database in separate schemas must not skip each other's rounds. A class of its own, so it never
// meets a project's stream lock (FAN_OUT_LOCK, hash of the project id).
const FAN_OUT_RIGHT = FAN_OUT_LOCK + 1;

const INSERT_COLUMNS = ['id', 'type', 'project_id', 'portfolio_id', 'actor_id', 'payload', 'created_at'] as const;
const INSERT_SQL = `insert into outbox_events (${INSERT_COLUMNS.join(', ')}) values (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

/**
 * Appends events in the caller's transaction, in the order given; call it last in the transaction.
 * On PostgreSQL it first takes each project's stream lock (see lockEventStreams); the usual write,
 * one event, takes the lock and inserts in one statement, one round trip fewer on every write.
 * `store` is the store whose connection `ex` is a transaction of: on SQLite the insert runs as a
 * prepared statement on its raw connection (see prepared), because every write pays for it.
 */
export async function insertEvents(ex: Executor, rows: readonly NewOutboxEvent[], store: Store): Promise<void> {
  if (store.sqlite) {
    const insert = prepared(store.sqlite, INSERT_SQL);
    for (const r of rows) insert.run(INSERT_COLUMNS.map((c) => r[c]));
    return;
  }
  const [only] = rows;
  if (rows.length === 1 && only) {
    // The lock is the join's one row, so it is held before the row is numbered (see lockEventStreams).
    const columns = sql.join(INSERT_COLUMNS.map((c) => sql.ref(c)));
    const stream = only.project_id
      ? sql`(select pg_advisory_xact_lock(${FAN_OUT_LOCK}, hashtext(${only.project_id})))`
      : sql`(select 1)`;
    await sql`insert into outbox_events (${columns})
      select v.* from (values (${sql.join(INSERT_COLUMNS.map((c) => only[c]))})) as v (${columns})
      cross join ${stream} as stream`.execute(ex);
    return;
  }
  await lockEventStreams(
    ex,
    rows.flatMap((r) => (r.project_id ? [r.project_id] : [])),
  );
  for (const chunk of chunksOf(rows, 8)) {
    await ex
      .insertInto('outbox_events')
      .values(chunk.map((r) => ({ ...r, dispatched_at: null })))
      .execute();
  }
}

/**
 * On PostgreSQL, holds a transaction-scoped advisory lock per project (in a fixed order, so two
 * writers never wait on each other in a circle) until the caller commits. Sequence numbers are
 * handed out at insert, not at commit; with the lock, a project's next event cannot be numbered
 * before the previous one has committed, so its events commit in sequence order. SQLite has one
 * writer at a time: there the order holds already.
 */
async function lockEventStreams(ex: Executor, projectIds: readonly string[]) {
  for (const id of [...new Set(projectIds)].sort()) {
    await sql`select pg_advisory_xact_lock(${FAN_OUT_LOCK}, hashtext(${id}))`.execute(ex);
  }
}

/**
 * Takes the right to fan out for this transaction: true on SQLite (its write lock serialises),
 * on PostgreSQL true for one process at a time (the others skip this round, they do not wait),
 * so deliveries are created in event order whatever the number of Gantry processes.
 */
export async function tryFanOutLock(ex: Executor, dialect: DialectName): Promise<boolean> {
  if (dialect !== 'postgres') return true;
  const { rows } = await sql<{
    ok: boolean;
  }>`select pg_try_advisory_xact_lock(${FAN_OUT_RIGHT}, hashtext(current_schema())) as ok`.execute(ex);
  return rows[0]?.ok === true;
}

/** The oldest events not fanned out yet, in sequence order. */
export async function undispatchedEvents(ex: Executor, limit: number): Promise<OutboxEventRow[]> {
  const rows = await ex
    .selectFrom('outbox_events')
    .selectAll()
    .where('dispatched_at', 'is', null)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows as OutboxEventRow[];
}

/** Marks events as fanned out. */
export async function markDispatched(ex: Executor, seqs: readonly number[], at: string): Promise<void> {
  for (const chunk of chunksOf(seqs, 1)) {
    await ex.updateTable('outbox_events').set({ dispatched_at: at }).where('seq', 'in', chunk).execute();
  }
}

/** One event by its sequence number. */
export async function findEvent(ex: Executor, seq: number): Promise<OutboxEventRow | undefined> {
  const row = await ex.selectFrom('outbox_events').selectAll().where('seq', '=', seq).executeTakeFirst();
  return row as OutboxEventRow | undefined;
}
