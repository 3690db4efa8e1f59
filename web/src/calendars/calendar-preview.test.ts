import { describe, expect, it } from 'vitest';
import { epochDayFromCivil, workCalendar } from '../../../src/core/schedule/index.js';
import { calendarFromFields, monthPreview } from './calendar-preview.js';

const office = ['08:00-12:00', '13:00-17:00'];
const standardWeek = { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office };

describe('the calendar preview converter', () => {
  it('gives the engine a Sunday-first week with working minutes per day', () => {
    const calendar = calendarFromFields({ week: { monday: ['08:00-12:00'], saturday: ['09:30-24:00'] } });
    expect(calendar.week).toEqual([
      [],
      [{ startMinute: 480, endMinute: 720 }],
      [],
      [],
      [],
      [],
      [{ startMinute: 570, endMinute: 1440 }],
    ]);
  });

  it('turns exception dates into epoch days, a missing end meaning one day', () => {
    const calendar = calendarFromFields({
      week: standardWeek,
      exceptions: [
        { name: 'Christmas', from: '2024-12-25', to: '2024-12-26', working: [] },
        { from: '2024-12-31', working: ['08:00-12:00'] },
      ],
    });
    expect(calendar.exceptions).toEqual([
      {
        name: 'Christmas',
        fromDay: epochDayFromCivil(2024, 12, 25),
        toDay: epochDayFromCivil(2024, 12, 26),
        working: [],
      },
      {
        fromDay: epochDayFromCivil(2024, 12, 31),
        toDay: epochDayFromCivil(2024, 12, 31),
        working: [{ startMinute: 480, endMinute: 720 }],
      },
    ]);
  });

  it('leaves out what the form is still complaining about, so the preview keeps working while typing', () => {
    const calendar = calendarFromFields({
      week: { monday: ['08:00-12:00', '17:00-13:00', '8:0'] },
      exceptions: [
        { from: '2024-13-01', working: [] },
        { from: '2024-05-02', to: '2024-05-01', working: [] },
      ],
    });
    expect(calendar.week[1]).toEqual([{ startMinute: 480, endMinute: 720 }]);
    expect(calendar.exceptions).toEqual([]);
    // The engine accepts what is left.
    expect(() => workCalendar(calendar)).not.toThrow();
  });
});

describe('the month preview', () => {
  it('shows December 2024 on a Monday-first grid with Christmas off and a short New Year’s Eve', () => {
    const calendar = calendarFromFields({
      week: standardWeek,
      exceptions: [
        { name: 'Christmas', from: '2024-12-25', to: '2024-12-26', working: [] },
        { name: 'New Year’s Eve', from: '2024-12-31', working: ['08:00-12:00'] },
      ],
    });
    const preview = monthPreview(calendar, 2024, 12);
    if (!preview.ok) throw new Error(preview.message);
    // 1 December 2024 is a Sunday: six blank cells before it.
    expect(preview.leadingBlanks).toBe(6);
    expect(preview.days).toHaveLength(31);
    const day = (n: number) => preview.days[n - 1];
    expect(day(1)).toMatchObject({ kind: 'nonWorking', minutes: 0 });
    expect(day(2)).toMatchObject({ kind: 'working', minutes: 480, intervals: office });
    expect(day(25)).toMatchObject({ kind: 'holiday', minutes: 0, exception: 'Christmas' });
    expect(day(26)).toMatchObject({ kind: 'holiday', exception: 'Christmas' });
    expect(day(31)).toMatchObject({ kind: 'special', minutes: 240, intervals: ['08:00-12:00'] });
    // 22 weekdays, two of them holidays, one half day.
    expect(preview.workingDays).toBe(20);
    expect(preview.workingMinutes).toBe(19 * 480 + 240);
  });

  it('repeats a yearly holiday in later years, and not after its last year', () => {
    const calendar = calendarFromFields({
      week: standardWeek,
      exceptions: [
        {
          name: 'Labour Day',
          from: '2024-05-01',
          to: '2026-12-31',
          working: [],
          recurrence: { kind: 'yearlyByDate', month: 5, dayOfMonth: 1 },
        },
      ],
    });
    const in2025 = monthPreview(calendar, 2025, 5);
    // 1 May 2028 is a Monday, past the last year.
    const in2028 = monthPreview(calendar, 2028, 5);
    if (!in2025.ok || !in2028.ok) throw new Error('engine refused');
    expect(in2025.days[0]).toMatchObject({ kind: 'holiday', exception: 'Labour Day' });
    expect(in2025.days[1]).toMatchObject({ kind: 'working' });
    expect(in2028.days[0]).toMatchObject({ kind: 'working', minutes: 480 });
    expect(in2028.days[0]?.exception).toBeUndefined();
  });

  it('lets a later exception override an earlier one, as the engine does', () => {
    const calendar = calendarFromFields({
      week: standardWeek,
      exceptions: [
        { name: 'Shutdown', from: '2025-08-04', to: '2025-08-08', working: [] },
        { name: 'Stocktake', from: '2025-08-06', working: ['09:00-12:00'] },
      ],
    });
    const preview = monthPreview(calendar, 2025, 8);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.days[4]).toMatchObject({ kind: 'holiday', exception: 'Shutdown' });
    expect(preview.days[5]).toMatchObject({ kind: 'special', minutes: 180, exception: 'Stocktake' });
  });

  it('says so instead of drawing a grid when the week has no working time', () => {
    const preview = monthPreview(calendarFromFields({ week: {} }), 2025, 1);
    expect(preview).toEqual({ ok: false, message: 'The week has no working time yet.' });
  });
});
