import { describe, expect, it } from 'vitest';
import type { PlanChange, PlanHeader } from '../../../src/contracts/index.js';
import { applyChangeToLinks, applyChangeToTasks, keepNewest } from './plan-cache.js';
import { simPlan, simTask } from './plan-fixtures.js';

const header = (version: number): PlanHeader => ({
  projectId: 'p',
  version,
  projectStart: '2024-01-08T08:00',
  statusDate: null,
  defaultCalendarId: 'c',
  projectFinish: null,
  taskCount: 3,
  flavour: 'msproject',
});
const sim = simPlan(['A', ' A1', 'B'], ['A1>B']);
const tasks = [...sim.tasks];
const links = [...sim.links];
const change = (fields: Partial<PlanChange>): PlanChange => ({
  plan: header(2),
  changed: [],
  deletedTaskIds: [],
  links: [],
  deletedLinkIds: [],
  structureChanged: false,
  ...fields,
});

describe('applying a write’s answer to the cache', () => {
  it('replaces rescheduled tasks in place and takes the new version', () => {
    const moved = { ...(tasks[2] as (typeof tasks)[number]), start: '2024-02-01T08:00' };
    const next = applyChangeToTasks({ plan: header(1), tasks }, change({ changed: [moved] }));
    expect(next.plan.version).toBe(2);
    expect(next.tasks.map((t) => t.id)).toEqual(['A', 'A1', 'B']);
    expect(next.tasks[2]?.start).toBe('2024-02-01T08:00');
    expect(next.tasks[0]).toBe(tasks[0]);
  });

  it('inserts new tasks at their row and drops deleted ones with their links', () => {
    const added = simTask('N', 'A', { row: 2 });
    const next = applyChangeToTasks({ plan: header(1), tasks }, change({ changed: [added], deletedTaskIds: ['B'] }));
    expect(next.tasks.map((t) => t.id)).toEqual(['A', 'N', 'A1']);
    const nextLinks = applyChangeToLinks({ plan: header(1), links }, change({ deletedTaskIds: ['B'] }));
    expect(nextLinks.links).toEqual([]);
  });

  it('adds, edits and deletes links', () => {
    const edited = { ...(links[0] as (typeof links)[number]), type: 'SS' as const };
    const added = { ...edited, id: 'L2', predecessorId: 'A' };
    const next = applyChangeToLinks({ plan: header(1), links }, change({ links: [edited, added] }));
    expect(next.links.map((l) => `${l.id} ${l.type}`)).toEqual(['A1>B SS', 'L2 SS']);
    expect(applyChangeToLinks(next, change({ deletedLinkIds: ['L2'] })).links).toHaveLength(1);
  });

  it('keeps a newer cache over a reload that started before the last write', () => {
    const cached = { plan: header(5), tasks };
    expect(keepNewest(cached, { plan: header(4), tasks: [] })).toBe(cached);
    const fresh = { plan: header(5), tasks: [] };
    expect(keepNewest(cached, fresh)).toBe(fresh);
  });
});
