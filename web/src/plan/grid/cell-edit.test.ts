import { describe, expect, it } from 'vitest';
import type { CalendarResource, PlanLink, PlanTask } from '../../../../src/contracts/index.js';
import { planCalendars } from '../calendar-time.js';
import { simPlan } from '../plan-fixtures.js';
import { createFromBlankRow, type EditEnv, editCell, editorText } from './cell-edit.js';
import { cellText } from './columns.js';

const day = ['08:00-12:00', '13:00-17:00'];
const standard: CalendarResource = {
  id: '00000000-0000-4000-8000-000000000001',
  projectId: null,
  allowedActions: [],
  refusedActions: [],
  name: 'Standard',
  hoursPerDay: 8,
  hoursPerWeek: 40,
  daysPerMonth: 20,
  week: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
  exceptions: [{ name: 'New year', from: '2024-01-01', working: [] }],
  workWeeks: [],
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  version: 1,
};

function env(tasks: PlanTask[], links: PlanLink[] = []): EditEnv {
  const rows = new Map(tasks.map((t) => [t.id, t.row]));
  let n = 0;
  return {
    tasks,
    calendars: planCalendars([standard], standard.id),
    linksTo: (id) => links.filter((l) => l.successorId === id),
    rowOf: (id) => rows.get(id),
    newId: () => `new${++n}`,
    currency: 'EUR',
  };
}

const base = simPlan(['A', ' A1', ' A2', 'B', 'C'], ['A1>A2']);
const tasks = base.tasks.map((t) =>
  t.id === 'A2' ? { ...t, start: '2024-01-08T08:00', finish: '2024-01-12T17:00', durationMinutes: 2400 } : t,
);
const e = env(tasks, [...base.links]);
const a2 = tasks[2] as PlanTask;

