import type { ExpressionBuilder } from 'kysely';
import type { Database, NotificationPreferenceRow, NotificationRow } from '../schema.js';
import type { Executor } from '../transaction.js';
import { chunksOf } from './chunks.js';

export async function insertNotifications(ex: Executor, rows: readonly NotificationRow[]): Promise<void> {
  for (const chunk of chunksOf(rows, 11)) await ex.insertInto('notifications').values(chunk).execute();
}

/** Who is asking, and whether their role reads every project (else: only projects they manage or belong to). */
export interface Reader {
  readonly userId: string;
  readonly readsAllProjects: boolean;
}

/**
 * A notification stays readable only while its reader may read its project: someone taken off a
 * project no longer sees what happened there, not even its name in a title.
 */
function visible(reader: Reader) {
  return (eb: ExpressionBuilder<Database, 'notifications'>) => {
    if (reader.readsAllProjects) return eb.lit(true);
    return eb.or([
      eb('notifications.project_id', 'is', null),
      eb.exists(
        eb
          .selectFrom('projects as p')
          .select('p.id')
          .whereRef('p.id', '=', 'notifications.project_id')
          .where('p.manager_id', '=', reader.userId),
      ),
      eb.exists(
        eb
          .selectFrom('project_members as m')
          .select('m.user_id')
          .whereRef('m.project_id', '=', 'notifications.project_id')
          .where('m.user_id', '=', reader.userId),
      ),
    ]);
  };
}

/** The reader's notifications, newest first, and how many are unread. */
export async function listNotifications(
  ex: Executor,
  reader: Reader,
  q: { unreadOnly: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const mine = ex.selectFrom('notifications').where('user_id', '=', reader.userId).where(visible(reader));
  const filtered = q.unreadOnly ? mine.where('read_at', 'is', null) : mine;
  const [rows, total, unread] = await Promise.all([
    filtered.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    countUnread(ex, reader),
  ]);
  return { rows, total: Number(total.n), unread };
}

export async function countUnread(ex: Executor, reader: Reader): Promise<number> {
  const row = await ex
    .selectFrom('notifications')
    .where('user_id', '=', reader.userId)
    .where('read_at', 'is', null)
    .where(visible(reader))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One of the reader's notifications. */
export async function findNotification(ex: Executor, reader: Reader, id: string): Promise<NotificationRow | undefined> {
  return ex
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', reader.userId)
    .where(visible(reader))
    .executeTakeFirst();
}

export async function markRead(ex: Executor, userId: string, id: string, at: string): Promise<void> {
  await ex
    .updateTable('notifications')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

export async function markAllRead(ex: Executor, userId: string, at: string): Promise<void> {
  await ex
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

/** The stored choices (those that differ from a kind's default) of these users. */
export async function preferencesOf(ex: Executor, userIds: readonly string[]): Promise<NotificationPreferenceRow[]> {
  if (userIds.length === 0) return [];
  const out: NotificationPreferenceRow[] = [];
  for (const chunk of chunksOf(userIds, 1)) {
    out.push(...(await ex.selectFrom('notification_preferences').selectAll().where('user_id', 'in', chunk).execute()));
  }
  return out;
}

/** Stores one choice. */
export async function putPreference(ex: Executor, row: NotificationPreferenceRow): Promise<void> {
  await ex
    .insertInto('notification_preferences')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'channel']).doUpdateSet({ enabled: row.enabled }))
    .execute();
}

/** A user as notification rules see them. */
export interface Recipient {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly active: number;
}

/** These users (in chunks), for naming actors and checking recipients. */
export async function recipientsByIds(ex: Executor, ids: readonly string[]): Promise<Recipient[]> {
  const out: Recipient[] = [];
  for (const chunk of chunksOf([...new Set(ids)], 1)) {
    if (chunk.length === 0) continue;
    out.push(
      ...(await ex.selectFrom('users').select(['id', 'name', 'role', 'active']).where('id', 'in', chunk).execute()),
    );
  }
  return out;
}

/** Active users holding one of these system roles. */
export async function activeUsersWithRoles(ex: Executor, roles: readonly string[]): Promise<Recipient[]> {
  return ex
    .selectFrom('users')
    .select(['id', 'name', 'role', 'active'])
    .where('role', 'in', roles)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
}

/** A project as notification rules see it: its names, manager and members. */
export interface ProjectFacts {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly manager_id: string | null;
  readonly members: ReadonlyMap<string, string>;
}

/** These projects with their members (projects deleted since are missing). */
export async function projectFacts(ex: Executor, ids: readonly string[]): Promise<ProjectFacts[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const out: ProjectFacts[] = [];
  for (const chunk of chunksOf(unique, 1)) {
    const projects = await ex
      .selectFrom('projects')
      .select(['id', 'code', 'name', 'manager_id'])
      .where('id', 'in', chunk)
      .execute();
    const members = await ex
      .selectFrom('project_members')
      .select(['project_id', 'user_id', 'relation'])
      .where('project_id', 'in', chunk)
      .execute();
    for (const p of projects) {
      const m = new Map(members.filter((r) => r.project_id === p.id).map((r) => [r.user_id, r.relation]));
      out.push({ ...p, members: m });
    }
  }
  return out;
}
