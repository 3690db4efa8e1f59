import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDayRules, recurrenceDays } from './calendar-rules.js';
import type { Calendar } from './model.js';
import { at, standardCalendar } from './test-fixtures.js';
import { epochDayFromCivil, formatLocalDate, formatLocalDateTime } from './time.js';
import { WorkCalendar } from './work-calendar.js';

const cal = (c: Calendar = standardCalendar()) => new WorkCalendar(compileDayRules(c));
const fmt = formatLocalDateTime;

describe('WorkCalendar arithmetic', () => {
  it('adds working time with finish semantics and subtracts with start semantics', () => {
    const c = cal();
    expect(fmt(c.addWorking(at('2024-01-08T08:00'), 480))).toBe('2024-01-08T17:00:00');
    expect(fmt(c.addWorking(at('2024-01-08T08:00'), 240))).toBe('2024-01-08T12:00:00');
    expect(fmt(c.addWorking(at('2024-01-08T17:00'), 1))).toBe('2024-01-09T08:01:00');
    expect(fmt(c.addWorking(at('2024-01-12T08:00'), 960))).toBe('2024-01-15T17:00:00');
    expect(fmt(c.addWorking(at('2024-01-09T08:00'), -480))).toBe('2024-01-08T08:00:00');
    expect(fmt(c.addWorking(at('2024-01-15T17:00'), -960))).toBe('2024-01-12T08:00:00');
    expect(fmt(c.addWorking(at('2024-01-13T10:00'), 0))).toBe('2024-01-13T10:00:00');
  });

  it('moves to the next working start and back to the previous working finish', () => {
    const c = cal();
    expect(fmt(c.nextWorkStart(at('2024-01-12T17:00')))).toBe('2024-01-15T08:00:00');
    expect(fmt(c.nextWorkStart(at('2024-01-08T12:30')))).toBe('2024-01-08T13:00:00');
    expect(fmt(c.nextWorkStart(at('2024-01-08T09:00')))).toBe('2024-01-08T09:00:00');
    expect(fmt(c.prevWorkFinish(at('2024-01-15T08:00')))).toBe('2024-01-12T17:00:00');
    expect(fmt(c.prevWorkFinish(at('2024-01-08T13:00')))).toBe('2024-01-08T12:00:00');
  });

  it('skips holidays and counts work between dates', () => {
    const c = cal(standardCalendar('std', ['2024-01-09']));
    expect(fmt(c.addWorking(at('2024-01-08T08:00'), 960))).toBe('2024-01-10T17:00:00');
    expect(c.workBetween(at('2024-01-08T08:00'), at('2024-01-11T08:00'))).toBe(960);
    expect(c.workBetween(at('2024-01-11T08:00'), at('2024-01-08T08:00'))).toBe(-960);
  });

  it('works far from where the index was first built, in either direction', () => {
    const c = cal();
    expect(fmt(c.addWorking(at('2024-01-08T08:00'), 480 * 5 * 52 * 30))).toBe('2053-11-28T17:00:00');
    expect(fmt(c.addWorking(at('2024-01-08T08:00'), -480 * 5 * 52 * 30))).toBe('1994-02-14T08:00:00');
    expect(c.workBetween(at('1994-02-14T08:00'), at('2024-01-08T08:00'))).toBe(480 * 5 * 52 * 30);
  });

  it('gives the same answers whatever order the index grew in (property)', () => {
    const base = at('2024-01-01T00:00');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: -50_000, max: 50_000 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (queries) => {
          const a = cal();
          const b = cal();
          const ra = queries.map(([t, n]) => a.addWorking(base + t, n));
          const rb = [...queries].reverse().map(([t, n]) => b.addWorking(base + t, n));
          expect(ra).toEqual(rb.reverse());
        },
      ),
    );
  });

  it('adding n then removing n lands on the next working start; work between equals n (property)', () => {
    const c = cal(standardCalendar('std', ['2024-03-29', '2024-04-01', '2024-12-25']));
    const base = at('2024-01-01T00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 1, max: 100_000 }), (offset, n) => {
        const t = base + offset;
        const f = c.addWorking(t, n);
        expect(c.workBetween(t, f)).toBe(n);
        expect(c.addWorking(f, -n)).toBe(c.nextWorkStart(t));
        expect(c.isWorking(f - 1)).toBe(true);
      }),
    );
  });
});

