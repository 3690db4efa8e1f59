import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSTRAINT_TYPES } from '../contracts/plan.js';
import { acceptPlanJson } from './json-plan-check.js';
import { PlanJson } from './json-plan-schema.js';

// Each field: absent, a valid value or (less often, so that whole plans still pass) a wrong one:
// every branch of the check then meets zod's verdict, on plans it accepts and on plans it refuses.
const field = (valid: unknown[], wrong: unknown[]) =>
  fc.oneof({ weight: 15, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...wrong) });
const quantity = field([5, -2.5, 0, '5d', '3ed', '50%', '90 min', '1.5w'], ['soon', '', '5 days', true, null, [1]]);
const date = field([null, '2024-01-08T08:00', '2024-01-08 08:00:00', '2024-01-08'], ['2024/01/08', '', 5]);
const constraint = fc.oneof(
  {
    weight: 15,
    arbitrary: fc.record({ type: fc.constantFrom(...CONSTRAINT_TYPES), date }, { requiredKeys: ['type'] }),
  },
  { weight: 1, arbitrary: fc.constantFrom({ type: 'NOPE' }, 'MSO', { date: '2024-01-08' }) },
);
const task = fc.record(
  {
    id: field(['a', 'T1', 'b'], ['', 5, null]),
    name: field(['Build', ''], [3, null]),
    parent: field([null, 'a'], [1]),
    wbs: field(['1.2'], [false]),
    duration: quantity,
    milestone: field([true, false, 'start', 'finish'], ['middle', 1]),
    calendar: field([null, 'c'], [3]),
    manual: field(
      [{ start: '2024-01-08T08:00' }, { start: '2024-01-08', finish: '2024-01-09T08:00', extra: 1 }],
      [{ start: 'bad' }, { finish: '2024-01-09' }, 'x'],
    ),
    constraint,
    secondaryConstraint: constraint,
    deadline: date,
    actualStart: date,
    actualFinish: date,
    percentComplete: field([0, 100, 50.5], [-1, 101, '50']),
    remainingDuration: quantity,
    levelOfEffort: field([true, false], ['yes']),
    drivers: field(
      [[], [{ calendar: 'c', duration: '2d' }], [{ calendar: 'c', duration: 120, remainingDuration: '1h' }]],
      [[{ calendar: '', duration: '2d' }], [{ calendar: 'c', duration: '2d', remainingDuration: 'x' }], {}],
    ),
  },
  { requiredKeys: [] },
);
const link = fc.record(
  {
    from: field(['a', 'b'], ['', 1]),
    to: field(['b', 'a'], ['', null]),
    type: field(['FS', 'SS', 'FF', 'SF'], ['XX', 1]),
    lag: quantity,
    lagCalendar: field(['predecessor', 'successor', 'project', '24h'], ['moon']),
  },
  { requiredKeys: ['from', 'to'] },
);
const HEADER = {
  format: 'gantry-plan',
  version: 1,
  projectStart: '2024-01-08T08:00',
  defaultCalendar: 'c',
  calendars: [{ id: 'c', week: { monday: ['08:00-12:00'] }, exceptions: [{ from: '2024-01-10' }] }],
};
const header = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  fc.constantFrom(
    { projectStart: 'tomorrow' },
    { calendars: [] },
    { calendars: [{ id: 'c', week: { funday: [] } }] },
    { format: 'other' },
    { options: { direction: 'sideways' } },
    { options: { flavour: 'p6', criticalFloat: '1d', statusDate: null } },
    { name: 7 },
  ),
);
const plan = fc
  .record({
    header,
    tasks: fc.oneof({ weight: 9, arbitrary: fc.array(task, { maxLength: 4 }) }, fc.constant({})),
    links: fc.option(fc.oneof({ weight: 9, arbitrary: fc.array(link, { maxLength: 3 }) }, fc.constant('x')), {
      nil: undefined,
    }),
  })
  // Through JSON, as a file would come: no undefined values.
  .map(({ header, tasks, links }) => JSON.parse(JSON.stringify({ ...HEADER, ...header, tasks, links })) as unknown);

describe('the fast check of plan files', () => {
  it('accepts exactly the plans the zod schema accepts, with the same data', () => {
    let accepted = 0;
    fc.assert(
      fc.property(plan, (raw) => {
        const byZod = PlanJson.safeParse(structuredClone(raw));
        const fast = acceptPlanJson(structuredClone(raw));
        accepted += fast === null ? 0 : 1;
        expect(fast !== null).toBe(byZod.success);
        // zod drops keys it does not know; the check leaves them, and the reader never looks at them.
        if (byZod.success) expect(JSON.parse(JSON.stringify(fast).replaceAll(',"extra":1', ''))).toEqual(byZod.data);
      }),
      { numRuns: 3000 },
    );
    // Both verdicts must have been met often, or the property proves little.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});
