import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workCalendar } from '../schedule/index.js';
import { at, standardCalendar } from '../schedule/test-fixtures.js';
import { apportion } from './apportion.js';
import { addSeries, seriesTotal } from './daily-series.js';
import { earnedSchedule } from './earned-schedule.js';
import { earnedValueFigures } from './earned-value.js';
import { earnedFraction } from './percent-complete.js';
import { cumulativeByWorkingDay, workingDaysSince } from './planned-value.js';
import { rollUpEarnedValue } from './rollup.js';
import { phasedTaskCost, rateOn } from './task-cost.js';

const cal = workCalendar(standardCalendar('std'));
const DAY = 1440;
const dayOf = (text: string) => Math.floor(at(text) / DAY);
const rate = (from: string, perHour: number, perUse = 0) => ({
  fromDay: dayOf(from),
  standardPerHourMinor: perHour,
  overtimePerHourMinor: 0,
  perUseMinor: perUse,
});

describe('apportion', () => {
  it('splits to whole units that add up exactly, remainders to the largest shares', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [0, 0])).toEqual([10, 0]);
    expect(apportion(-7, [1, 1])).toEqual([-4, -3]);
  });

  it('always sums to the amount (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (amount, shares) => {
          const parts = apportion(amount, shares);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          for (const p of parts) expect(Number.isInteger(p)).toBe(true);
        },
      ),
    );
  });
});

describe('phasedTaskCost', () => {
  // Monday 2025-03-03 08:00 to Friday 17:00: five working days, 40 hours.
  const week = { start: at('2025-03-03T08:00'), finish: at('2025-03-07T17:00'), calendar: cal };

  it('prices work at the rate in force each day, with per-use cost on the first day', () => {
    const c = phasedTaskCost({
      ...week,
      assignments: [
        { kind: 'person', workMinutes: 40 * 60, rates: [rate('2025-01-01', 5000, 700), rate('2025-03-06', 6000)] },
      ],
      fixedCostMinor: 0,
      fixedCostAccrual: 'prorated',
    });
    // 3 days at 50.00/h (24 h) + 2 days at 60.00/h (16 h) + 7.00 per use.
    expect(c.costMinor).toBe(24 * 5000 + 16 * 6000 + 700);
    expect(c.cost.values).toEqual([40700, 40000, 40000, 48000, 48000]);
    expect(c.work.values).toEqual([480, 480, 480, 480, 480]);
    expect(c.workMinutes).toBe(2400);
  });

  it('accrues a fixed cost at the start, prorated or at the end; cost resources prorate', () => {
    const base = { ...week, assignments: [], fixedCostMinor: 10_000 } as const;
    expect(phasedTaskCost({ ...base, fixedCostAccrual: 'start' }).cost.values).toEqual([10_000, 0, 0, 0, 0]);
    expect(phasedTaskCost({ ...base, fixedCostAccrual: 'end' }).cost.values).toEqual([0, 0, 0, 0, 10_000]);
    expect(phasedTaskCost({ ...base, fixedCostAccrual: 'prorated' }).cost.values).toEqual([
      2000, 2000, 2000, 2000, 2000,
    ]);
    const withCost = phasedTaskCost({
      ...week,
      assignments: [{ kind: 'cost', workMinutes: 0, rates: [], costMinor: 501 }],
      fixedCostMinor: 0,
      fixedCostAccrual: 'prorated',
    });
    expect(seriesTotal(withCost.cost)).toBe(501);
    expect(withCost.workMinutes).toBe(0);
  });

  it('prices material by quantity and keeps it out of work', () => {
    const c = phasedTaskCost({
      ...week,
      assignments: [{ kind: 'material', workMinutes: 10 * 60, rates: [rate('2025-01-01', 250)] }],
      fixedCostMinor: 0,
      fixedCostAccrual: 'prorated',
    });
    expect(c.costMinor).toBe(2500);
    expect(c.workMinutes).toBe(0);
  });

  it('uses the first rate before the first step, and none without rates', () => {
    expect(rateOn([rate('2025-06-01', 100)], dayOf('2025-01-01'))?.standardPerHourMinor).toBe(100);
    expect(rateOn([], 0)).toBeNull();
  });
});

