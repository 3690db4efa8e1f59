import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.js';
import { schedulePlan } from '../core/schedule/schedule.js';
import { formatLocalDateTime } from '../core/schedule/time.js';
import { parseQuantity, readJsonPlan, writeJsonPlan } from './json-plan.js';
import { detectFormat, renderScheduleJson, renderScheduleTable, scheduleFile } from './schedule-file.js';

const PLAN = {
  format: 'gantry-plan',
  version: 1,
  name: 'Fit-out',
  projectStart: '2024-01-08T08:00',
  defaultCalendar: 'office',
  calendars: [
    {
      id: 'office',
      name: 'Office',
      hoursPerDay: 8,
      week: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, ['08:00-12:00', '13:00-17:00']]),
      ),
      exceptions: [
        {
          name: 'New Year',
          from: '2024-01-01',
          recurrence: { kind: 'yearlyByDate', month: 1, dayOfMonth: 1 },
          to: '2030-01-01',
        },
        { name: 'Shutdown', from: '2024-01-10', to: '2024-01-10' },
      ],
    },
  ],
  tasks: [
    { id: 'S', name: 'Build' },
    { id: 'a', name: 'Strip out', parent: 'S', duration: '2d' },
    { id: 'b', name: 'Rewire', parent: 'S', duration: '1.5d' },
    { id: 'c', name: 'Cure', duration: '2ed' },
    { id: 'm', name: 'Handover', duration: 0, milestone: true, deadline: '2024-01-19T17:00' },
  ],
  links: [
    { from: 'a', to: 'b', type: 'SS', lag: '4h' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'm', lag: '50%' },
  ],
};

describe('Gantry JSON plan format', () => {
  it('reads durations in minutes, hours, days, weeks and elapsed units', () => {
    const units = { hoursPerDay: 8, hoursPerWeek: 40, daysPerMonth: 20 };
    expect(parseQuantity('90m', units, 'x').minutes).toBe(90);
    expect(parseQuantity('4h', units, 'x').minutes).toBe(240);
    expect(parseQuantity('1.5d', units, 'x').minutes).toBe(720);
    expect(parseQuantity('2w', units, 'x').minutes).toBe(4800);
    expect(parseQuantity('3ed', units, 'x')).toEqual({ minutes: 4320, elapsed: true, percent: null });
    expect(parseQuantity('25%', units, 'x').percent).toBe(25);
    expect(() => parseQuantity('3 days', units, 'tasks[0].duration')).toThrow(/tasks\[0\]\.duration/);
  });

  it('reads and schedules a plan', () => {
    const { plan } = readJsonPlan(JSON.stringify(PLAN));
    const r = schedulePlan(plan);
    const at = (id: string, a: Float64Array) =>
      formatLocalDateTime(a[plan.tasks.findIndex((t) => t.id === id)] as number);
    expect(at('b', r.earlyStart)).toBe('2024-01-08T13:00:00');
    expect(at('b', r.earlyFinish)).toBe('2024-01-09T17:00:00');
    // Wednesday is a shutdown: the cure starts Thursday and runs 48 hours round the clock.
    expect(at('c', r.earlyStart)).toBe('2024-01-11T08:00:00');
    expect(at('c', r.earlyFinish)).toBe('2024-01-13T08:00:00');
    expect(at('S', r.earlyFinish)).toBe('2024-01-09T17:00:00');
  });

  it('names the field of invalid input', () => {
    const bad = { ...PLAN, tasks: [{ id: 'x', duration: 'soon' }] };
    try {
      readJsonPlan(JSON.stringify(bad));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).message).toMatch(/^tasks\.0\.duration/);
    }
    expect(() => readJsonPlan('{')).toThrow(/not JSON/);
  });

  it('writes what it reads, and the written plan schedules the same', () => {
    const { plan } = readJsonPlan(JSON.stringify(PLAN));
    const again = readJsonPlan(writeJsonPlan(plan)).plan;
    expect(renderScheduleJson(again, schedulePlan(again))).toEqual(renderScheduleJson(plan, schedulePlan(plan)));
  });
});

describe('scheduleFile', () => {
  it('detects the format and renders the CLI shapes', async () => {
    expect(detectFormat(JSON.stringify(PLAN))).toBe('json');
    expect(detectFormat('ERMHDR\t8.1')).toBe('xer');
    expect(detectFormat('<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">')).toBe('mspdi');
    expect(() => detectFormat('<APIBusinessObjects/>')).toThrow(/PMXML/);
    expect(() => detectFormat('hello')).toThrow(/not MS Project XML/);
    const { plan, result, format } = await scheduleFile(JSON.stringify(PLAN));
    expect(format).toBe('json');
    const json = renderScheduleJson(plan, result);
    expect(json.projectFinish).toBe('2024-01-15T08:00:00');
    expect(json.tasks[4]).toEqual({
      id: 'm',
      name: 'Handover',
      summary: false,
      milestone: true,
      earlyStart: '2024-01-15T08:00:00',
      earlyFinish: '2024-01-15T08:00:00',
      lateStart: '2024-01-15T08:00:00',
      lateFinish: '2024-01-15T08:00:00',
      totalFloatMinutes: 0,
      freeFloatMinutes: 0,
      critical: true,
    });
    expect(renderScheduleTable(plan, result)).toMatch(/project finish 2024-01-15T08:00:00$/);
  });
});

describe('docs/plan-format.md', () => {
  it('its example is a valid plan that schedules', async () => {
    const doc = readFileSync(new URL('../../docs/plan-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] as string;
    const { plan, result } = await scheduleFile(example);
    expect(plan.tasks).toHaveLength(5);
    expect(formatLocalDateTime(result.projectFinish)).toMatch(/^2024-01/);
  });
});
