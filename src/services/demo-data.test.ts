import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectListQuery } from '../contracts/index.js';
import type { Actor } from '../core/permissions.js';
import { findUserByEmail } from '../store/repos/users-repo.js';
import { freshDatabase, TEST_DIALECTS, type TestDatabase } from '../test-support/databases.js';
import type { ServiceContext } from './context.js';
import { loadDemoData } from './demo-data.js';
import { getTasks } from './plan/plan-service.js';
import { listProjectPage } from './project-service.js';
import { uuidv7 } from './uuidv7.js';

// The day the issue was reported: a Sunday, when the fixed demo showed every executing project
// finished in May with later tasks at 0 % and no status date.
const TODAY = new Date('2026-12-06T10:00:00Z');
const LAST_WORKING_DAY = '2026-12-04T17:00';

describe.each(TEST_DIALECTS)('the demo organisation on %s, loaded on a given day', (dialect) => {
  let db: TestDatabase;
  let ctx: ServiceContext;
  let pmo: Actor;
  beforeAll(async () => {
    db = await freshDatabase(dialect);
    ctx = { store: db.store, logger: pino({ level: 'silent' }), now: () => TODAY, newId: () => uuidv7() };
    await loadDemoData(ctx);
    pmo = { userId: (await findUserByEmail(db.store.db, 'pmo@demo.gantry.local'))!.id, role: 'pmo' };
  }, 60_000);
  afterAll(() => db?.dispose());

  const project = async (code: string) =>
    (await listProjectPage(ctx, pmo, ProjectListQuery.parse({ q: code }))).items[0]!;
  const plan = async (code: string) => getTasks(ctx, pmo, (await project(code)).id);

  it('shows executing projects under way on the last working day, with nothing past due', async () => {
    for (const code of ['PRJ-0001', 'PRJ-0007']) {
      const charter = await project(code);
      expect(charter.state).toBe('executing');
      expect(charter.plannedStart! < '2026-12-06' && charter.plannedFinish! > '2026-12-06', code).toBe(true);
      const { plan: header, tasks } = await plan(code);
      expect(header.statusDate).toBe(LAST_WORKING_DAY);
      const work = tasks.filter((t) => !t.summary);
      const pastDue = work.filter((t) => t.finish! <= LAST_WORKING_DAY && t.percentComplete < 100);
      expect(
        pastDue.map((t) => t.name),
        code,
      ).toEqual([]);
      expect(work.some((t) => t.percentComplete === 100)).toBe(true);
      expect(work.some((t) => t.start! > LAST_WORKING_DAY && t.percentComplete === 0)).toBe(true);
      expect(work.filter((t) => t.start! > LAST_WORKING_DAY && t.percentComplete > 0)).toEqual([]);
    }
    // PRJ-0007 is mid-build: work spanning the status date is part done, in proportion.
    const core = (await plan('PRJ-0007')).tasks.find((t) => t.name === 'Core services')!;
    expect(core.percentComplete).toBeGreaterThan(0);
    expect(core.percentComplete).toBeLessThan(100);
  });

  it("keeps each charter's dates on its plan, and the projects not started in the future", async () => {
    for (const code of ['PRJ-0002', 'PRJ-0003', 'PRJ-0004', 'PRJ-0008']) {
      const charter = await project(code);
      const { plan: header } = await plan(code);
      expect(charter.plannedStart! > '2026-12-06', `${code} starts ${charter.plannedStart}`).toBe(true);
      expect(header.projectStart.slice(0, 10)).toBe(charter.plannedStart);
      expect(header.projectFinish!.slice(0, 10)).toBe(charter.plannedFinish);
      expect(header.statusDate).toBeNull();
    }
    const closed = await project('PRJ-0006');
    expect(closed.plannedFinish! < '2026-06-01', closed.plannedFinish!).toBe(true);
    const closing = await plan('PRJ-0005');
    expect(closing.tasks.every((t) => t.percentComplete === 100)).toBe(true);
    expect(closing.plan.projectFinish! < LAST_WORKING_DAY, closing.plan.projectFinish!).toBe(true);
  });
});
