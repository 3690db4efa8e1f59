import { describe, expect, it } from 'vitest';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { planCalendars } from './calendar-time.js';

const fourDays: CalendarResource = {
  id: 'c4',
  projectId: null,
  allowedActions: [],
  refusedActions: [],
  name: 'Four-day week',
  hoursPerDay: 10,
  hoursPerWeek: 40,
  daysPerMonth: 16,
  week: { monday: ['07:00-17:00'], tuesday: ['07:00-17:00'], wednesday: ['07:00-17:00'], thursday: ['07:00-17:00'] },
  exceptions: [{ name: 'Holiday', from: '2024-01-09', working: [] }],
  workWeeks: [],
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  version: 1,
};

describe('working time on the client', () => {
  const cals = planCalendars([fourDays], 'c4');

  it('uses the task calendar’s hours, holidays and day boundaries', () => {
    expect(cals.units(null)).toEqual({ hoursPerDay: 10, hoursPerWeek: 40, daysPerMonth: 16 });
    expect(cals.dayStart(null, '2024-01-08')).toBe('2024-01-08T07:00');
    expect(cals.dayEnd(null, '2024-01-08')).toBe('2024-01-08T17:00');
    // Monday to Thursday with Tuesday a holiday: three ten-hour days.
    expect(cals.workBetween(null, '2024-01-08T07:00', '2024-01-11T17:00')).toBe(3 * 600);
  });

  it('falls back to the standard calendar before calendars have loaded', () => {
    const none = planCalendars([], null);
    expect(none.units('x').hoursPerDay).toBe(8);
    expect(none.dayStart(null, '2024-01-06')).toBe('2024-01-06T08:00');
    expect(none.workBetween(null, '2024-01-05T08:00', '2024-01-08T17:00')).toBe(2 * 480);
  });
});