describe('earned value figures', () => {
  it('the textbook case at the end of period 3', () => {
    const f = earnedValueFigures({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 36_000, etcBottomUp: 65_000 });
    expect(f.sv).toBe(-5000);
    expect(f.cv).toBe(-1000);
    expect(f.spi).toBeCloseTo(0.875, 10);
    expect(f.cpi).toBeCloseTo(0.9722, 4);
    expect(f.eac.remainingAtBudget).toBe(101_000);
    expect(f.eac.cpi).toBe(Math.round(100_000 / (35_000 / 36_000)));
    expect(f.eac.spiCpi).toBe(Math.round(36_000 + 65_000 / ((35 / 36) * 0.875)));
    expect(f.eac.bottomUp).toBe(101_000);
    expect(f.etc).toBe(f.eac.cpi! - 36_000);
    expect(f.vac).toBe(100_000 - f.eac.cpi!);
    expect(f.tcpi.bac).toBeCloseTo(65_000 / 64_000, 10);
  });

  it('has no ratio where nothing was planned or spent', () => {
    const f = earnedValueFigures({ bac: 0, pv: 0, ev: 0, ac: 0, etcBottomUp: 0 });
    expect([f.spi, f.cpi, f.eac.cpi, f.eac.spiCpi, f.tcpi.bac]).toEqual([null, null, null, null, null]);
  });

  it('the textbook earned schedule: ES 2.75 periods, SPI(t) 0.9167, IEAC(t) 5.4545', () => {
    const es = earnedSchedule({ cumulativePv: [0, 10, 20, 40, 70, 100], ev: 35, at: 3 });
    expect(es.es).toBeCloseTo(2.75, 10);
    expect(es.sv).toBeCloseTo(-0.25, 10);
    expect(es.spi).toBeCloseTo(0.9167, 4);
    expect(es.ieac).toBeCloseTo(5.4545, 4);
    expect(es.tspi).toBeCloseTo(2.25 / 2, 10);
  });
});

describe('earned fraction by method', () => {
  const p = { percentComplete: 40, physicalPercentComplete: 30, started: true, finished: false, steps: [] };
  it('reads each method', () => {
    expect(earnedFraction('duration', p)).toBe(0.4);
    expect(earnedFraction('physical', p)).toBe(0.3);
    expect(earnedFraction('zeroHundred', p)).toBe(0);
    expect(earnedFraction('fiftyFifty', p)).toBe(0.5);
    expect(earnedFraction('fiftyFifty', { ...p, started: false })).toBe(0);
    const steps = [
      { name: 'design', weight: 1, done: true },
      { name: 'build', weight: 3, done: false },
    ];
    expect(earnedFraction('weightedMilestones', { ...p, steps })).toBe(0.25);
    expect(earnedFraction('weightedMilestones', { ...p, finished: true, steps })).toBe(1);
  });
});

/**
 * Five one-week tasks in a chain from Monday 2025-03-03, fixed costs prorated: the textbook plan
 * (10 / 20 / 40 / 70 / 100 % cumulative by week).
 */
function textbookPlan() {
  const costs = [10_000, 10_000, 20_000, 30_000, 30_000];
  return costs.map((fixed, i) => {
    const start = at('2025-03-03T08:00') + i * 7 * DAY;
    const finish = start + 4 * DAY + 9 * 60;
    const phased = phasedTaskCost({
      start,
      finish,
      calendar: cal,
      assignments: [],
      fixedCostMinor: fixed,
      fixedCostAccrual: 'prorated',
    });
    return { id: `t${i + 1}`, start, finish, cost: phased.cost };
  });
}

