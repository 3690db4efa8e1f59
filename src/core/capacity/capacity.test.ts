import { describe, expect, it } from 'vitest';
import { workCalendar } from '../schedule/index.js';
import { at, standardCalendar } from '../schedule/test-fixtures.js';
import { capacityByDay } from './capacity-by-day.js';
import { cellItems } from './cell.js';
import { demandWindow, remainingWorkMinutes } from './demand.js';
import { type CapacityResource, capacityRows, type DemandItem, resourceMatrix } from './grid.js';
import { capacityPeriods, periodCount, periodIndex, periodStartOf } from './periods.js';
import { flatProfile, workingMinutesByDay } from './work-profile.js';

const day = (text: string) => Math.floor(at(`${text}T00:00`) / 1440);

describe('capacity periods', () => {
  it('widens a week view to Monday..Sunday and labels ISO weeks by their Thursday', () => {
    // 2025-12-31 is a Wednesday; its ISO week is 2026-W01 (Thursday 2026-01-01).
    const weeks = capacityPeriods('week', day('2025-12-31'), day('2026-01-12'));
    expect(weeks.map((w) => w.label)).toEqual(['2026-W01', '2026-W02', '2026-W03']);
    expect(weeks[0]?.startDay).toBe(day('2025-12-29'));
    expect(weeks[2]?.endDay).toBe(day('2026-01-19'));
    expect(periodCount('week', day('2025-12-31'), day('2026-01-12'))).toBe(3);
  });

  it('makes calendar months and days', () => {
    const months = capacityPeriods('month', day('2024-01-15'), day('2024-03-01'));
    expect(months.map((m) => [m.label, m.endDay - m.startDay])).toEqual([
      ['2024-01', 31],
      ['2024-02', 29],
      ['2024-03', 31],
    ]);
    expect(periodCount('month', day('2023-11-30'), day('2024-03-01'))).toBe(5);
    expect(capacityPeriods('day', day('2024-01-01'), day('2024-01-03')).map((d) => d.label)).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
    ]);
    expect(periodStartOf('week', day('2024-01-07'))).toBe(day('2024-01-01'));
  });

  it('maps each day to its period', () => {
    const index = periodIndex(capacityPeriods('week', day('2024-01-01'), day('2024-01-14')));
    expect(index.days).toBe(14);
    expect(Array.from(index.periodOfDay.slice(5, 9))).toEqual([0, 0, 1, 1]);
  });
});

describe('working time per day and flat contours', () => {
  const cal = workCalendar(standardCalendar('std', ['2024-01-10']));

  it('counts each day of a calendar with its holidays', () => {
    // Mon 8 Jan .. Sun 14 Jan 2024, Wednesday a holiday.
    expect(Array.from(workingMinutesByDay(cal, day('2024-01-08'), 7))).toEqual([480, 480, 0, 480, 480, 0, 0]);
  });

  it('spreads work in proportion to working time, skipping non-working days', () => {
    // Tue 08:00 .. Fri 12:00: 8 + 0 + 8 + 4 hours.
    const p = flatProfile(cal, at('2024-01-09T08:00'), at('2024-01-12T12:00'));
    expect(p.firstDay).toBe(day('2024-01-09'));
    expect(Array.from(p.share)).toEqual([0.4, 0, 0.4, 0.2]);
  });

  it('puts work of a span without working time on its first day', () => {
    const p = flatProfile(cal, at('2024-01-13T08:00'), at('2024-01-13T08:00'));
    expect(Array.from(p.share)).toEqual([1]);
  });

  it('applies maximum units from their day on', () => {
    const caps = capacityByDay(Float64Array.of(480, 480, 480, 480), day('2024-01-08'), [
      { fromDay: day('2024-01-01'), units: 0.5 },
      { fromDay: day('2024-01-10'), units: 2 },
    ]);
    expect(Array.from(caps)).toEqual([240, 240, 960, 960]);
  });
});

describe('demand of an assignment', () => {
  const span = { start: at('2024-01-08T08:00'), finish: at('2024-01-12T17:00'), actualStart: null, actualFinish: null };

  it('is the remaining work, else work less actual work, never negative', () => {
    expect(remainingWorkMinutes({ workMinutes: 600, actualWorkMinutes: 100, remainingWorkMinutes: null })).toBe(500);
    expect(remainingWorkMinutes({ workMinutes: 600, actualWorkMinutes: 100, remainingWorkMinutes: 50 })).toBe(50);
    expect(remainingWorkMinutes({ workMinutes: 100, actualWorkMinutes: 300, remainingWorkMinutes: null })).toBe(0);
  });

  it('spreads from the status date once the task has started, and not at all when finished', () => {
    const status = at('2024-01-10T08:00');
    expect(demandWindow({ ...span, percentComplete: 0 }, status)?.start).toBe(span.start);
    expect(demandWindow({ ...span, percentComplete: 40, actualStart: span.start }, status)?.start).toBe(status);
    expect(demandWindow({ ...span, percentComplete: 100 }, status)).toBeNull();
    expect(demandWindow({ ...span, start: null, percentComplete: 0 }, status)).toBeNull();
  });
});

