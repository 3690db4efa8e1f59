import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayFromCivil } from '../schedule/time.js';
import { type BudgetLineAmount, budgetTotal, compareWbs, totalsByCategory, totalsByWbs } from './budget.js';
import { comparePortfolioBudget, spreadOverYears } from './portfolio-budget.js';

const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return epochDayFromCivil(y, m, d);
};
const line = (category: string, taskId: string | null, wbs: string | null, amountMinor: number): BudgetLineAmount => ({
  category,
  taskId,
  wbs,
  amountMinor,
});

describe('a project budget', () => {
  const lines = [
    line('labour', 'a', '1', 1000),
    line('material', 'b', '1.2', 200),
    line('labour', 'c', '1.2.3', 30),
    line('travel', 'd', '10', 4),
    line('other', null, null, 5),
    line('labour', 'gone', null, 7),
  ];

  it('is the lines plus both reserves', () => {
    expect(budgetTotal(lines, { contingencyMinor: 100, managementReserveMinor: 50 })).toBe(1246 + 150);
  });

  it('sums categories in the PMO order, unknown ones last', () => {
    expect(totalsByCategory(lines, ['material', 'labour', 'travel'])).toEqual([
      { category: 'material', amountMinor: 200 },
      { category: 'labour', amountMinor: 1037 },
      { category: 'travel', amountMinor: 4 },
      { category: 'other', amountMinor: 5 },
    ]);
  });

  it('rolls WBS elements up by code: 1 holds 1.2 and 1.2.3 but not 10', () => {
    expect(totalsByWbs(lines)).toEqual([
      { taskId: 'a', wbs: '1', ownMinor: 1000, totalMinor: 1230 },
      { taskId: 'b', wbs: '1.2', ownMinor: 200, totalMinor: 230 },
      { taskId: 'c', wbs: '1.2.3', ownMinor: 30, totalMinor: 30 },
      { taskId: 'd', wbs: '10', ownMinor: 4, totalMinor: 4 },
      { taskId: 'gone', wbs: null, ownMinor: 7, totalMinor: 7 },
    ]);
  });

  it('orders WBS codes as an outline', () => {
    expect(['2', '1.10', '1.2', '1', null, '1.2.1'].sort(compareWbs)).toEqual(['1', '1.2', '1.2.1', '1.10', '2', null]);
  });
});

describe('spreading over years', () => {
  it('prorates by calendar days, both ends counted', () => {
    // 2029-07-01..2029-12-31 is 184 days, 2030-01-01..2030-06-30 is 181.
    expect(spreadOverYears(36_500, day('2029-07-01'), day('2030-06-30'))).toEqual([
      { year: 2029, amountMinor: 18_400 },
      { year: 2030, amountMinor: 18_100 },
    ]);
    // 1 + 366 (a leap year) + 1 days: 2.72, 994.57, 2.72; the units left over go to the largest remainders.
    expect(spreadOverYears(1_000, day('2027-12-31'), day('2029-01-01'))).toEqual([
      { year: 2027, amountMinor: 3 },
      { year: 2028, amountMinor: 994 },
      { year: 2029, amountMinor: 3 },
    ]);
  });

  it('puts everything in the start year without a finish, or with one before the start', () => {
    expect(spreadOverYears(500, day('2030-05-05'), null)).toEqual([{ year: 2030, amountMinor: 500 }]);
    expect(spreadOverYears(500, day('2030-05-05'), day('2029-01-01'))).toEqual([{ year: 2030, amountMinor: 500 }]);
  });

  it('keeps every minor unit, in non-negative parts over consecutive years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 15 }),
        fc.integer({ min: day('2000-01-01'), max: day('2060-01-01') }),
        fc.integer({ min: 0, max: 5000 }),
        (amount, start, length) => {
          const parts = spreadOverYears(amount, start, start + length);
          expect(parts.reduce((s, p) => s + p.amountMinor, 0)).toBe(amount);
          for (const [i, p] of parts.entries()) {
            expect(p.amountMinor).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(p.year).toBe((parts[i - 1] as { year: number }).year + 1);
          }
        },
      ),
    );
  });
});

describe('a portfolio budget against its projects', () => {
  const project = (projectId: string, currency: string, start: string, finish: string | null) => ({
    projectId,
    currency,
    start: day(start),
    finish: finish === null ? null : day(finish),
    byCategory: [
      { category: 'labour', amountMinor: 36_500 },
      { category: 'material', amountMinor: 1_000 },
    ],
    contingencyMinor: 365,
    managementReserveMinor: 0,
  });

  it('sums same-currency projects by year and category, marks cells over budget, and lists other currencies', () => {
    const r = comparePortfolioBudget(
      'EUR',
      [
        { year: 2029, category: 'labour', amountMinor: 20_000 },
        { year: 2030, category: 'labour', amountMinor: 20_000 },
        { year: 2030, category: 'travel', amountMinor: 700 },
      ],
      [
        project('a', 'EUR', '2029-07-01', '2030-06-30'),
        project('b', 'EUR', '2030-03-01', null),
        project('c', 'USD', '2030-01-01', null),
      ],
      ['labour', 'material', 'travel'],
    );
    expect(r.cells).toEqual([
      { year: 2029, category: 'labour', budgetMinor: 20_000, projectsMinor: 18_400, over: false },
      { year: 2029, category: 'material', budgetMinor: 0, projectsMinor: 504, over: true },
      { year: 2030, category: 'labour', budgetMinor: 20_000, projectsMinor: 18_100 + 36_500, over: true },
      { year: 2030, category: 'material', budgetMinor: 0, projectsMinor: 496 + 1_000, over: true },
      { year: 2030, category: 'travel', budgetMinor: 700, projectsMinor: 0, over: false },
    ]);
    expect(r.years).toEqual([
      {
        year: 2029,
        budgetMinor: 20_000,
        contingencyMinor: 184,
        managementReserveMinor: 0,
        projectsMinor: 18_904 + 184,
        over: false,
      },
      {
        year: 2030,
        budgetMinor: 20_700,
        contingencyMinor: 181 + 365,
        managementReserveMinor: 0,
        projectsMinor: 54_600 + 1_496 + 546,
        over: true,
      },
    ]);
    expect(r.unsummed).toEqual([{ currency: 'USD', projectIds: ['c'] }]);
  });
});
