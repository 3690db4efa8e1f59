import { describe, expect, it } from 'vitest';
import { unitsOn } from '../../core/resources/model.js';
import { workCalendar } from '../../core/schedule/index.js';
import { type Calendar, calendarId } from '../../core/schedule/model.js';
import { epochDayFromCivil } from '../../core/schedule/time.js';
import { STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import { poolResourceOf } from './pool-resource.js';
import { columnsOf, RESOURCE_DEFAULTS } from './resource-row.js';

const nineToFive = [{ startMinute: 540, endMinute: 1020 }];
const week = [[], nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, []];
const holiday = {
  name: 'New year',
  fromDay: epochDayFromCivil(2027, 1, 1),
  toDay: epochDayFromCivil(2027, 1, 1),
  working: [],
};
const standard: Calendar = { id: calendarId(STANDARD_CALENDAR_ID), name: 'Standard', week, exceptions: [holiday] };
const site: Calendar = { id: calendarId('site'), name: 'Site', week, exceptions: [] };
const calendars = new Map([
  [STANDARD_CALENDAR_ID, standard],
  ['site', site],
]);

const row = (fields: Partial<typeof RESOURCE_DEFAULTS> & { kind?: 'person' | 'material' }) => ({
  id: 'r1',
  ...columnsOf({ ...RESOURCE_DEFAULTS, code: 'R1', name: 'Res', kind: 'person', ...fields }),
  created_at: '2027-01-01T00:00:00.000Z',
  updated_at: '2027-01-01T00:00:00.000Z',
  version: 1,
});

describe('poolResourceOf', () => {
  it('appends the personal exceptions to the base calendar, so leave and part-time days win', () => {
    const r = poolResourceOf(
      row({
        exceptions: [
          { name: 'Leave', from: '2027-01-04', to: '2027-01-05', working: [] },
          { name: 'Short Friday', from: '2027-01-08', to: '2027-01-08', working: [{ start: '09:00', end: '12:30' }] },
        ],
      }),
      calendars,
    );
    expect(r.calendar.id).toBe(STANDARD_CALENDAR_ID);
    expect(r.calendar.exceptions).toEqual([
      holiday,
      { name: 'Leave', fromDay: epochDayFromCivil(2027, 1, 4), toDay: epochDayFromCivil(2027, 1, 5), working: [] },
      {
        name: 'Short Friday',
        fromDay: epochDayFromCivil(2027, 1, 8),
        toDay: epochDayFromCivil(2027, 1, 8),
        working: [{ startMinute: 540, endMinute: 750 }],
      },
    ]);
    // The engine accepts it, and the base calendar is left as it was.
    expect(() => workCalendar(r.calendar)).not.toThrow();
    expect(standard.exceptions).toEqual([holiday]);
  });

  it('gives maximum units as fractions by epoch day, 100 % before the first step', () => {
    const r = poolResourceOf(
      row({
        calendarId: 'site',
        maxUnits: [
          { from: '2027-02-01', unitsPercent: 50 },
          { from: '2027-06-01', unitsPercent: 120 },
        ],
      }),
      calendars,
    );
    expect(r.calendar).toBe(site);
    expect(r.maxUnits).toEqual([
      { fromDay: epochDayFromCivil(2027, 2, 1), units: 0.5 },
      { fromDay: epochDayFromCivil(2027, 6, 1), units: 1.2 },
    ]);
    expect(unitsOn(r.maxUnits, epochDayFromCivil(2027, 1, 31))).toBe(1);
    expect(unitsOn(r.maxUnits, epochDayFromCivil(2027, 3, 15))).toBe(0.5);
    expect(unitsOn(r.maxUnits, epochDayFromCivil(2028, 1, 1))).toBe(1.2);
  });

  it('falls back to the Standard calendar when the named one is not given', () => {
    expect(poolResourceOf(row({ calendarId: 'gone' }), calendars).calendar).toBe(standard);
  });
});