describe('the grid', () => {
  // One person full time on the standard week with a day of leave on Wednesday 10 January 2024.
  const personal = workCalendar(standardCalendar('ann', ['2024-01-10']));
  const periods = capacityPeriods('week', day('2024-01-01'), day('2024-01-21'));
  const index = periodIndex(periods);
  const ann: CapacityResource = {
    id: 'ann',
    name: 'Ann',
    kind: 'person',
    roleId: 'dev',
    department: 'IT',
    skills: [{ skill: 'TypeScript', level: 4 }],
    capacityByDay: capacityByDay(workingMinutesByDay(personal, index.firstDay, index.days), index.firstDay, []),
  };
  const dev: CapacityResource = { ...ann, id: 'dev', name: 'Developer', kind: 'role', roleId: null, department: 'IT' };
  const taskCal = workCalendar(standardCalendar('std'));
  const item = (id: string, resourceId: string, start: string, finish: string, minutes: number): DemandItem => ({
    assignmentId: id,
    resourceId,
    projectId: 'p1',
    taskId: `t-${id}`,
    minutes,
    profile: flatProfile(taskCal, at(start), at(finish)),
  });
  // Two tasks in the week of 8 January, 5 days each at 100 %: 80 hours against 32.
  const demand = [
    item('a', 'ann', '2024-01-08T08:00', '2024-01-12T17:00', 2400),
    item('b', 'ann', '2024-01-08T08:00', '2024-01-12T17:00', 2400),
    item('c', 'ann', '2024-01-15T08:00', '2024-01-16T17:00', 480),
    item('d', 'dev', '2024-01-01T08:00', '2024-01-01T17:00', 480),
  ];
  const m = resourceMatrix(index, periods.length, [ann, dev], demand);

  it('is over-allocated in the week two tasks overlap, net of the leave day', () => {
    const [row] = capacityRows(m, 'resource').filter((r) => r.key === 'ann');
    expect(row?.capacityMinutes).toEqual([2400, 1920, 2400]);
    expect(row?.demandMinutes).toEqual([0, 4800, 480]);
    expect(row?.overallocated).toEqual([false, true, false]);
  });

  it('groups by role: a role resource brings unstaffed demand but no capacity', () => {
    const rows = capacityRows(m, 'role');
    expect(rows.map((r) => r.key)).toEqual(['dev']);
    expect(rows[0]?.capacityMinutes).toEqual([2400, 1920, 2400]);
    expect(rows[0]?.demandMinutes).toEqual([480, 4800, 480]);
    expect(rows[0]?.overallocated).toEqual([false, true, false]);
    expect(rows[0]?.overallocatedResources).toEqual([0, 1, 0]);
  });

  it('groups by skill and department, with a row for resources without one', () => {
    const noSkill: CapacityResource = { ...ann, id: 'bob', name: 'Bob', skills: [], department: '' };
    const rows = capacityRows(resourceMatrix(index, periods.length, [ann, noSkill], demand), 'skill');
    expect(rows.map((r) => [r.key, r.name, r.capacityMinutes[0]])).toEqual([
      ['TypeScript', 'TypeScript', 2400],
      ['', 'No skill', 2400],
    ]);
    const depts = capacityRows(resourceMatrix(index, periods.length, [ann, noSkill], demand), 'department');
    expect(depts.map((r) => r.name)).toEqual(['IT', 'No department']);
  });

  it("lists a cell's assignments, adding up to its demand", () => {
    const items = cellItems(demand, new Set(['ann']), periods[1] as (typeof periods)[number]);
    expect(items.map((i) => [i.taskId, Math.round(i.minutes)])).toEqual([
      ['t-a', 2400],
      ['t-b', 2400],
    ]);
  });

  it('leaves out demand outside the view and of resources not shown', () => {
    const late = item('e', 'ann', '2024-03-04T08:00', '2024-03-05T17:00', 960);
    const other = item('f', 'zed', '2024-01-08T08:00', '2024-01-08T17:00', 480);
    const m2 = resourceMatrix(index, periods.length, [ann], [late, other]);
    expect(Array.from(m2.demand)).toEqual([0, 0, 0]);
  });
});
