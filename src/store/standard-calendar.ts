import type { CalendarFields } from '../contracts/calendars.js';

/** The organisation's default calendar, created by the planning migration: Monday to Friday, 08:00-12:00 and 13:00-17:00. */
export const STANDARD_CALENDAR_ID = '00000000-0000-7000-8000-000000000001';

const day = ['08:00-12:00', '13:00-17:00'];

/** Its definition, as the calendars API shows it. */
export const STANDARD_CALENDAR: CalendarFields = {
  name: 'Standard',
  hoursPerDay: 8,
  hoursPerWeek: 40,
  daysPerMonth: 20,
  week: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day },
  exceptions: [],
  workWeeks: [],
};
