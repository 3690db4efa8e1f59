import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/contracts/index.js';
import { defaultRemaining, groupLines, type ProjectLine, tasksOf } from './approval-groups.js';

function line(id: string, person: string, weekStart: string, taskId: string, minutes: number[]): ProjectLine {
  return {
    id,
    projectId: 'p1',
    projectCode: 'PRJ-0001',
    projectName: 'Relaunch',
    taskId,
    taskName: `Task ${taskId}`,
    assignmentId: null,
    minutes,
    totalMinutes: minutes.reduce((a, b) => a + b, 0),
    note: '',
    status: 'submitted',
    comment: '',
    decidedBy: null,
    decidedAt: null,
    costMinor: null,
    editable: false,
    person: { id: person, name: person === 'u1' ? 'Lena Fischer' : 'Ari Berg' },
    weekStart,
  };
}

const items = [
  line('a', 'u1', '2030-01-07', 't1', [480, 480, 0, 0, 0, 0, 0]),
  line('b', 'u1', '2030-01-07', 't2', [0, 60, 0, 0, 0, 0, 0]),
  line('c', 'u2', '2030-01-07', 't1', [240, 0, 0, 0, 0, 0, 0]),
  line('d', 'u1', '2030-01-14', 't1', [0, 0, 0, 0, 120, 0, 0]),
];

describe("a project's timesheet lines for its manager", () => {
  it('groups them by person and week, the oldest week first while they wait', () => {
    const groups = groupLines(items, false);
    expect(groups.map((g) => [g.weekStart, g.person.name, g.lines.map((l) => l.id)])).toEqual([
      ['2030-01-07', 'Ari Berg', ['c']],
      ['2030-01-07', 'Lena Fischer', ['a', 'b']],
      ['2030-01-14', 'Lena Fischer', ['d']],
    ]);
    expect(groups[1]).toMatchObject({ dayTotals: [480, 540, 0, 0, 0, 0, 0], totalMinutes: 1020 });
    expect(groupLines(items, true)[0]!.weekStart).toBe('2030-01-14');
  });

  it('sums the hours each chosen task receives', () => {
    expect(tasksOf([items[0]!, items[2]!, items[1]!])).toEqual([
      { taskId: 't1', taskName: 'Task t1', minutes: 1200 },
      { taskId: 't2', taskName: 'Task t2', minutes: 60 },
    ]);
  });

  it("estimates remaining work as the work assignments' remaining less the hours, never below zero", () => {
    const a = (taskId: string, resourceKind: Assignment['resourceKind'], remainingWorkMinutes: number) =>
      ({ taskId, resourceKind, remainingWorkMinutes }) as Assignment;
    const assignments = [a('t1', 'person', 2400), a('t1', 'material', 99), a('t1', 'role', 600), a('t2', 'cost', 0)];
    expect(defaultRemaining(assignments, 't1', 960)).toBe(2040);
    expect(defaultRemaining(assignments, 't1', 5000)).toBe(0);
    expect(defaultRemaining(assignments, 't2', 60)).toBeNull();
  });
});
