import { describe, expect, it } from 'vitest';
import { planCalendars } from './calendar-time.js';
import { insertTaskOp, linkChain, linkTasksOp, moveTaskOp, resizeTaskOp } from './plan-commands.js';
import { simPlan } from './plan-fixtures.js';

const { tasks, links } = simPlan(['A', ' A1', ' A2', 'B', 'C'], ['A1>A2']);
const byId = new Map(tasks.map((t, i) => [t.id, i]));
const ids = () => {
  let n = 0;
  return () => `L${++n}`;
};
// No calendars loaded: the standard 8-hour weekday fallback.
const calendars = planCalendars([], null);

describe('plan commands', () => {
  it('links the chosen tasks in WBS order, skipping existing links and summary-subtask pairs', () => {
    expect(linkChain(['C', 'A2', 'A1', 'B'], tasks, byId, links, ids())).toEqual([
      { id: 'L1', predecessorId: 'A2', successorId: 'B', type: 'FS', lagKind: 'working', lag: 0 },
      { id: 'L2', predecessorId: 'B', successorId: 'C', type: 'FS', lagKind: 'working', lag: 0 },
    ]);
    expect(linkChain(['A', 'A1'], tasks, byId, links, ids())).toEqual([]);
  });

  it('keeps the direction of a link dragged upwards in the chart', () => {
    expect(linkTasksOp('C', 'B', tasks, byId, links, ids())).toMatchObject({
      links: [{ predecessorId: 'C', successorId: 'B' }],
    });
    expect(linkTasksOp('A2', 'A1', tasks, byId, links, ids())).toBeNull();
  });

  it('inserts above a task under the same parent, or appends at the level of the last task', () => {
    expect(insertTaskOp(tasks[2]!, tasks, calendars, 'N')).toEqual({
      op: 'insertTasks',
      beforeId: 'A2',
      tasks: [{ id: 'N', parentId: 'A', name: 'New task', durationMinutes: 480 }],
      links: [],
    });
    expect(insertTaskOp(null, tasks, calendars, 'N')).toMatchObject({ beforeId: null, tasks: [{ parentId: null }] });
  });

  it('turns a dragged bar into a constraint and a dragged end into a duration', () => {
    const t = { ...tasks[3]!, start: '2024-01-08T08:00', finish: '2024-01-08T17:00' };
    expect(moveTaskOp(t, '2024-01-10T08:00')).toMatchObject({
      fields: { constraintType: 'startNoEarlierThan', constraintDate: '2024-01-10T08:00' },
    });
    // Monday 08:00 to Wednesday 17:00 is three standard days.
    expect(resizeTaskOp(t, '2024-01-10T17:00', calendars)).toMatchObject({ fields: { durationMinutes: 3 * 480 } });
    expect(resizeTaskOp(t, '2024-01-05T17:00', calendars)).toBeNull();
    expect(resizeTaskOp({ ...t, elapsed: true }, '2024-01-09T08:00', calendars)).toMatchObject({
      fields: { durationMinutes: 1440 },
    });
  });
});