describe('calendar rules', () => {
  it('rejects calendars without working time and bad intervals, naming the field', () => {
    const empty: Calendar = { ...standardCalendar('x'), week: [[], [], [], [], [], [], []] };
    expect(() => compileDayRules(empty)).toThrow(/calendar x week: has no working time/);
    const bad: Calendar = {
      ...standardCalendar('y'),
      week: [[], [{ startMinute: 600, endMinute: 500 }], [], [], [], [], []],
    };
    expect(() => compileDayRules(bad)).toThrow(/calendar y week\[1\]/);
  });

  it('applies working exceptions and work-week periods', () => {
    const saturday = epochDayFromCivil(2024, 1, 13);
    const c = cal({
      ...standardCalendar(),
      exceptions: [{ fromDay: saturday, toDay: saturday, working: [{ startMinute: 540, endMinute: 600 }] }],
      workWeeks: [
        {
          fromDay: epochDayFromCivil(2024, 2, 1),
          toDay: epochDayFromCivil(2024, 2, 29),
          week: [[], [{ startMinute: 420, endMinute: 900 }], [], [], [], [], []],
        },
      ],
    });
    expect(fmt(c.addWorking(at('2024-01-12T17:00'), 60))).toBe('2024-01-13T10:00:00');
    expect(fmt(c.nextWorkStart(at('2024-02-06T00:00')))).toBe('2024-02-12T07:00:00');
  });

  it('expands MS Project recurring exceptions', () => {
    const d = (y: number, m: number, day: number) => epochDayFromCivil(y, m, day);
    const dates = (days: number[]) => days.map(formatLocalDate);
    expect(dates(recurrenceDays({ kind: 'daily', everyDays: 3 }, d(2000, 2, 1), d(2000, 2, 10), 4))).toEqual([
      '2000-02-01',
      '2000-02-04',
      '2000-02-07',
      '2000-02-10',
    ]);
    expect(
      dates(recurrenceDays({ kind: 'weekly', everyWeeks: 2, weekdays: [2] }, d(2001, 1, 1), d(2001, 2, 13), 4)),
    ).toEqual(['2001-01-02', '2001-01-16', '2001-01-30', '2001-02-13']);
    expect(
      dates(
        recurrenceDays(
          { kind: 'monthlyByWeekday', everyMonths: 2, day: 1, position: 1 },
          d(2002, 1, 1),
          d(2002, 5, 6),
          3,
        ),
      ),
    ).toEqual(['2002-01-07', '2002-03-04', '2002-05-06']);
    expect(
      dates(
        recurrenceDays(
          { kind: 'monthlyByWeekday', everyMonths: 6, day: 5, position: 5 },
          d(2002, 1, 1),
          d(2005, 1, 28),
          7,
        ),
      ).at(-1),
    ).toBe('2005-01-28');
    expect(
      dates(recurrenceDays({ kind: 'yearlyByDate', month: 2, dayOfMonth: 1 }, d(2005, 1, 1), d(2007, 2, 1), 3)),
    ).toEqual(['2005-02-01', '2006-02-01', '2007-02-01']);
    expect(
      dates(
        recurrenceDays({ kind: 'yearlyByWeekday', month: 3, day: 2, position: 1 }, d(2004, 1, 1), d(2007, 3, 6), 4),
      ),
    ).toEqual(['2004-03-02', '2005-03-01', '2006-03-07', '2007-03-06']);
  });
});