describe('the textbook project through time-phased planned value', () => {
  it('PV 40,000 at the end of week 3, ES 13.75 working days, SPI(t) 0.9167, IEAC(t) 27.27 days', () => {
    const tasks = textbookPlan();
    const status = at('2025-03-21T17:00');
    const earned = [1, 1, 0.75, 0, 0];
    const roll = rollUpEarnedValue(
      tasks.map((t, i) => ({
        id: t.id,
        parentId: null,
        baseline: { cost: t.cost, start: t.start, finish: t.finish, calendar: cal },
        earned: earned[i]!,
        acMinor: i < 3 ? 12_000 : 0,
        etcMinor: 0,
      })),
      status,
    );
    expect(roll.project).toMatchObject({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 36_000 });
    const curve = cumulativeByWorkingDay(addSeries(tasks.map((t) => t.cost)), cal, dayOf('2025-03-03'));
    const at_ = workingDaysSince(cal, dayOf('2025-03-03'), status);
    expect(at_).toBe(15);
    const es = earnedSchedule({ cumulativePv: curve, ev: roll.project.ev, at: at_ });
    expect(es.pd).toBe(25);
    expect(es.es).toBeCloseTo(13.75, 10);
    expect(es.spi).toBeCloseTo(0.9167, 4);
    expect(es.ieac! / 5).toBeCloseTo(5.4545, 4);
  });

  it('rolls a summary up from its children', () => {
    const tasks = textbookPlan();
    const roll = rollUpEarnedValue(
      [
        { id: 'root', parentId: null, baseline: null, earned: 0, acMinor: 0, etcMinor: 0 },
        ...tasks.map((t) => ({
          id: t.id,
          parentId: 'root',
          baseline: { cost: t.cost, start: t.start, finish: t.finish, calendar: cal },
          earned: 0.5,
          acMinor: 100,
          etcMinor: 10,
        })),
      ],
      at('2025-03-12T12:00'),
    );
    expect(roll.byTask.get('root')).toMatchObject({ bac: 100_000, ev: 50_000, ac: 500, etcBottomUp: 50 });
    // Week 1 in full, week 2 through Wednesday noon: 10,000 + 2.5 days × 2,000.
    expect(roll.byTask.get('root')!.pv).toBe(15_000);
    expect(roll.project.pv).toBe(15_000);
  });
});

describe('properties', () => {
  it('a late project at completion has SPI 1 but SPI(t) = planned / actual duration', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (daily, lateBy) => {
          const cumulative = [0];
          for (const v of daily) cumulative.push(cumulative[cumulative.length - 1]! + v);
          const bac = cumulative[cumulative.length - 1]!;
          const pd = daily.length;
          const actual = pd + lateBy;
          const f = earnedValueFigures({ bac, pv: bac, ev: bac, ac: bac, etcBottomUp: 0 });
          expect(f.spi).toBe(1);
          const es = earnedSchedule({ cumulativePv: cumulative, ev: bac, at: actual });
          expect(es.spi).toBeCloseTo(pd / actual, 12);
        },
      ),
    );
  });

  it('planned value from the phased baseline matches a brute-force day-by-day sum (random plans)', () => {
    const base = at('2025-03-03T08:00');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            offsetDays: fc.integer({ min: 0, max: 40 }),
            lengthDays: fc.integer({ min: 0, max: 15 }),
            fixed: fc.integer({ min: 0, max: 5_000_000 }),
            work: fc.integer({ min: 0, max: 20_000 }),
            perHour: fc.integer({ min: 0, max: 20_000 }),
            accrual: fc.constantFrom('start', 'prorated', 'end' as const),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 70 }),
        (specs, statusDays) => {
          const tasks = specs.map((s) => {
            const start = cal.nextWorkStart(base + s.offsetDays * DAY);
            const finish = s.lengthDays === 0 ? start : cal.addWorking(start, s.lengthDays * 480);
            const phased = phasedTaskCost({
              start,
              finish,
              calendar: cal,
              assignments: [{ kind: 'person', workMinutes: s.work, rates: [rate('2025-01-01', s.perHour)] }],
              fixedCostMinor: s.fixed,
              fixedCostAccrual: s.accrual,
            });
            return { phased, start, finish };
          });
          // A status date at the end of a day: whole days only, so the brute force is a plain sum.
          const status = (Math.floor(base / DAY) + statusDays + 1) * DAY;
          let brute = 0;
          for (const t of tasks) {
            expect(seriesTotal(t.phased.cost)).toBe(t.phased.costMinor);
            t.phased.cost.values.forEach((v, i) => {
              if ((t.phased.cost.firstDay + i + 1) * DAY <= status) brute += v;
            });
          }
          const roll = rollUpEarnedValue(
            tasks.map((t, i) => ({
              id: `t${i}`,
              parentId: null,
              baseline: { cost: t.phased.cost, start: t.start, finish: t.finish, calendar: cal },
              earned: 0,
              acMinor: 0,
              etcMinor: 0,
            })),
            status,
          );
          expect(roll.project.pv).toBe(brute);
          const total = tasks.reduce((a, t) => a + t.phased.costMinor, 0);
          expect(roll.project.bac).toBe(total);
        },
      ),
    );
  });
});
