import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler } from './incremental.js';
import type { LinkType, Plan, Task } from './model.js';
import { taskId } from './model.js';
import { compilePlan, runSchedule, schedulePlan } from './schedule.js';
import { at, days, hours, link, plan, standardCalendar, task } from './test-fixtures.js';
import { formatLocalDateTime } from './time.js';

const HOLIDAYS = ['2024-01-15', '2024-02-02'];
const iso = (m: number | undefined) => formatLocalDateTime(m as number).slice(0, 16);

describe('leveling delay in the engine', () => {
  it('delays a task by working minutes on its calendar after what its links allow (MS Project)', () => {
    const p = plan(
      [task('a', { durationMinutes: days(2) }), task('b', { levelingDelayMinutes: days(3) })],
      [link('a', 'b')],
    );
    const r = schedulePlan(p);
    // a: Mon 8 - Tue 9 Jan; b's link start Wed 10 Jan 08:00, + 3 working days = Mon 15 Jan.
    expect(iso(r.earlyStart[1])).toBe('2024-01-15T08:00');
    expect(iso(r.earlyFinish[1])).toBe('2024-01-15T17:00');
    // Late dates ignore the delay: the delayed task's own float shrinks by it (it is the last task here).
    expect(r.totalFloatMinutes[1]).toBe(0);
    expect(iso(r.projectFinish)).toBe('2024-01-15T17:00');
  });

  it('moves the successors of a delayed task', () => {
    const p = plan([task('a', { levelingDelayMinutes: hours(4) }), task('b')], [link('a', 'b')]);
    const r = schedulePlan(p);
    expect(iso(r.earlyStart[0])).toBe('2024-01-08T13:00');
    expect(iso(r.earlyStart[1])).toBe('2024-01-09T13:00');
  });

  it('delays after a constraint (start no earlier than)', () => {
    const p = plan([
      task('a', {
        constraint: { type: 'startNoEarlierThan', date: at('2024-01-10T08:00') },
        levelingDelayMinutes: days(1),
      }),
    ]);
    expect(iso(schedulePlan(p).earlyStart[0])).toBe('2024-01-11T08:00');
  });

  it('splits an in-progress task: the remaining work resumes after the status date plus the delay', () => {
    const base = task('a', {
      durationMinutes: days(4),
      actualStart: at('2024-01-08T08:00'),
      remainingDurationMinutes: days(2),
    });
    const options = { statusDate: at('2024-01-11T08:00') };
    const unleveled = schedulePlan(plan([base], [], options));
    expect(iso(unleveled.earlyFinish[0])).toBe('2024-01-11T17:00');
    const r = schedulePlan(plan([{ ...base, levelingDelayMinutes: days(1) }], [], options));
    expect(iso(r.earlyStart[0])).toBe('2024-01-08T08:00');
    // Work done Mon-Tue; resumes at the status date Thu 11th + 1 day = Fri 12th; 2 days: Fri and Mon.
    expect(iso(r.earlyFinish[0])).toBe('2024-01-15T17:00');
  });

  it('honours the delay in the P6 flavour (also for the remaining work of a started activity)', () => {
    const options = { flavour: 'p6' as const, statusDate: at('2024-01-10T08:00') };
    const notStarted = schedulePlan(plan([task('a', { levelingDelayMinutes: days(2) })], [], options));
    expect(iso(notStarted.earlyStart[0])).toBe('2024-01-12T08:00');
    const started = schedulePlan(
      plan(
        [
          task('a', {
            durationMinutes: days(2),
            actualStart: at('2024-01-08T08:00'),
            remainingDurationMinutes: days(1),
            levelingDelayMinutes: days(1),
          }),
        ],
        [],
        options,
      ),
    );
    expect(iso(started.earlyStart[0])).toBe('2024-01-11T08:00');
    expect(iso(started.earlyFinish[0])).toBe('2024-01-11T17:00');
  });

  it('refuses a negative delay, naming the field', () => {
    expect(() => schedulePlan(plan([task('a', { levelingDelayMinutes: -5 })]))).toThrow(/levelingDelayMinutes/);
  });

  const networks = fc
    .integer({ min: 1, max: 25 })
    .chain((n) =>
      fc.record({
        durations: fc.array(fc.integer({ min: 0, max: days(4) }), { minLength: n, maxLength: n }),
        delays: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: days(3) })), {
          minLength: n,
          maxLength: n,
        }),
        milestones: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        links: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
            lag: fc.integer({ min: -days(1), max: days(2) }),
          }),
          { maxLength: n * 2 },
        ),
        start: fc.constantFrom('2024-01-08T08:00', '2024-01-05T17:00', '2024-01-08T10:30'),
      }),
    )
    .map(({ durations, delays, milestones, links, start }): Plan => {
      const tasks: Task[] = durations.map((d, i) =>
        task(`t${i}`, {
          durationMinutes: milestones[i] ? 0 : d,
          milestone: milestones[i] === true,
          levelingDelayMinutes: delays[i],
        }),
      );
      const ls = links
        .filter((l) => l.a !== l.b)
        .map((l) => link(`t${Math.min(l.a, l.b)}`, `t${Math.max(l.a, l.b)}`, l.type, l.lag));
      return {
        ...plan(tasks, ls, { projectStart: at(start) }),
        calendars: [standardCalendar('std', HOLIDAYS)],
      };
    });

  it('the integer fast path gives exactly the dates and floats of the general passes with delays', () => {
    fc.assert(
      fc.property(networks, (p) => {
        expect(runSchedule(compilePlan(p))).toEqual(runSchedule(compilePlan(p), true));
      }),
      { numRuns: 400 },
    );
  });

  it('a delay never moves a task earlier, and floats stay non-negative', () => {
    fc.assert(
      fc.property(networks, (p) => {
        const leveled = schedulePlan(p);
        const plain = schedulePlan({ ...p, tasks: p.tasks.map((t) => ({ ...t, levelingDelayMinutes: 0 })) });
        p.tasks.forEach((_, i) => {
          expect(leveled.earlyStart[i] as number).toBeGreaterThanOrEqual(plain.earlyStart[i] as number);
          expect(leveled.totalFloatMinutes[i] as number).toBeGreaterThanOrEqual(0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the incremental scheduler applies delay changes like a full schedule', () => {
    fc.assert(
      fc.property(networks, fc.nat(24), fc.integer({ min: 0, max: days(5) }), (p, k, delay) => {
        const i = k % p.tasks.length;
        const s = createScheduler(p);
        const id = taskId(`t${i}`);
        const updated = s.update([
          { id, durationMinutes: p.tasks[i]?.durationMinutes as number, levelingDelayMinutes: delay },
        ]);
        const full = schedulePlan({
          ...p,
          tasks: p.tasks.map((t, j) => (j === i ? { ...t, levelingDelayMinutes: delay } : t)),
        });
        expect([...updated.earlyStart]).toEqual([...full.earlyStart]);
        expect([...updated.lateFinish]).toEqual([...full.lateFinish]);
        expect([...updated.totalFloatMinutes]).toEqual([...full.totalFloatMinutes]);
      }),
      { numRuns: 200 },
    );
  });
});
