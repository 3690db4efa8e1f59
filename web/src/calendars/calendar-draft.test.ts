import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import {
  type CalendarDraft,
  changedFields,
  changesWorkingTime,
  draftFromFields,
  emptyDraft,
  fieldsFromDraft,
  newException,
} from './calendar-draft.js';
import { weekSummary } from './calendar-summary.js';
import { apiCalendarErrors, errorAt, validateDraft } from './calendar-validation.js';
import { nextInterval, parseInterval } from './working-time.js';

const office = ['08:00-12:00', '13:00-17:00'];
const stored = {
  name: 'Standard',
  hoursPerDay: 8,
  hoursPerWeek: 40,
  daysPerMonth: 20,
  week: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
  exceptions: [
    {
      name: 'Christmas',
      from: '2024-12-25',
      working: [],
      recurrence: { kind: 'yearlyByDate' as const, month: 12, dayOfMonth: 25 },
      to: '2034-12-31',
    },
    // Imported from MS Project: the editor does not offer monthly recurrences, but must keep them.
    {
      from: '2024-01-01',
      to: '2024-12-31',
      working: [],
      recurrence: { kind: 'monthlyByDate' as const, everyMonths: 1, dayOfMonth: 15 },
      occurrences: 6,
    },
  ],
  workWeeks: [{ from: '2024-07-01', to: '2024-08-31', week: { monday: ['08:00-14:00'] } }],
};

const edit = (draft: CalendarDraft, change: Partial<CalendarDraft>): CalendarDraft => ({ ...draft, ...change });

describe('working intervals', () => {
  it('accepts 08:00-12:00 and the end of the day, and says why anything else is wrong', () => {
    expect(parseInterval('8:00 - 12:00')).toEqual({ startMinute: 480, endMinute: 720 });
    expect(parseInterval('00:00-24:00')).toEqual({ startMinute: 0, endMinute: 1440 });
    expect(parseInterval('8-12')).toBe('“8-12” is not like 08:00-12:00');
    expect(parseInterval('08:00-25:00')).toBe('25:00 is not a time of day (00:00 to 24:00)');
    expect(parseInterval('22:00-06:00')).toBe('22:00-06:00 must end after it starts; hours cannot run past midnight');
  });

  it('offers the afternoon after a morning, and nothing once the day is full', () => {
    expect(nextInterval([])).toBe('08:00-12:00');
    expect(nextInterval(['08:00-12:00'])).toBe('13:00-17:00');
    expect(nextInterval(['00:00-24:00'])).toBeNull();
  });
});

describe('the calendar form', () => {
  it('gives back exactly what it was given when nothing was edited', () => {
    expect(fieldsFromDraft(draftFromFields(stored))).toEqual(stored);
    expect(changedFields(stored, draftFromFields(stored))).toEqual({});
  });

  it('sends only what changed, and knows a new name moves no plan', () => {
    const draft = draftFromFields(stored);
    const renamed = changedFields(stored, edit(draft, { name: 'Office' }));
    expect(renamed).toEqual({ name: 'Office' });
    expect(changesWorkingTime(renamed)).toBe(false);

    const friday = { working: false, intervals: office };
    const shorter = changedFields(stored, edit(draft, { week: { ...draft.week, friday } }));
    expect(Object.keys(shorter)).toEqual(['week']);
    expect(shorter.week?.friday).toBeUndefined();
    expect(changesWorkingTime(shorter)).toBe(true);
  });

  it('writes a yearly holiday as a recurrence on its date until the last year', () => {
    const row = { ...newException('2025-05-01'), name: 'Labour Day', yearly: true, to: '2035-12-31' };
    const draft = edit(emptyDraft(), { name: 'Office', exceptions: [row] });
    expect(validateDraft(draft)).toEqual({});
    expect(fieldsFromDraft(draft).exceptions).toEqual([
      {
        name: 'Labour Day',
        from: '2025-05-01',
        to: '2035-12-31',
        working: [],
        recurrence: { kind: 'yearlyByDate', month: 5, dayOfMonth: 1 },
      },
    ]);
  });

  it('names every problem under its field before anything is sent', () => {
    const draft = emptyDraft();
    const errors = validateDraft(
      edit(draft, {
        name: ' ',
        hoursPerDay: 25,
        week: {
          ...draft.week,
          monday: { working: true, intervals: ['08:00-12:00', '11:00-15:00'] },
          tuesday: { working: true, intervals: ['17:00-09:00'] },
          wednesday: { working: true, intervals: [] },
        },
        exceptions: [
          { ...newException('2025-01-10'), to: '2025-01-09' },
          { ...newException('2025-02-01'), holiday: false },
          { ...newException('2025-03-01'), yearly: true },
        ],
      }),
    );
    expect(errors).toEqual({
      name: 'Give the calendar a name',
      hoursPerDay: 'At most 24 hours',
      'week.monday.1': '11:00-15:00 overlaps 08:00-12:00',
      'week.tuesday.0': '17:00-09:00 must end after it starts; hours cannot run past midnight',
      'week.wednesday': "Add Wednesday's working hours, or mark it non-working",
      'exceptions.0.to': 'Must not be before the first day',
      'exceptions.1.working': 'Add the working hours, or make it a holiday',
      'exceptions.2.to': 'Enter the last year it repeats',
    });
    expect(errorAt(errors, 'week.monday')).toBe('11:00-15:00 overlaps 08:00-12:00');
  });

  it('asks for at least one working day', () => {
    const draft = emptyDraft();
    const week = Object.fromEntries(
      Object.entries(draft.week).map(([d, day]) => [d, { ...day, working: false }]),
    ) as CalendarDraft['week'];
    expect(validateDraft(edit(draft, { name: 'Nothing', week }))).toEqual({
      week: 'The week needs at least one working day',
    });
  });

  it('puts the server’s complaints under the same fields, whichever way it writes the path', () => {
    const engine = new ApiError(400, 'validation_failed', 'exceptions[0].to: must not be before from', {
      issues: [{ path: 'exceptions[0].to', message: 'must not be before from' }],
    });
    const schema = new ApiError(400, 'validation_failed', 'week.monday.0: expected …', {
      issues: [{ path: 'week.monday.0', message: 'expected a working interval like 08:00-12:00' }],
    });
    expect(apiCalendarErrors(engine)).toEqual({ 'exceptions.0.to': 'Must not be before from' });
    expect(apiCalendarErrors(schema)).toEqual({ 'week.monday.0': 'Expected a working interval like 08:00-12:00' });
    expect(apiCalendarErrors(new ApiError(409, 'version_conflict', 'stale'))).toEqual({});
  });
});

describe('the week in a few words', () => {
  it('groups runs of days with equal hours', () => {
    expect(weekSummary(stored.week)).toBe('Mon–Fri 8h');
    expect(weekSummary({ ...stored.week, friday: ['08:00-14:00'], saturday: ['09:00-13:00'] })).toBe(
      'Mon–Thu 8h · Fri 6h · Sat 4h',
    );
    expect(weekSummary({ monday: office, wednesday: office, friday: ['08:00-12:30'] })).toBe('Mon, Wed 8h · Fri 4.5h');
    expect(
      weekSummary(
        Object.fromEntries(
          Object.keys(stored.week)
            .concat('saturday', 'sunday')
            .map((d) => [d, ['00:00-24:00']]),
        ),
      ),
    ).toBe('Every day 24h');
    expect(weekSummary({})).toBe('No working days');
  });
});
