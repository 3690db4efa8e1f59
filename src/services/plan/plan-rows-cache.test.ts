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
import { getTasks } from './plan-service.js';
import { createTasks, updateTask } from './task-service.js';

/**
 * Two app nodes on one database, each with its own cache of plan rows, edit one big plan in turn:
 * every edit must build on the one before, whichever node made it.
 */
describe.each(TEST_DIALECTS)('plan rows cache on %s', (dialect) => {
  const opened: { db?: TestDatabase; other?: Store } = {};
  afterAll(async () => {
    await opened.other?.close();
    await opened.db?.dispose();
  });

  it('keeps every node on the latest rows', async () => {
    const db = await freshDatabase(dialect);
    opened.db = db;
    const other = openStore({ databaseUrl: db.env.GANTRY_DATABASE_URL ?? null, dataDir: db.env.GANTRY_DATA_DIR ?? '' });
    opened.other = other;
    const logger = pino({ level: 'silent' });
    const nodeA = createContext(db.store, logger);
    const nodeB = createContext(other, logger);
    const user = await createUserUnchecked(nodeA, null, {
      email: 'planner@test.gantry.local',
      name: 'Planner',
      role: 'admin',
      password: 'long-enough-pw',
      active: true,
    });
    const admin: Actor = { userId: user.id, role: 'admin' };
    const project = await createProject(unversioned(nodeA, admin), {
      name: 'Big plan',
      plannedStart: '2030-01-07',
    } as CreateProjectBody);
    const ids = Array.from({ length: 600 }, () => nodeA.newId());
    let change = await createTasks({ ctx: nodeA, actor: admin, version: 1 }, project.id, {
      tasks: ids.map((id, i) => ({ id, name: `Task ${i + 1}`, durationMinutes: 480 })),
      links: ids.slice(1).map((id, i) => ({
        predecessorId: ids[i] as string,
        successorId: id,
        type: 'FS' as const,
        lagKind: 'working' as const,
        lag: 0,
      })),
    });
    const edit = (node: typeof nodeA, index: number, days: number) =>
      updateTask({ ctx: node, actor: admin, version: change.plan.version }, project.id, ids[index] as string, {
        durationMinutes: days * 480,
      });

    change = await edit(nodeA, 0, 2); // A now holds the rows of this version
    change = await edit(nodeB, 1, 3); // B writes the next version; A's copy is one behind
    change = await edit(nodeA, 2, 4); // A must read B's write, not build on its own copy
    change = await edit(nodeA, 3, 5); // and now it may use its copy

    const fresh = (await getTasks(nodeB, admin, project.id)).tasks;
    expect(fresh.slice(0, 4).map((t) => t.durationMinutes / 480)).toEqual([2, 3, 4, 5]);
    // 2 + 3 + 4 + 5 + 596 one-day tasks = 610 working days = 122 weeks from Monday 7 January 2030.
    expect(fresh[599]?.finish).toBe('2032-05-07T17:00');
    expect(change.changed.find((t) => t.id === ids[599])?.finish).toBe('2032-05-07T17:00');
  });
});
