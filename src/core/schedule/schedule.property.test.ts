import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDayRules } from './calendar-rules.js';
import type { Link, LinkType, Plan, Task } from './model.js';
import { compilePlan, runSchedule, schedulePlan } from './schedule.js';
import { at, days, link, plan, standardCalendar, task } from './test-fixtures.js';
import { WorkCalendar } from './work-calendar.js';

const HOLIDAYS = ['2024-01-15', '2024-02-02', '2024-03-29'];

/** Random acyclic networks: links only point from a lower to a higher index. */
const networks = fc
  .integer({ min: 1, max: 30 })
  .chain((n) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 0, max: days(6) }), { minLength: n, maxLength: n }),
      links: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
          lag: fc.integer({ min: -days(2), max: days(3) }),
        }),
        { maxLength: n * 2 },
      ),
    }),
  )
  .map(({ durations, links }): Plan => {
    const tasks: Task[] = durations.map((d, i) => task(`t${i}`, { durationMinutes: d }));
    const ls: Link[] = links
      .filter((l) => l.a !== l.b)
      .map((l) => link(`t${Math.min(l.a, l.b)}`, `t${Math.max(l.a, l.b)}`, l.type, l.lag));
    return { ...plan(tasks, ls), calendars: [standardCalendar('std', HOLIDAYS)] };
  });

describe('schedule properties (random networks, no constraints or progress)', () => {
  const cal = new WorkCalendar(compileDayRules(standardCalendar('std', HOLIDAYS)));

  it('early dates never come after late dates, and float is never negative', () => {
    fc.assert(
      fc.property(networks, (p) => {
        const r = schedulePlan(p);
        p.tasks.forEach((_, i) => {
          expect(cal.workBetween(r.earlyStart[i] as number, r.lateStart[i] as number)).toBeGreaterThanOrEqual(0);
          expect(cal.workBetween(r.earlyFinish[i] as number, r.lateFinish[i] as number)).toBeGreaterThanOrEqual(0);
          expect(r.totalFloatMinutes[i]).toBeGreaterThanOrEqual(0);
          expect(r.freeFloatMinutes[i]).toBeGreaterThanOrEqual(0);
          expect(r.freeFloatMinutes[i]).toBeLessThanOrEqual(r.totalFloatMinutes[i] as number);
        });
        expect([...r.totalFloatMinutes].some((tf) => tf === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the forward pass and the backward pass respect every link and its lag', () => {
    fc.assert(
      fc.property(networks, (p) => {
        const r = schedulePlan(p);
        const index = new Map(p.tasks.map((t, i) => [t.id as string, i]));
        const w = (x: number | undefined) => cal.workAt(x as number);
        for (const l of p.links) {
          const a = index.get(l.predecessorId) as number;
          const b = index.get(l.successorId) as number;
          const lag = l.lag?.kind === 'working' ? l.lag.minutes : 0;
          const from = l.type === 'FS' || l.type === 'FF' ? 'Finish' : 'Start';
          const to = l.type === 'FS' || l.type === 'SS' ? 'Start' : 'Finish';
          const early = (side: string, i: number) => (side === 'Start' ? r.earlyStart[i] : r.earlyFinish[i]);
          const late = (side: string, i: number) => (side === 'Start' ? r.lateStart[i] : r.lateFinish[i]);
          expect(w(early(to, b)) - w(early(from, a))).toBeGreaterThanOrEqual(lag);
          expect(w(late(to, b)) - w(late(from, a))).toBeGreaterThanOrEqual(lag);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(networks, (p) => {
        expect(schedulePlan(p)).toEqual(schedulePlan(p));
      }),
      { numRuns: 50 },
    );
  });
});

describe('integer fast path', () => {
  /** Simple networks with milestones, zero durations, leads and odd project start times. */
  const simpleNetworks = fc
    .tuple(
      networks,
      fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      fc.constantFrom(
        '2024-01-08T08:00',
        '2024-01-08T00:00',
        '2024-01-05T17:00',
        '2024-01-06T10:00',
        '2024-01-08T10:30',
      ),
    )
    .map(
      ([p, milestones, start]): Plan => ({
        ...p,
        tasks: p.tasks.map((t, i) => (milestones[i] ? { ...t, milestone: true } : t)),
        options: { ...p.options, projectStart: at(start) },
      }),
    );

  it('gives exactly the dates and floats of the general passes', () => {
    fc.assert(
      fc.property(simpleNetworks, (p) => {
        const fast = runSchedule(compilePlan(p));
        const general = runSchedule(compilePlan(p), true);
        expect(fast).toEqual(general);
      }),
      { numRuns: 500 },
    );
  });
});
