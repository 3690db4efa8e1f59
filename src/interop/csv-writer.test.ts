import { describe, expect, it } from 'vitest';
import { type Calendar, calendarId, type Link, type Plan, type Task, taskId } from '../core/schedule/model.js';
import { parsePredecessorText } from '../core/schedule/predecessor-text.js';
import { schedulePlan } from '../core/schedule/schedule.js';
import { requireLocalDateTime } from '../core/schedule/time.js';
import { PLAN_CSV_COLUMNS, writePlanCsv } from './csv-writer.js';

const at = (text: string) => requireLocalDateTime(text, 'test');
const office = [
  { startMinute: 480, endMinute: 720 },
  { startMinute: 780, endMinute: 1020 },
];
const standard: Calendar = {
  id: calendarId('std'),
  name: 'Standard',
  week: [[], office, office, office, office, office, []],
  exceptions: [],
  hoursPerDay: 8,
};

const task = (id: string, name: string, durationMinutes: number, more: Partial<Task> = {}): Task => ({
  id: taskId(id),
  name,
  parentId: null,
  durationMinutes,
  ...more,
});
const link = (from: string, to: string, type: Link['type'], lag?: Link['lag']): Link => ({
  predecessorId: taskId(from),
  successorId: taskId(to),
  type,
  ...(lag ? { lag } : {}),
});

const plan: Plan = {
  name: 'Foundations',
  defaultCalendarId: standard.id,
  calendars: [standard],
  tasks: [
    task('a', 'Ground works', 0),
    task('b', 'Dig, then "pour"', 2400, {
      parentId: taskId('a'),
      actualStart: at('2025-03-03T08:00'),
      percentComplete: 40,
    }),
    task('c', 'Inspect', 960, {
      parentId: taskId('a'),
      wbsCode: 'GW-INS',
      constraint: { type: 'startNoEarlierThan', date: at('2025-03-05T08:00') },
    }),
    task('d', 'Handover', 0, { milestone: true, deadline: at('2025-03-14T17:00') }),
    task('e', 'Report', 480),
  ],
  links: [
    link('b', 'c', 'SS', { kind: 'working', minutes: 960 }),
    link('b', 'd', 'FS'),
    link('b', 'e', 'SS', { kind: 'percent', percent: -10 }),
    link('c', 'e', 'FF', { kind: 'working', minutes: 480 }),
    link('d', 'e', 'FS', { kind: 'elapsed', minutes: 720 }),
  ],
  options: { projectStart: at('2025-03-03T08:00') },
};

/** RFC 4180 reading (quoted fields, doubled quotes, newlines in quotes) into records keyed by the header. */
function parse(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      rows.at(-1)?.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.at(-1)?.push(field);
      field = '';
      rows.push([]);
    } else field += ch;
  }
  if (field !== '' || (rows.at(-1)?.length ?? 0) > 0) rows.at(-1)?.push(field);
  const [header = [], ...body] = rows.filter((r) => r.length > 0);
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

const result = schedulePlan(plan);
const csv = writePlanCsv(plan, result);
const records = parse(csv);

describe('writePlanCsv', () => {
  it('writes a header and one row per task in WBS order', () => {
    expect(csv.split('\n')[0]).toBe(PLAN_CSV_COLUMNS.join(','));
    expect(records.map((r) => r.Name)).toEqual(['Ground works', 'Dig, then "pour"', 'Inspect', 'Handover', 'Report']);
  });

  it('writes every field of a task row', () => {
    expect(records[1]).toEqual({
      ID: '2',
      WBS: '1.1',
      Name: 'Dig, then "pour"',
      'Outline level': '2',
      Duration: '5d',
      Start: '2025-03-03 08:00',
      Finish: '2025-03-07 17:00',
      Predecessors: '',
      'Total float': '0d',
      Critical: 'Yes',
      Milestone: 'No',
      '% complete': '40%',
      'Actual start': '2025-03-03 08:00',
      'Actual finish': '',
      'Constraint type': 'As Soon As Possible',
      'Constraint date': '',
      Deadline: '',
    });
    expect(records[2]).toMatchObject({
      ID: '3',
      WBS: 'GW-INS',
      Duration: '2d',
      Start: '2025-03-05 08:00',
      Finish: '2025-03-06 17:00',
      Predecessors: '2SS+2d',
      'Total float': '1d',
      Critical: 'No',
      'Constraint type': 'Start No Earlier Than',
      'Constraint date': '2025-03-05 08:00',
    });
    expect(records[3]).toMatchObject({
      Duration: '0d',
      Milestone: 'Yes',
      Predecessors: '2',
      Deadline: '2025-03-14 17:00',
    });
  });

  it('gives a summary its rolled-up duration and dates', () => {
    expect(records[0]).toMatchObject({
      WBS: '1',
      'Outline level': '1',
      Duration: '5d',
      Start: '2025-03-03 08:00',
      Finish: '2025-03-07 17:00',
    });
  });

  it('quotes a name holding a comma and quotes, doubling the quotes', () => {
    expect(csv.split('\n')[2]).toContain(',"Dig, then ""pour""",');
  });

  it('writes predecessors in MS Project syntax: row, type unless plain FS, signed lag in d, ed or %', () => {
    expect(records[4]?.Predecessors).toBe('2SS-10%;3FF+1d;4FS+0.5ed');
    // The planning grid's parser reads the text back to the same links.
    expect(parsePredecessorText(records[4]?.Predecessors ?? '')).toEqual({
      ok: true,
      value: [
        { row: 2, type: 'SS', lagKind: 'percent', lag: -10 },
        { row: 3, type: 'FF', lagKind: 'working', lag: 480 },
        { row: 4, type: 'FS', lagKind: 'elapsed', lag: 720 },
      ],
    });
  });

  it('appends extra columns and keeps spreadsheet formulas inert', () => {
    const extra = writePlanCsv(plan, result, {
      rows: new Map<string, Record<string, string>>([
        ['b', { Responsible: 'Ana' }],
        ['e', { Responsible: '=HYPERLINK("x")', Notes: 'draft' }],
      ]),
      bom: true,
    });
    expect(extra.startsWith('\uFEFF')).toBe(true);
    const rows = parse(extra.slice(1));
    expect(Object.keys(rows[0] ?? {}).slice(-2)).toEqual(['Responsible', 'Notes']);
    expect(rows.map((r) => r.Responsible)).toEqual(['', 'Ana', '', '', '\'=HYPERLINK("x")']);
    expect(rows[4]?.Notes).toBe('draft');
  });
});
