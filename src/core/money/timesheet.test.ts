import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../schedule/test-fixtures.js';
import { checkDayMinutes, hoursCost, postHours, weekStartDay } from './timesheet.js';

const day = (text: string) => Math.floor(at(`${text}T00:00`) / 1440);

describe('timesheet weeks and minutes', () => {
  it('takes Mondays only, naming the field', () => {
    expect(weekStartDay('2030-01-07', 'week')).toBe(day('2030-01-07'));
    expect(() => weekStartDay('2030-01-08', 'week')).toThrow(/week: must be a Monday/);
    expect(() => weekStartDay('2030-02-30', 'week')).toThrow(/not a date on the calendar/);
    expect(() => weekStartDay('07/01/2030', 'week')).toThrow(/YYYY-MM-DD/);
  });

  it('takes seven days of 0..1440 whole minutes', () => {
    expect(() => checkDayMinutes([480, 480, 0, 0, 0, 0, 0], 'lines.0.minutes')).not.toThrow();
    expect(() => checkDayMinutes([480], 'm')).toThrow(/7 days/);
    expect(() => checkDayMinutes([0, 0, 1441, 0, 0, 0, 0], 'm')).toThrow(/m\.2/);
    expect(() => checkDayMinutes([0, 0, 1.5, 0, 0, 0, 0], 'm')).toThrow(/m\.2/);
  });

  it('costs hours at the rate in force each day', () => {
    const rates = [
      { fromDay: day('2030-01-01'), standardPerHourMinor: 6000, overtimePerHourMinor: 0, perUseMinor: 0 },
      { fromDay: day('2030-01-10'), standardPerHourMinor: 9000, overtimePerHourMinor: 0, perUseMinor: 0 },
    ];
    // Mon-Wed at 60.00/h, Thu-Fri at 90.00/h.
    expect(hoursCost([480, 480, 480, 480, 240, 0, 0], day('2030-01-07'), rates)).toBe(24 * 6000 + 12 * 9000);
    expect(hoursCost([480, 0, 0, 0, 0, 0, 0], day('2030-01-07'), [])).toBe(0);
  });
});

describe('posting approved hours (MS Project re-estimates on actual work)', () => {
  const task = { percentComplete: 0, actualStart: null, assignments: [{ id: 'a', workMinutes: 2400 }] };

  it('adds actual work; remaining is planned less done; % complete follows', () => {
    const p = postHours(task, 960, 1000);
    expect(p).toEqual({ percentComplete: 40, actualStart: 1000, work: [] });
  });

  it('grows the work when more was done than planned, and takes the manager’s remaining', () => {
    expect(postHours(task, 3000, 1000)).toEqual({
      percentComplete: 100,
      actualStart: 1000,
      work: [{ id: 'a', workMinutes: 3000 }],
    });
    const override = postHours(task, 960, 1000, 2040);
    expect(override.percentComplete).toBeCloseTo(32, 10);
    expect(override.work).toEqual([{ id: 'a', workMinutes: 3000 }]);
  });

  it('keeps an actual start, and a task without work assignments keeps its progress', () => {
    expect(postHours({ ...task, actualStart: 5, percentComplete: 50 }, 480, 1000).actualStart).toBe(5);
    expect(postHours({ percentComplete: 30, actualStart: null, assignments: [] }, 480, 7)).toEqual({
      percentComplete: 30,
      actualStart: 7,
      work: [],
    });
  });

  it('total work is actual plus remaining and never loses a minute (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
        (works, percent, minutes, override) => {
          const t = {
            percentComplete: percent,
            actualStart: null,
            assignments: works.map((w, i) => ({ id: `a${i}`, workMinutes: w })),
          };
          const p = postHours(t, minutes, 0, override);
          const after = new Map(t.assignments.map((a) => [a.id, a.workMinutes]));
          for (const w of p.work) after.set(w.id, w.workMinutes);
          const total = [...after.values()].reduce((a, b) => a + b, 0);
          const before = works.reduce((a, b) => a + b, 0);
          const actualBefore = t.assignments.reduce((s, a) => s + Math.round((a.workMinutes * percent) / 100), 0);
          const done = actualBefore + minutes;
          expect(total).toBe(done + (override ?? Math.max(0, before - done)));
          expect(p.percentComplete).toBeGreaterThanOrEqual(0);
          expect(p.percentComplete).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
