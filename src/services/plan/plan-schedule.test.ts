import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { CreateProjectBody } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { openStore, type Store } from '../../store/db.js';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../../test-support/databases.js';
import { createContext } from '../context.js';
import { createProject } from '../project-service.js';
import { createUserUnchecked } from '../user-service.js';
import { unversioned } from '../write-pipeline.js';
import { settleStoredSchedules } from './plan-schedule.js';
import { getTasks } from './plan-service.js';
import { warmVersionOf } from './plan-warm.js';
import { createTasks, updateTask } from './task-service.js';

/**
 * An edit stores only what the planner changed; the dates every other task moved to are derived
 * on read. Whoever reads (another app node, this one after a restart) must see the same dates.
 */
describe.each(TEST_DIALECTS)('stored inputs, derived schedule on %s', (dialect) => {
  const opened: { db?: TestDatabase; stores: Store[] } = { stores: [] };
  afterAll(async () => {
    for (const s of opened.stores) await s.close();
    await opened.db?.dispose();
  });

  it('writes one row for a one-task edit, and every node and restart reads the same dates', async () => {
    const db = await freshDatabase(dialect);
    opened.db = db;
    const open = () => {
      const store = openStore({
        databaseUrl: db.env.GANTRY_DATABASE_URL ?? null,
        dataDir: db.env.GANTRY_DATA_DIR ?? '',
      });
      opened.stores.push(store);
      return store;
    };
    const logger = pino({ level: 'silent' });
    const nodeA = createContext(db.store, logger);
    const nodeB = createContext(open(), logger);
    const user = await createUserUnchecked(nodeA, null, {
      email: 'planner@test.gantry.local',
      name: 'Planner',
      role: 'admin',
      password: 'long-enough-pw',
      active: true,
    });
    const admin: Actor = { userId: user.id, role: 'admin' };
    const project = await createProject(unversioned(nodeA, admin), {
      name: 'Chain',
      plannedStart: '2030-01-07',
    } as CreateProjectBody);
    // A chain of 600 one-day tasks (cached plans start at 500) beside one short task, whose float
    // is the chain's length minus its own.
    const ids = Array.from({ length: 600 }, () => nodeA.newId());
    const side = nodeA.newId();
    let change = await createTasks({ ctx: nodeA, actor: admin, version: 1 }, project.id, {
      tasks: [
        ...ids.map((id, i) => ({ id, name: `Task ${i + 1}`, durationMinutes: 480 })),
        { id: side, name: 'Side', durationMinutes: 480 },
      ],
      links: ids.slice(1).map((id, i) => ({
        predecessorId: ids[i] as string,
        successorId: id,
        type: 'FS' as const,
        lagKind: 'working' as const,
        lag: 0,
      })),
    });
    const stored = async () =>
      new Map(
        (await db.store.db.selectFrom('tasks').selectAll().where('project_id', '=', project.id).execute()).map((r) => [
          r.id,
          JSON.stringify(r),
        ]),
      );

    const before = await stored();
    change = await updateTask(
      { ctx: nodeA, actor: admin, version: change.plan.version },
      project.id,
      ids[0] as string,
      { durationMinutes: 960 },
    );
    const after = await stored();
    const touched = [...after].filter(([id, row]) => before.get(id) !== row).map(([id]) => id);
    expect(touched).toEqual([ids[0]]);
    // Yet the answer has every task that moved, and the side task's new float in columns.
    expect(change.changed).toHaveLength(600);
    expect(change.changed.at(-1)?.finish).toBe('2032-04-26T17:00');
    expect(change.floats?.row).toEqual([601]);
    expect(change.floats?.totalFloatMinutes).toEqual([600 * 480]);

    const seenByA = await getTasks(nodeA, admin, project.id);
    expect(seenByA.tasks[599]?.finish).toBe('2032-04-26T17:00');
    expect(seenByA.tasks[600]?.totalFloatMinutes).toBe(600 * 480);
    // Another node (or this one restarted, with nothing cached) derives the same schedule.
    expect(await getTasks(nodeB, admin, project.id)).toEqual(seenByA);
    expect(await getTasks(createContext(open(), logger), admin, project.id)).toEqual(seenByA);

    // B edits next; A, holding the previous version's schedule, must show B's dates.
    change = await updateTask(
      { ctx: nodeB, actor: admin, version: change.plan.version },
      project.id,
      ids[1] as string,
      { durationMinutes: 960 },
    );
    const afterB = await getTasks(nodeA, admin, project.id);
    expect(afterB.tasks[599]?.finish).toBe('2032-04-27T17:00');
    expect(afterB).toEqual(await getTasks(nodeB, admin, project.id));

    // A node that has only read the plan (the stored dates lag B's edit, so the read rescheduled
    // it) keeps what the engine built: its first edit starts warm, and its dates are still right.
    const nodeC = createContext(open(), logger);
    expect(warmVersionOf(nodeC.store, project.id)).toBeUndefined();
    expect(await getTasks(nodeC, admin, project.id)).toEqual(afterB);
    expect(warmVersionOf(nodeC.store, project.id)).toBe(change.plan.version);
    change = await updateTask(
      { ctx: nodeC, actor: admin, version: change.plan.version },
      project.id,
      ids[1] as string,
      { durationMinutes: 480 },
    );
    expect(warmVersionOf(nodeC.store, project.id)).toBe(change.plan.version);
    expect(change.changed.at(-1)?.finish).toBe('2032-04-26T17:00');
    expect((await getTasks(nodeA, admin, project.id)).tasks[599]?.finish).toBe('2032-04-26T17:00');
    change = await updateTask(
      { ctx: nodeC, actor: admin, version: change.plan.version },
      project.id,
      ids[1] as string,
      { durationMinutes: 960 },
    );

    const current = await getTasks(nodeA, admin, project.id);
    expect(current.tasks[599]?.finish).toBe('2032-04-27T17:00');

    // Settling stores the derived dates, for the readers that select them in SQL.
    await settleStoredSchedules(nodeA);
    const plan = await db.store.db
      .selectFrom('plans')
      .select(['version', 'schedule_version'])
      .where('project_id', '=', project.id)
      .executeTakeFirstOrThrow();
    expect(plan.schedule_version).toBe(plan.version);
    const last = await db.store.db
      .selectFrom('tasks')
      .select(['early_finish', 'total_float'])
      .where('id', 'in', [ids[599] as string, side])
      .orderBy('name')
      .execute();
    expect(last.map((r) => r.total_float)).toEqual([601 * 480, 0]);
    expect(await getTasks(createContext(open(), logger), admin, project.id)).toEqual(current);
  });
});
