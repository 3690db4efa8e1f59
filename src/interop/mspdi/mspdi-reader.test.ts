import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { formatLocalDate, formatLocalDateTime } from '../../core/schedule/time.js';
import { readMspdi } from './mspdi-reader.js';

const day = (working: boolean, type: number) =>
  working
    ? `<WeekDay><DayType>${type}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`
    : `<WeekDay><DayType>${type}</DayType><DayWorking>0</DayWorking></WeekDay>`;

const task = (uid: number, level: number, body: string) =>
  `<Task><UID>${uid}</UID><Name>T${uid}</Name><OutlineLevel>${level}</OutlineLevel><OutlineNumber>x</OutlineNumber>${body}</Task>`;

const XML = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>test.xml</Name><StartDate>2024-01-08T08:00:00</StartDate><ScheduleFromStart>1</ScheduleFromStart>
  <CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>
  <Calendars>
    <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>
      ${day(false, 1)}${[2, 3, 4, 5, 6].map((d) => day(true, d)).join('')}${day(false, 7)}
    </WeekDays>
    <Exceptions><Exception><TimePeriod><FromDate>2024-01-10T00:00:00</FromDate><ToDate>2024-01-10T23:59:00</ToDate></TimePeriod><Name>Holiday</Name><DayWorking>0</DayWorking></Exception></Exceptions>
    </Calendar>
    <Calendar><UID>2</UID><Name>Derived</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
      <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>11:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays>
    </Calendar>
  </Calendars>
  <Tasks>
    ${task(0, 0, '<Summary>1</Summary>')}
    ${task(1, 1, '<Summary>1</Summary>')}
    ${task(2, 2, '<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat><ConstraintType>4</ConstraintType><ConstraintDate>2024-01-09T08:00:00</ConstraintDate>')}
    ${task(3, 2, '<Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>')}
    ${task(4, 1, '<Duration>PT8H0M0S</Duration><CalendarUID>2</CalendarUID><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink><PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type></PredecessorLink><PredecessorLink><PredecessorUID>6</PredecessorUID><Type>1</Type></PredecessorLink>')}
    ${task(5, 1, '<IsNull>1</IsNull>')}
    ${task(6, 1, '<Duration>PT8H0M0S</Duration><Active>0</Active>')}
  </Tasks>
</Project>`;

describe('readMspdi', () => {
  const { plan, report, stored } = readMspdi(XML);

  it('builds the WBS from outline levels and keeps UIDs, leaving out the project, null and inactive tasks', () => {
    expect(plan.tasks.map((t) => [t.id, t.parentId])).toEqual([
      ['1', null],
      ['2', '1'],
      ['3', '1'],
      ['4', null],
    ]);
    expect(stored).toHaveLength(4);
    const what = report.notes.map((n) => n.what);
    expect(what).toContain('blank (null) task rows');
    expect(what).toContain('inactive tasks (not scheduled)');
    expect(what).toContain('links to tasks that were not carried over');
  });

  it('reports links to tasks the file does not hold, with examples, instead of dropping them silently', () => {
    expect(report.notes).toContainEqual({
      kind: 'not_carried',
      what: 'links to tasks missing from the file',
      count: 1,
      examples: ['99->4'],
    });
  });

  it('reads durations, elapsed formats, constraints and lags in tenths of minutes, elapsed or percent', () => {
    const [, t2, t3, t4] = plan.tasks;
    expect(t2).toMatchObject({ durationMinutes: 960, constraint: { type: 'startNoEarlierThan' } });
    expect(t3).toMatchObject({ durationMinutes: 1440, elapsed: true });
    expect(t4?.calendarId).toBe('2');
    expect(plan.links).toEqual([
      { predecessorId: '2', successorId: '3', type: 'FS', lag: { kind: 'working', minutes: 480 } },
      { predecessorId: '2', successorId: '4', type: 'SS', lag: { kind: 'percent', percent: 50 } },
    ]);
  });

  it('resolves derived calendars against their base, with the base holidays', () => {
    const derived = plan.calendars.find((c) => c.id === '2');
    expect(derived?.week[1]).toEqual([
      { startMinute: 480, endMinute: 720 },
      { startMinute: 780, endMinute: 1020 },
    ]);
    expect(derived?.week[6]).toEqual([{ startMinute: 540, endMinute: 660 }]);
    expect(derived?.exceptions.map((e) => formatLocalDate(e.fromDay))).toEqual(['2024-01-10']);
  });

  it('schedules what it read', () => {
    const r = schedulePlan(plan);
    // SNET Tuesday, 2 days over the Wednesday holiday; then 1 day of lag and 24 elapsed hours.
    expect(formatLocalDateTime(r.earlyStart[1] as number)).toBe('2024-01-09T08:00:00');
    expect(formatLocalDateTime(r.earlyFinish[1] as number)).toBe('2024-01-11T17:00:00');
    expect(formatLocalDateTime(r.earlyStart[2] as number)).toBe('2024-01-15T08:00:00');
    expect(formatLocalDateTime(r.earlyFinish[2] as number)).toBe('2024-01-16T08:00:00');
  });

  it('rejects text that is not MS Project XML', () => {
    expect(() => readMspdi('not xml at all <')).toThrow(/MS Project|XML/);
    expect(() => readMspdi('<APIBusinessObjects></APIBusinessObjects>')).toThrow(/no MS Project <Project> element/);
  });
});
