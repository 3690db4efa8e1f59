import { describe, expect, it } from 'vitest';
import { planCalendars } from '../plan/calendar-time.js';
import { forecastFinishDay } from './forecast.js';
import { sCurveOf } from './s-curve.js';

// MS Project's Standard calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00.
const standard = planCalendars([], null);
const work = (from: string, to: string) => standard.workBetween(null, from, to);

describe('the forecast finish', () => {
  it('counts working days after the status date, skipping weekends', () => {
    // Friday evening: 12.27 working days left run out on the Wednesday two weeks on.
    expect(forecastFinishDay('2030-01-25T17:00', 12.27, work)).toBe('2030-02-13');
    expect(forecastFinishDay('2030-01-25T17:00', 1, work)).toBe('2030-01-28');
    expect(forecastFinishDay('2030-01-25T17:00', 0, work)).toBe('2030-01-25');
  });

  it('counts what is left of the status day first', () => {
    // Wednesday at noon: half a day left that day.
    expect(forecastFinishDay('2030-01-23T12:00', 0.5, work)).toBe('2030-01-23');
    expect(forecastFinishDay('2030-01-23T12:00', 0.75, work)).toBe('2030-01-24');
  });

  it('has no finish on a calendar without working days', () => {
    expect(forecastFinishDay('2030-01-23T12:00', 3, () => 0)).toBeNull();
    expect(forecastFinishDay('not a date', 3, work)).toBeNull();
  });
});

describe('the S-curve', () => {
  // The textbook case at the end of week 3 (issue 12), money in minor units.
  const report = {
    statusDate: '2030-01-25T17:00',
    ac: 3_600_000,
    etc: 6_685_714,
    earnedSchedule: {
      es: 13.75,
      at: 15,
      pd: 25,
      sv: -1.25,
      spi: 0.9167,
      ieac: 27.27,
      tspi: 1.125,
      unit: 'workingDays' as const,
    },
    periods: [
      { end: '2030-01-14T00:00', pv: 1_000_000, ev: null, ac: 1_200_000 },
      { end: '2030-01-21T00:00', pv: 2_000_000, ev: null, ac: 2_400_000 },
      { end: '2030-01-25T17:00', pv: 4_000_000, ev: 3_500_000, ac: 3_600_000 },
      { end: '2030-01-28T00:00', pv: 4_000_000, ev: null, ac: null },
      { end: '2030-02-11T00:00', pv: 10_000_000, ev: null, ac: null },
    ],
  };

  it('draws planned value over every period, earned value and actual cost up to the status date', () => {
    const curve = sCurveOf(report, work);
    expect(curve.pv.map(([, v]) => v)).toEqual([1_000_000, 2_000_000, 4_000_000, 4_000_000, 10_000_000]);
    expect(curve.ev).toEqual([['2030-01-25T17:00', 3_500_000]]);
    expect(curve.ac.map(([at]) => at)).toEqual(['2030-01-14T00:00', '2030-01-21T00:00', '2030-01-25T17:00']);
  });

  it('forecasts from the status point to EAC at the end of the IEAC(t) day', () => {
    expect(sCurveOf(report, work).forecast).toEqual({
      finishDay: '2030-02-13',
      eacMinor: 10_285_714,
      line: [
        ['2030-01-25T17:00', 3_600_000],
        ['2030-02-14T00:00', 10_285_714],
      ],
    });
  });

  it('has no forecast before anything is earned (SPI(t) undefined)', () => {
    const early = { ...report, earnedSchedule: { ...report.earnedSchedule, spi: null, ieac: null } };
    expect(sCurveOf(early, work).forecast).toBeNull();
  });
});
