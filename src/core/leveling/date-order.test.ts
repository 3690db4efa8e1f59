import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateOrder } from './date-order.js';

/** The order by comparison: first, then second (both in the direction of sign), then task index ascending. */
function byComparison(activities: Int32Array, first: Float64Array, second: Float64Array, sign: 1 | -1): number[] {
  return [...activities].sort(
    (a, b) =>
      sign * ((first[a] as number) - (first[b] as number)) ||
      sign * ((second[a] as number) - (second[b] as number)) ||
      a - b,
  );
}

describe('DateOrder', () => {
  it('orders as a comparison sort would, ties included, either way, whole minutes or not', () => {
    // Few distinct values, so that ties are common; dates of 2023 and around 0.
    const minute = fc.oneof(fc.integer({ min: 28_000_000, max: 28_000_020 }), fc.integer({ min: -3, max: 3 }));
    const cases = fc.array(fc.tuple(minute, minute), { minLength: 1, maxLength: 60 }).chain((dates) =>
      fc.record({
        dates: fc.constant(dates),
        // Activities: some of the tasks, in an order other than by index.
        activities: fc.shuffledSubarray([...dates.keys()], { minLength: 1 }),
        sign: fc.constantFrom<1 | -1>(1, -1),
        // A date that is not a whole minute (the comparator's path).
        fraction: fc.option(fc.nat(dates.length - 1), { freq: 4 }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ dates, activities, sign, fraction }) => {
        const first = Float64Array.from(dates, ([a]) => a);
        const second = Float64Array.from(dates, ([, b]) => b);
        if (fraction !== null) second[fraction] = (second[fraction] as number) + 0.5;
        const list = Int32Array.from(activities);
        const out = new DateOrder(list).sort(first, second, sign, new Int32Array(list.length));
        expect([...out]).toEqual(byComparison(list, first, second, sign));
      }),
      { numRuns: 500 },
    );
  });
});
