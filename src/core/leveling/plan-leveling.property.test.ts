import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PoolResource, type TaskAssignment, unitsOn } from '../resources/model.js';
import { compileDayRules } from '../schedule/calendar-rules.js';
import { type Calendar, calendarId, type Link, type LinkType, type Plan, type Task } from '../schedule/model.js';
import { schedulePlan } from '../schedule/schedule.js';
import { at, days, link, standardCalendar, task } from '../schedule/test-fixtures.js';
import { WorkCalendar } from '../schedule/work-calendar.js';
import type { LevelingResult } from './model.js';
import { levelPlan } from './plan-leveling.js';
import { assign, levelingInput, person } from './test-plans.js';

const DAY = 1440;
const START = at('2024-01-08T08:00');
const STATUS = at('2024-01-11T08:00');
const std = standardCalendar('std', ['2024-01-15', '2024-02-02']);
/** A four-day week, 07:00-15:00 with no lunch break. */
const short: Calendar = {
  id: calendarId('short'),
  name: 'Short',
  week: [[], ...Array.from({ length: 4 }, () => [{ startMinute: 420, endMinute: 900 }]), [], []],
  exceptions: [],
};
const calendars = [std, short];
const work = new Map(calendars.map((c) => [c.id as string, new WorkCalendar(compileDayRules(c))]));

/** Random plans with two calendars, four link types with lags, SNET/FNET constraints, progress and priorities. */
const scenarios = fc.integer({ min: 1, max: 18 }).chain((n) =>
  fc.record({
    flavour: fc.constantFrom<'msproject' | 'p6'>('msproject', 'msproject', 'p6'),
    tasks: fc.array(
      fc.record({
        duration: fc.integer({ min: 0, max: days(4) }),
        cal: fc.constantFrom('std', 'std', 'short'),
        priority: fc.constantFrom(500, 500, 100, 900, 1000),
        constraint: fc.constantFrom<'none' | 'snet' | 'fnet'>('none', 'none', 'snet', 'fnet'),
        constraintDay: fc.integer({ min: 0, max: 15 }),
        progress: fc.constantFrom<'none' | 'started' | 'done'>('none', 'none', 'none', 'started', 'done'),
        assignments: fc.array(fc.record({ r: fc.nat(2), units: fc.constantFrom(0.25, 0.5, 1) }), { maxLength: 2 }),
      }),
      { minLength: n, maxLength: n },
    ),
    links: fc.array(
      fc.record({
        a: fc.nat(n - 1),
        b: fc.nat(n - 1),
        type: fc.constantFrom<LinkType>('FS', 'FS', 'SS', 'FF', 'SF'),
        lag: fc.integer({ min: -days(1), max: days(2) }),
      }),
      { maxLength: n * 2 },
    ),
    resourceCals: fc.array(fc.constantFrom('std', 'short'), { minLength: 3, maxLength: 3 }),
    halfTime: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    background: fc.array(fc.record({ r: fc.nat(2), day: fc.nat(20), minutes: fc.integer({ min: 0, max: 480 }) }), {
      maxLength: 4,
    }),
    withinSlack: fc.boolean(),
    split: fc.boolean(),
    seed: fc.nat(),
    budget: fc.integer({ min: 1, max: 4 }),
  }),
);

interface Built {
  readonly plan: Plan;
  readonly resources: PoolResource[];
  readonly assignments: TaskAssignment[];
  readonly background: Map<string, Map<number, number>>;
}

type Scenario = typeof scenarios extends fc.Arbitrary<infer T> ? T : never;

