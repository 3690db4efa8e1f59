import { describe, expect, it } from 'vitest';
import { duePeriods, mondayOnOrAfter, periodContaining } from './reporting-cadence.js';
import { reportingStatus } from './reporting-status.js';

describe('reporting periods', () => {
  it('anchors on the Monday on or after a date', () => {
    expect(mondayOnOrAfter('2026-01-05')).toBe('2026-01-05'); // a Monday
    expect(mondayOnOrAfter('2026-01-06')).toBe('2026-01-12');
    expect(mondayOnOrAfter('2026-01-04')).toBe('2026-01-05'); // a Sunday
  });

  it('cuts weekly, fortnightly and monthly periods ending the day before the next', () => {
    expect(periodContaining('weekly', '2026-01-05', '2026-01-11')).toEqual({
      index: 0,
      start: '2026-01-05',
      end: '2026-01-11',
    });
    expect(periodContaining('fortnightly', '2026-01-05', '2026-01-19')).toEqual({
      index: 1,
      start: '2026-01-19',
      end: '2026-02-01',
    });
    // A monthly cadence anchored on the 31st keeps the month's last day when a month is shorter.
    expect(periodContaining('monthly', '2026-01-31', '2026-03-01')).toEqual({
      index: 1,
      start: '2026-02-28',
      end: '2026-03-30',
    });
    expect(periodContaining('monthly', '2026-01-15', '2026-02-14')).toEqual({
      index: 0,
      start: '2026-01-15',
      end: '2026-02-14',
    });
    expect(periodContaining('weekly', '2026-01-05', '2026-01-04')).toBeNull();
    expect(periodContaining('none', '2026-01-05', '2026-02-04')).toBeNull();
  });

  it('owes only the periods that ended since the cadence was set', () => {
    const due = duePeriods('weekly', '2026-01-05', '2026-01-20', '2026-02-02');
    expect(due.map((p) => p.end)).toEqual(['2026-01-25', '2026-02-01']);
  });
});

describe('reporting status', () => {
  const base = { cadence: 'weekly' as const, anchor: '2026-01-05', effectiveFrom: '2026-01-01' };

  it('is overdue from the day after the oldest unsubmitted period ended', () => {
    const s = reportingStatus({
      ...base,
      today: '2026-01-22',
      reports: [
        { id: 'a', periodStart: '2026-01-05', state: 'submitted', submittedAt: '2026-01-11T10:00:00.000Z' },
        { id: 'b', periodStart: '2026-01-12', state: 'returned', submittedAt: '2026-01-18T10:00:00.000Z' },
      ],
    });
    expect(s).toMatchObject({
      owed: { start: '2026-01-12', end: '2026-01-18' },
      nextDue: '2026-01-18',
      overdueDays: 4,
      overdueReportId: 'b',
      lastSubmittedAt: '2026-01-18T10:00:00.000Z',
      currentPeriod: { start: '2026-01-19', end: '2026-01-25' },
    });
  });

  it('is not overdue on the due day itself, and answers the current period as next due', () => {
    const s = reportingStatus({ ...base, today: '2026-01-11', reports: [] });
    expect(s).toMatchObject({ owed: null, overdueDays: 0, nextDue: '2026-01-11', overdueReportId: null });
  });

  it('owes nothing without a cadence, and before the anchor the first period is next', () => {
    expect(reportingStatus({ ...base, cadence: 'none', today: '2026-03-01', reports: [] }).nextDue).toBeNull();
    expect(reportingStatus({ ...base, today: '2025-12-01', reports: [] }).nextDue).toBe('2026-01-11');
  });
});