describe('editing cells', () => {
  it('sets a start-no-earlier-than constraint at the start of the typed day', () => {
    expect(editCell('start', a2, '2024-01-10', e)).toEqual({
      ok: true,
      ops: [
        {
          op: 'updateTask',
          taskId: 'A2',
          fields: { constraintType: 'startNoEarlierThan', constraintDate: '2024-01-10T08:00' },
        },
      ],
    });
    expect(editCell('start', a2, 'Mon 8 Jan 24', e)).toEqual({ ok: true, ops: [] });
    expect(editCell('start', a2, 'soon', e)).toMatchObject({ ok: false, error: expect.stringContaining("'soon'") });
  });

  it('turns a typed finish into the working time from the start, skipping weekends', () => {
    expect(editCell('finish', a2, '2024-01-16', e)).toMatchObject({
      ops: [{ taskId: 'A2', fields: { durationMinutes: 7 * 480 } }],
    });
    expect(editCell('finish', a2, '2024-01-05', e)).toMatchObject({
      ok: false,
      error: expect.stringContaining('before'),
    });
  });

  it('reads durations and makes a zero duration a milestone', () => {
    expect(editCell('duration', a2, '2w', e)).toMatchObject({ ops: [{ fields: { durationMinutes: 4800 } }] });
    expect(editCell('duration', a2, '0d', e)).toMatchObject({
      ops: [{ fields: { durationMinutes: 0, milestone: true } }],
    });
    expect(editCell('duration', a2, '4ed', e)).toMatchObject({
      ops: [{ fields: { durationMinutes: 5760, elapsed: true } }],
    });
    expect(editCell('duration', a2, '5d', e)).toEqual({ ok: true, ops: [] });
    expect(editCell('duration', a2, 'x', e)).toMatchObject({ ok: false });
  });

  it('turns predecessor text into link creates, edits and deletes', () => {
    const c = tasks[4] as PlanTask;
    expect(editCell('predecessors', c, '2FS+2d;4SS', e)).toEqual({
      ok: true,
      ops: [
        {
          op: 'addLinks',
          links: [
            { id: 'new1', predecessorId: 'A1', successorId: 'C', type: 'FS', lagKind: 'working', lag: 960 },
            { id: 'new2', predecessorId: 'B', successorId: 'C', type: 'SS', lagKind: 'working', lag: 0 },
          ],
        },
      ],
    });
    expect(editCell('predecessors', a2, '', e)).toEqual({ ok: true, ops: [{ op: 'deleteLinks', linkIds: ['A1>A2'] }] });
    expect(editCell('predecessors', a2, '2FF', e)).toMatchObject({
      ops: [{ op: 'updateLink', linkId: 'A1>A2', fields: { type: 'FF' } }],
    });
    expect(editCell('predecessors', a2, '2', e)).toEqual({ ok: true, ops: [] });
    expect(editCell('predecessors', a2, '3', e)).toMatchObject({ error: expect.stringContaining('own predecessor') });
    expect(editCell('predecessors', a2, '1', e)).toMatchObject({ error: expect.stringContaining('summary') });
    expect(editCell('predecessors', a2, '99', e)).toMatchObject({ error: 'predecessors: there is no row 99' });
    expect(editCell('predecessors', a2, '3XX', e)).toMatchObject({ error: "predecessors: '3XX' is not a link type" });
  });

  it('reads constraints, progress and actual dates', () => {
    expect(editCell('constraint', a2, 'mfo 2024-02-02', e)).toMatchObject({
      ops: [{ fields: { constraintType: 'mustFinishOn', constraintDate: '2024-02-02T17:00' } }],
    });
    expect(editCell('constraint', a2, 'SNET', e)).toMatchObject({
      ok: false,
      error: expect.stringContaining('needs a date'),
    });
    expect(editCell('constraint', a2, 'XYZ 2024-01-01', e)).toMatchObject({ ok: false });
    expect(editCell('percentComplete', a2, '50%', e)).toMatchObject({ ops: [{ fields: { percentComplete: 50 } }] });
    expect(editCell('percentComplete', a2, '150', e)).toMatchObject({ ok: false });
    expect(editCell('actualStart', a2, '2024-01-09 10:00', e)).toMatchObject({
      ops: [{ fields: { actualStart: '2024-01-09T10:00' } }],
    });
    expect(editCell('actualFinish', { ...a2, actualFinish: '2024-01-12T17:00' }, 'NA', e)).toMatchObject({
      ops: [{ fields: { actualFinish: null } }],
    });
    expect(editCell('name', a2, '  ', e)).toEqual({ ok: false, error: 'name: must not be empty' });
  });

  it('reads fixed costs in the project currency, and the money choices', () => {
    expect(editCell('fixedCost', a2, '1,250.5', e)).toMatchObject({ ops: [{ fields: { fixedCostMinor: 125050 } }] });
    expect(editCell('fixedCost', a2, '12.345', e)).toEqual({
      ok: false,
      error: 'fixed cost: must have at most 2 decimals for EUR',
    });
    expect(editCell('fixedCost', a2, '-5', e)).toMatchObject({ ok: false });
    expect(editCell('fixedCostAccrual', a2, 'end', e)).toMatchObject({
      ops: [{ fields: { fixedCostAccrual: 'end' } }],
    });
    expect(editCell('fixedCostAccrual', a2, 'later', e)).toMatchObject({ ok: false });
    expect(editCell('evMethod', a2, 'physical', e)).toMatchObject({ ops: [{ fields: { evMethod: 'physical' } }] });
    // The first choice, '', goes back to the project's method.
    expect(editCell('evMethod', { ...a2, evMethod: 'zeroHundred' }, '', e)).toMatchObject({
      ops: [{ fields: { evMethod: null } }],
    });
    expect(editCell('evMethod', a2, 'guess', e)).toMatchObject({ ok: false });
    expect(editCell('physicalPercentComplete', a2, '40 %', e)).toMatchObject({
      ops: [{ fields: { physicalPercentComplete: 40 } }],
    });
    expect(editCell('physicalPercentComplete', a2, '101', e)).toMatchObject({ ok: false });
  });

  it('shows fixed costs as money and the methods by name', () => {
    const costed = {
      ...a2,
      fixedCostMinor: 1_000_000,
      fixedCostAccrual: 'start' as const,
      evMethod: 'fiftyFifty' as const,
    };
    expect(cellText('fixedCost', costed, e)).toBe('€10,000.00');
    expect(editorText('fixedCost', costed, e, cellText('fixedCost', costed, e))).toBe('10000.00');
    expect(cellText('fixedCostAccrual', costed, e)).toBe('Start');
    expect(cellText('evMethod', costed, e)).toBe('50/50');
    expect(cellText('evMethod', a2, e)).toBe("Project's method");
  });

  it('opens editors on text that reads back to the same value', () => {
    const costed = { ...a2, fixedCostMinor: 125_050, physicalPercentComplete: 30, evMethod: 'physical' as const };
    for (const key of [
      'start',
      'finish',
      'duration',
      'predecessors',
      'constraint',
      'percentComplete',
      'remaining',
      'fixedCost',
      'fixedCostAccrual',
      'evMethod',
      'physicalPercentComplete',
    ] as const) {
      for (const task of [a2, costed]) {
        const text = editorText(key, task, e, cellText(key, task, e));
        expect(editCell(key, task, text, e)).toEqual({ ok: true, ops: [] });
      }
    }
  });

  it('shows a 13-hour task as 1.63 days but edits its exact 13 hours', () => {
    const long = { ...a2, durationMinutes: 13 * 60, remainingDurationMinutes: 13 * 60 };
    expect(cellText('duration', long, e)).toBe('1.63d');
    for (const key of ['duration', 'remaining'] as const) {
      const text = editorText(key, long, e, cellText(key, long, e));
      expect(text).toBe('13h');
      expect(editCell(key, long, text, e)).toEqual({ ok: true, ops: [] });
    }
  });

  it('creates a task from the blank row at the level of the last task', () => {
    expect(createFromBlankRow('Handover', e)).toEqual({
      ok: true,
      ops: [
        {
          op: 'insertTasks',
          beforeId: null,
          tasks: [{ id: 'new3', parentId: null, name: 'Handover', durationMinutes: 480 }],
          links: [],
        },
      ],
    });
    expect(createFromBlankRow(' ', e)).toEqual({ ok: true, ops: [] });
  });
});