function build(sc: Scenario): Built {
  const resources = sc.resourceCals.map((c, k) => ({
    ...person(`r${k}`),
    calendar: calendars.find((x) => x.id === c) as Calendar,
    maxUnits: sc.halfTime[k] ? [{ fromDay: Math.floor(START / DAY) + 5, units: 0.5 }] : [],
  }));
  const tasks: Task[] = sc.tasks.map((t, i) => {
    const started = t.progress !== 'none';
    const cd = START + t.constraintDay * DAY;
    return task(`t${i}`, {
      durationMinutes: t.duration,
      calendarId: calendarId(t.cal),
      priority: t.priority,
      constraint:
        t.constraint === 'snet'
          ? { type: 'startNoEarlierThan', date: cd }
          : t.constraint === 'fnet'
            ? { type: 'finishNoEarlierThan', date: cd + 600 }
            : undefined,
      actualStart: started ? START : undefined,
      actualFinish: t.progress === 'done' ? (work.get(t.cal) as WorkCalendar).addWorking(START, t.duration) : undefined,
      remainingDurationMinutes: t.progress === 'started' ? Math.round(t.duration / 2) : undefined,
    });
  });
  const links: Link[] = sc.links
    .filter((l) => l.a !== l.b)
    .map((l) => link(`t${Math.min(l.a, l.b)}`, `t${Math.max(l.a, l.b)}`, l.type, l.lag));
  const assignments = sc.tasks.flatMap((t, i) =>
    t.assignments
      .filter((a, k) => t.assignments.findIndex((b) => b.r === a.r) === k)
      .map((a) => assign(`t${i}`, `r${a.r}`, sc.halfTime[a.r] ? Math.min(a.units, 0.5) : a.units)),
  );
  const background = new Map<string, Map<number, number>>();
  for (const b of sc.background) {
    const m = background.get(`r${b.r}`) ?? new Map<number, number>();
    m.set(Math.floor(START / DAY) + b.day, b.minutes);
    background.set(`r${b.r}`, m);
  }
  const plan: Plan = {
    defaultCalendarId: calendarId('std'),
    calendars,
    tasks,
    links,
    options: { projectStart: START, statusDate: STATUS, flavour: sc.flavour },
  };
  return { plan, resources, assignments, background };
}

/** Load per resource per day, recomputed from the engine's leveled dates (independently of the leveler). */
function loads(b: Built, r: LevelingResult): Map<string, Map<number, { load: number; tasks: Set<string> }>> {
  const out = new Map<string, Map<number, { load: number; tasks: Set<string> }>>();
  const cell = (res: string, day: number) => {
    const m = out.get(res) ?? new Map();
    out.set(res, m);
    const c = m.get(day) ?? { load: 0, tasks: new Set<string>() };
    m.set(day, c);
    return c;
  };
  for (const [res, m] of b.background) for (const [day, minutes] of m) cell(res, day).load += minutes;
  const p6 = b.plan.options.flavour === 'p6';
  b.plan.tasks.forEach((t, i) => {
    if (t.actualFinish !== undefined) return;
    const cal = work.get(t.calendarId as string) as WorkCalendar;
    let from = r.schedule.earlyStart[i] as number;
    const to = r.schedule.earlyFinish[i] as number;
    if (typeof t.actualStart === 'number' && !p6) {
      const done = cal.addWorking(t.actualStart, t.durationMinutes - (t.remainingDurationMinutes ?? 0));
      const delay = r.taskDelays[i] ?? 0;
      from = delay > 0 ? cal.nextWorkStart(cal.addWorking(Math.max(done, STATUS), delay)) : done;
    }
    for (const a of b.assignments.filter((x) => x.taskId === t.id)) {
      for (let d = Math.floor(from / DAY); d * DAY < to; d++) {
        const m = cal.workBetween(Math.max(from, d * DAY), Math.min(to, (d + 1) * DAY));
        if (m <= 0) continue;
        const c = cell(a.resourceId, d);
        c.load += a.units * m;
        c.tasks.add(t.id);
      }
    }
  });
  return out;
}

