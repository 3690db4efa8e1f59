import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimesheetLine, TimesheetWeek } from '../../../src/contracts/index.js';
import { setDateStyle } from '../lib/dates.js';
import {
  bookable,
  type DraftLine,
  dayTotals,
  draftErrors,
  draftOf,
  isClean,
  isDirty,
  newLine,
  saveBody,
  serverErrors,
} from './timesheet-draft.js';

const task = (n: number) => ({
  projectId: 'p1',
  projectCode: 'PRJ-0001',
  projectName: 'Relaunch',
  taskId: `t${n}`,
  taskName: `Task ${n}`,
});

function line(n: number, status: TimesheetLine['status'], minutes: number[], note = ''): TimesheetLine {
  return {
    ...task(n),
    id: `l${n}`,
    assignmentId: null,
    minutes,
    totalMinutes: minutes.reduce((a, b) => a + b, 0),
    note,
    status,
    comment: status === 'returned' ? 'Wednesday was a holiday' : '',
    decidedBy: null,
    decidedAt: null,
    costMinor: null,
    editable: status === 'draft' || status === 'returned',
  };
}

const week = (lines: TimesheetLine[], suggestions = [task(8), task(9)]): TimesheetWeek => ({
  weekStart: '2030-01-07',
  days: ['2030-01-07', '2030-01-08', '2030-01-09', '2030-01-10', '2030-01-11', '2030-01-12', '2030-01-13'],
  version: 3,
  lines,
  suggestions: suggestions.map((s) => ({ ...s, assignmentId: null, start: null, finish: null })),
  dayTotals: [],
  totalMinutes: 0,
});

const withCells = (l: DraftLine, cells: string[]): DraftLine => ({ ...l, cells });

describe('the timesheet being edited', () => {
  // Dates in messages follow the viewer's chosen order: fix it, whatever the machine's language.
  beforeAll(() => setDateStyle('mdy'));
  afterAll(() => setDateStyle('browser'));
  const approved = line(1, 'approved', [480, 0, 0, 0, 0, 0, 0]);
  const returned = line(2, 'returned', [0, 0, 450, 0, 0, 0, 0], 'set-up');
  const w = week([approved, returned]);

  it('edits the draft and returned lines only, as h:mm', () => {
    const draft = draftOf(w);
    expect(draft.map((l) => l.taskId)).toEqual(['t2']);
    expect(draft[0]!.cells).toEqual(['', '', '7:30', '', '', '', '']);
    expect(draft[0]!.saved?.comment).toBe('Wednesday was a holiday');
    expect(isDirty(w, draft)).toBe(false);
  });

  it('totals each day over locked and typed lines, counting unreadable cells as nothing', () => {
    const draft = [withCells(draftOf(w)[0]!, ['8', 'x', '7:30', '', '', '', ''])];
    expect(dayTotals(w, draft)).toEqual([960, 0, 450, 0, 0, 0, 0]);
    expect(isDirty(w, draft)).toBe(true);
  });

  it('flags unreadable cells and days over 24 hours before saving', () => {
    const draft = [withCells(draftOf(w)[0]!, ['16:30', 'x', '', '', '', '', '25'])];
    const errors = draftErrors(w, draft);
    expect(errors.cells).toEqual({ t2: { 1: 'Enter hours as 7.5 or 7:30', 6: 'Must be at most 24:00' } });
    expect(errors.week).toEqual(['Mon 01/07/2030 holds more than 24 hours', 'Sun 01/13/2030 holds more than 24 hours']);
    expect(isClean(errors)).toBe(false);
    expect(isClean(draftErrors(w, draftOf(w)))).toBe(true);
  });

  it('sends the editable lines as minutes, with the version it was based on', () => {
    const draft = [...draftOf(w), withCells(newLine(task(8)), ['1.5', '', '', '', '', '', ''])];
    expect(saveBody(w, draft)).toEqual({
      version: 3,
      lines: [
        { projectId: 'p1', taskId: 't2', minutes: [0, 0, 450, 0, 0, 0, 0], note: 'set-up' },
        { projectId: 'p1', taskId: 't8', minutes: [90, 0, 0, 0, 0, 0, 0], note: '' },
      ],
    });
  });

  it("puts the server's refusals at the cell or line they name", () => {
    const errors = serverErrors(
      [
        { path: 'lines.1.minutes.2', message: 'must be whole minutes from 0 to 1440' },
        { path: 'lines.0.taskId', message: 'is not a task you are assigned to or responsible for' },
        { path: 'lines', message: '2030-01-09 holds more than 24 hours' },
        { path: 'lines.7.taskId', message: 'is booked twice this week' },
      ],
      ['t2', 't8'],
    );
    expect(errors).toEqual({
      cells: { t8: { 2: 'Must be whole minutes from 0 to 1440' } },
      lines: { t2: 'Is not a task you are assigned to or responsible for' },
      week: ['2030-01-09 holds more than 24 hours', 'Is booked twice this week'],
    });
  });

  it('offers the suggestions and removed saved lines, never a task already in the draft', () => {
    expect(bookable(w, draftOf(w)).map((t) => t.taskId)).toEqual(['t8', 't9']);
    expect(bookable(w, []).map((t) => t.taskId)).toEqual(['t2', 't8', 't9']);
    expect(bookable(w, [newLine(task(9))]).map((t) => t.taskId)).toEqual(['t2', 't8']);
  });
});
