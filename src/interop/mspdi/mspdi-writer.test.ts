import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  type Calendar,
  calendarId,
  type Link,
  type Plan,
  type ScheduleResult,
  type Task,
  taskId,
} from '../../core/schedule/model.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { epochDayFromCivil, requireLocalDateTime } from '../../core/schedule/time.js';
import { readMspdi } from './mspdi-reader.js';
import { writeMspdi } from './mspdi-writer.js';

const at = (text: string) => requireLocalDateTime(text, 'test');
const day = (y: number, m: number, d: number) => epochDayFromCivil(y, m, d);
const office = [
  { startMinute: 480, endMinute: 720 },
  { startMinute: 780, endMinute: 1020 },
];
const units = { hoursPerDay: 8, hoursPerWeek: 40, daysPerMonth: 20 };

/*
 * A plan in exactly the shape readMspdi returns (every field it always sets, ids as the writer
 * numbers them), so a round trip can be compared whole.
 */
const standard: Calendar = {
  id: calendarId('1'),
  name: 'Standard',
  week: [[], office, office, office, office, office, []],
  exceptions: [
    { name: 'Christmas', fromDay: day(2024, 12, 25), toDay: day(2024, 12, 26), working: [] },
    {
      name: 'Short Fridays',
      fromDay: day(2025, 1, 3),
      toDay: day(2025, 3, 28),
      working: [{ startMinute: 480, endMinute: 720 }],
      recurrence: { kind: 'weekly', everyWeeks: 2, weekdays: [5] },
      occurrences: 5,
    },
    {
      name: 'Works outing',
      fromDay: day(2025, 1, 1),
      toDay: day(2025, 12, 31),
      working: [],
      recurrence: { kind: 'monthlyByWeekday', everyMonths: 1, day: 3, position: 5 },
      occurrences: 12,
    },
  ],
  workWeeks: [],
  ...units,
};
const night = [{ startMinute: 1080, endMinute: 1440 }];
const nightShift: Calendar = {
  id: calendarId('2'),
  name: 'Night shift',
  week: [[], night, night, night, night, night, []],
  exceptions: [],
  workWeeks: [{ fromDay: day(2025, 1, 6), toDay: day(2025, 1, 12), week: [[], [], night, night, night, [], []] }],
  ...units,
};

const base = { calendarId: null, deadline: null, actualStart: null, actualFinish: null, percentComplete: 0 };
const tasks: Task[] = [
  { ...base, id: taskId('1'), name: 'Design', parentId: null, wbsCode: '1', durationMinutes: 2400 },
  {
    ...base,
    id: taskId('2'),
    name: 'Specification & "scope" <v2>',
    parentId: taskId('1'),
    wbsCode: '1.1',
    durationMinutes: 1440,
    constraint: { type: 'startNoEarlierThan', date: at('2024-12-18T08:00') },
    actualStart: at('2024-12-18T08:00'),
    percentComplete: 50,
    remainingDurationMinutes: 720,
  },
  { ...base, id: taskId('3'), name: 'Review', parentId: taskId('1'), wbsCode: '1.2', durationMinutes: 960 },
  {
    ...base,
    id: taskId('4'),
    name: 'Build',
    parentId: null,
    wbsCode: 'B-2',
    durationMinutes: 2400,
    calendarId: calendarId('2'),
  },
  {
    ...base,
    id: taskId('5'),
    name: 'Concrete cures',
    parentId: null,
    wbsCode: '3',
    durationMinutes: 2880,
    elapsed: true,
  },
  {
    ...base,
    id: taskId('6'),
    name: 'Sign-off',
    parentId: null,
    wbsCode: '4',
    durationMinutes: 0,
    milestone: true,
    deadline: at('2025-01-31T17:00'),
  },
];
// Grouped by successor in task order, as the reader lists them.
const links: Link[] = [
  { predecessorId: taskId('2'), successorId: taskId('3'), type: 'SS', lag: { kind: 'working', minutes: 480 } },
  { predecessorId: taskId('3'), successorId: taskId('4'), type: 'FS', lag: { kind: 'percent', percent: 25 } },
  { predecessorId: taskId('4'), successorId: taskId('5'), type: 'FS', lag: { kind: 'elapsed', minutes: -720 } },
  { predecessorId: taskId('5'), successorId: taskId('6'), type: 'FF', lag: { kind: 'working', minutes: 0 } },
];
const plan: Plan = {
  name: 'Warehouse & yard',
  defaultCalendarId: calendarId('1'),
  calendars: [standard, nightShift],
  tasks,
  links,
  options: {
    projectStart: at('2024-12-16T08:00'),
    statusDate: at('2024-12-19T17:00'),
    flavour: 'msproject',
    totalFloat: 'smallest',
    criticalFloatMinutes: 0,
    lagCalendar: 'successor',
  },
};

const result = schedulePlan(plan);
const xml = writeMspdi(plan, result, {
  notes: new Map([['4', 'Night work needs a permit']]),
  responsible: new Map([['2', 'Aïcha Diallo']]),
});

type Node = Record<string, any>;
const parsed = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (n) => n === 'Task' || n === 'PredecessorLink',
}).parse(xml) as Node;
const project = parsed.Project as Node;
const taskNode = (uid: string) => (project.Tasks.Task as Node[]).find((t) => t.UID === uid) as Node;

const schedule = (r: ScheduleResult) => ({
  es: [...r.earlyStart],
  ef: [...r.earlyFinish],
  ls: [...r.lateStart],
  lf: [...r.lateFinish],
  tf: [...r.totalFloatMinutes],
  ff: [...r.freeFloatMinutes],
  critical: [...r.critical],
});