describe('leveling properties (random plans with calendars, lags, constraints and progress)', () => {
  it('respects capacity per resource per day, except where it reports the task it could not fit', () => {
    fc.assert(
      fc.property(scenarios, (sc) => {
        const b = build(sc);
        const { withinSlack, split, seed, budget } = sc;
        const r = levelPlan(levelingInput(b.plan, b.resources, b.assignments, { background: b.background }), {
          withinSlack,
          split,
          seed,
          budget,
        });
        const conflicted = new Set(r.conflicts.map((c) => c.taskId as string));
        for (const [res, m] of loads(b, r)) {
          const resource = b.resources.find((x) => x.id === res) as PoolResource;
          const cal = new WorkCalendar(compileDayRules(resource.calendar));
          for (const [day, c] of m) {
            const capacity = cal.workBetween(day * DAY, (day + 1) * DAY) * unitsOn(resource.maxUnits, day);
            if (c.load > capacity + 1e-6 && c.tasks.size > 0) {
              expect(
                [...c.tasks].some((id) => conflicted.has(id)),
                `${res} day ${day}`,
              ).toBe(true);
            }
          }
        }
        // Done work never moves; a task delayed only when leveling may move it.
        b.plan.tasks.forEach((t, i) => {
          if (t.actualFinish !== undefined || t.priority === 1000) expect(r.taskDelays[i]).toBe(0);
          if (t.actualStart !== undefined && sc.flavour === 'msproject')
            expect(r.schedule.earlyStart[i]).toBe(t.actualStart);
          if (t.actualStart !== undefined && !split) expect(r.taskDelays[i]).toBe(0);
          if (withinSlack && (r.taskDelays[i] ?? 0) > 0) {
            expect(r.schedule.earlyFinish[i] as number).toBeLessThanOrEqual(r.schedule.lateFinish[i] as number);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every link with its lag (MS Project rules), and is deterministic for a seed', () => {
    fc.assert(
      fc.property(scenarios, (sc) => {
        const b = build({ ...sc, flavour: 'msproject' });
        const input = levelingInput(b.plan, b.resources, b.assignments, { background: b.background });
        const options = { withinSlack: sc.withinSlack, split: sc.split, seed: sc.seed, budget: sc.budget };
        const r = levelPlan(input, options);
        const index = new Map(b.plan.tasks.map((t, i) => [t.id as string, i]));
        for (const l of b.plan.links) {
          const a = index.get(l.predecessorId) as number;
          const q = index.get(l.successorId) as number;
          if (b.plan.tasks[q]?.actualStart !== undefined) continue; // progress overrides logic
          const cal = work.get(b.plan.tasks[q]?.calendarId as string) as WorkCalendar;
          const lag = l.lag?.kind === 'working' ? l.lag.minutes : 0;
          const from = l.type[0] === 'F' ? r.schedule.earlyFinish[a] : r.schedule.earlyStart[a];
          const to = l.type[1] === 'F' ? r.schedule.earlyFinish[q] : r.schedule.earlyStart[q];
          expect(cal.workBetween(from as number, to as number)).toBeGreaterThanOrEqual(lag);
        }
        const again = levelPlan(input, options);
        expect(again.taskDelays).toEqual(r.taskDelays);
        expect(again.conflicts).toEqual(r.conflicts);
      }),
      { numRuns: 200 },
    );
  });

  it("answers the engine's schedule of the plan with its delays, and the finish of the plan without any", () => {
    // Delays given beforehand: movable tasks start from none, fixed ones (priority 1000, progress) keep theirs.
    const given = fc.array(fc.constantFrom(0, 0, 240, days(1)), { maxLength: 18 });
    fc.assert(
      fc.property(scenarios, given, (sc, before) => {
        const b = build(sc);
        const withDelays = (delays: ArrayLike<number>): Plan => ({
          ...b.plan,
          tasks: b.plan.tasks.map((t, i) => ({ ...t, levelingDelayMinutes: delays[i] ?? 0 })),
        });
        const plan = withDelays(before);
        const input = levelingInput(plan, b.resources, b.assignments, { background: b.background });
        const r = levelPlan(input, { withinSlack: sc.withinSlack, split: sc.split, seed: sc.seed, budget: sc.budget });
        expect(r.schedule).toEqual(schedulePlan(withDelays(r.taskDelays)));
        expect(r.finishBefore).toBe(schedulePlan(withDelays([])).projectFinish);
        plan.tasks.forEach((t, i) => {
          if (t.priority === 1000) expect(r.taskDelays[i]).toBe(before[i] ?? 0);
        });
      }),
      { numRuns: 200 },
    );
  });
});