describe('writeMspdi', () => {
  it('round-trips a plan exactly through readMspdi, with nothing left out', () => {
    const again = readMspdi(xml);
    expect(again.plan).toEqual(plan);
    expect(again.report.notes.filter((n) => n.kind !== 'info')).toEqual([]);
    expect(schedule(schedulePlan(again.plan))).toEqual(schedule(result));
  });

  it('writes an MS Project document: namespace, project settings, the project summary task as UID 0', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(project['@_xmlns']).toBe('http://schemas.microsoft.com/project');
    expect(project).toMatchObject({
      Title: 'Warehouse & yard',
      StartDate: '2024-12-16T08:00:00',
      StatusDate: '2024-12-19T17:00:00',
      CalendarUID: '1',
      MinutesPerDay: '480',
      MinutesPerWeek: '2400',
    });
    expect(taskNode('0')).toMatchObject({ OutlineLevel: '0', Summary: '1', Name: 'Warehouse & yard' });
    expect(xml).toContain('<Name>Specification &amp; &quot;scope&quot; &lt;v2&gt;</Name>');
  });

  it('writes task fields as MS Project holds them: hours durations, constraint codes, slack in tenths of minutes', () => {
    expect(taskNode('1')).toMatchObject({ Summary: '1', OutlineLevel: '1', OutlineNumber: '1' });
    expect(taskNode('2')).toMatchObject({
      OutlineLevel: '2',
      Duration: 'PT24H0M0S',
      DurationFormat: '7',
      ConstraintType: '4',
      ConstraintDate: '2024-12-18T08:00:00',
      ActualStart: '2024-12-18T08:00:00',
      PercentComplete: '50',
      RemainingDuration: 'PT12H0M0S',
      Contact: 'Aïcha Diallo',
      Start: '2024-12-18T08:00:00',
    });
    expect(taskNode('4')).toMatchObject({ CalendarUID: '2', Notes: 'Night work needs a permit', WBS: 'B-2' });
    expect(taskNode('5')).toMatchObject({ Duration: 'PT48H0M0S', DurationFormat: '8' });
    expect(taskNode('6')).toMatchObject({ Milestone: '1', Deadline: '2025-01-31T17:00:00' });
    expect(Number(taskNode('3').TotalSlack)).toBe(Math.round((result.totalFloatMinutes[2] as number) * 10));
  });

  it('writes saved baselines as Baseline elements after the links, by number, and still reads back the same plan', () => {
    const first = plan.tasks[1] as Task;
    const dates = { start: at('2024-12-16T08:00'), finish: at('2024-12-18T17:00'), durationMinutes: 1440 };
    const withBaselines = writeMspdi(plan, result, {
      baselines: [
        { number: 10, project: { ...dates, durationMinutes: null }, tasks: new Map([[first.id, dates]]) },
        { number: 0, project: { ...dates, durationMinutes: null }, tasks: new Map([[first.id, dates]]) },
      ],
    });
    const doc = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'Task' || n === 'Baseline' }).parse(
      withBaselines,
    );
    const tasks = doc.Project.Tasks.Task as Record<string, any>[];
    const written = tasks.find((t) => t.Name === first.name);
    expect(written?.Baseline).toEqual([
      {
        Number: '0',
        Start: '2024-12-16T08:00:00',
        Finish: '2024-12-18T17:00:00',
        Duration: 'PT24H0M0S',
        DurationFormat: '7',
      },
      {
        Number: '10',
        Start: '2024-12-16T08:00:00',
        Finish: '2024-12-18T17:00:00',
        Duration: 'PT24H0M0S',
        DurationFormat: '7',
      },
    ]);
    expect(Object.keys(written ?? {}).at(-1)).toBe('Baseline');
    expect(tasks[0]?.Baseline?.map((b: { Number: string }) => b.Number)).toEqual(['0', '10']);
    expect(tasks.filter((t) => t.Baseline).length).toBe(2);
    expect(readMspdi(withBaselines).plan).toEqual(plan);
  });

  it('writes links with MSPDI type codes and lags in tenths of minutes, elapsed or percent formats', () => {
    const link = (uid: string) => (taskNode(uid).PredecessorLink as Node[])[0];
    expect(link('3')).toMatchObject({ PredecessorUID: '2', Type: '3', LinkLag: '4800', LagFormat: '7' });
    expect(link('4')).toMatchObject({ PredecessorUID: '3', Type: '1', LinkLag: '25', LagFormat: '19' });
    expect(link('5')).toMatchObject({ Type: '1', LinkLag: '-7200', LagFormat: '6' });
    expect(link('6')).toMatchObject({ Type: '0', LinkLag: '0' });
  });

  it('drops characters XML cannot hold instead of writing an unreadable file', () => {
    const odd: Plan = {
      ...plan,
      tasks: [{ ...(tasks[2] as Task), parentId: null, name: 'Bad\u0001 paste\uD800' }],
      links: [],
    };
    expect(readMspdi(writeMspdi(odd, schedulePlan(odd))).plan.tasks[0]?.name).toBe('Bad paste');
  });

  it('nests a child listed before its parent under that parent, keeping its UID', () => {
    const child: Task = { id: taskId('c'), name: 'Child', parentId: taskId('p'), durationMinutes: 480 };
    const parent: Task = { id: taskId('p'), name: 'Parent', parentId: null, durationMinutes: 0 };
    const odd: Plan = { ...plan, tasks: [child, parent], links: [] };
    const again = readMspdi(writeMspdi(odd, schedulePlan(odd))).plan;
    // UIDs follow plan order (child 1, parent 2); rows follow the outline.
    expect(again.tasks.map((t) => [t.id, t.name, t.parentId, t.wbsCode])).toEqual([
      ['2', 'Parent', null, '1'],
      ['1', 'Child', '2', '1.1'],
    ]);
  });
});
