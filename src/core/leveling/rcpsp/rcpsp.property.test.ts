import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockCrossover,
  compileRcpsp,
  isPrecedenceFeasible,
  JustifiedDecoder,
  ListBuilder,
  ParallelSgs,
  Prng,
  priorityValues,
  type RcpspInput,
  solveRcpsp,
  timeWindows,
  validateSchedule,
} from './index.js';
import { bruteForceOptimum, makespanOf, plainViolation } from './test-support.js';

/**
 * Random instances: up to `maxJobs` activities, one or two resources, links from lower to higher
 * index (so no cycle) with lags from -2 to 3 when `lags`, releases now and then.
 */
const instance = (maxJobs: number, lags: boolean) =>
  fc
    .record({
      capacities: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
      jobs: fc.array(
        fc.record({
          duration: fc.integer({ min: 0, max: 5 }),
          demand: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
          release: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })),
        }),
        { minLength: 1, maxLength: maxJobs },
      ),
      links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: lags ? -2 : 0, max: 3 })), { maxLength: 12 }),
    })
    .map(({ capacities, jobs, links }): RcpspInput => {
      const n = jobs.length;
      return {
        capacities,
        activities: jobs.map((j) => ({
          duration: j.duration,
          demands: capacities.map((cap, r) => j.demand[r]! % (cap + 1)),
          release: j.release,
        })),
        links: links
          .map(([a, b, lag]) => ({ from: Math.min(a % n, b % n), to: Math.max(a % n, b % n), lag }))
          .filter((l) => l.from !== l.to),
      };
    });

describe('RCPSP core on random instances', () => {
  it("block crossover of two feasible lists is a feasible list keeping the father's block in place", () => {
    fc.assert(
      fc.property(instance(14, false), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const p = compileRcpsp(input);
        const prng = new Prng(seed);
        const builder = new ListBuilder(p);
        const lft = priorityValues(p, timeWindows(p), 'lft');
        const father = new Int32Array(p.n);
        const mother = new Int32Array(p.n);
        const child = new Int32Array(p.n);
        builder.sample(lft, prng, father);
        builder.sample(lft, prng, mother, 0);
        blockCrossover(father, mother, child, new Uint8Array(p.n), prng);
        expect(isPrecedenceFeasible(p, child)).toBe(true);
        // Outside the father's block the mother's relative order holds: crossing a list with itself is the identity.
        blockCrossover(mother, mother, child, new Uint8Array(p.n), prng);
        expect(Array.from(child)).toEqual(Array.from(mother));
      }),
      { numRuns: 150 },
    );
  });

  it('every schedule respects links with lags, releases and capacity; same seed, same schedule', () => {
    fc.assert(
      fc.property(instance(14, true), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const p = compileRcpsp(input);
        const a = solveRcpsp(p, { schedules: 150, seed });
        expect(plainViolation(input, a.starts)).toBeUndefined();
        expect(validateSchedule(p, a.starts)).toEqual([]);
        expect(a.makespan).toBe(makespanOf(input, Array.from(a.starts)));
        expect(a.makespan).toBeGreaterThanOrEqual(a.lowerBound);
        expect(a.schedulesUsed).toBeLessThanOrEqual(150);
        const b = solveRcpsp(p, { schedules: 150, seed });
        expect(Array.from(b.starts)).toEqual(Array.from(a.starts));
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('the parallel scheme, sampled lists and the justification passes all build valid schedules', () => {
    fc.assert(
      fc.property(instance(14, true), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const p = compileRcpsp(input);
        const windows = timeWindows(p);
        const prng = new Prng(seed);
        const start = new Int32Array(p.n);
        for (const rule of ['lft', 'lst', 'mts', 'grpw'] as const) {
          const priority = priorityValues(p, windows, rule);
          new ParallelSgs(p).schedule(priority, start);
          expect(plainViolation(input, start), `parallel ${rule}`).toBeUndefined();
          const list = new Int32Array(p.n);
          new ListBuilder(p).sample(priority, prng, list);
          const decoder = new JustifiedDecoder(p, 3);
          const value = decoder.decodeForward(list);
          expect(plainViolation(input, decoder.bestStart), `justified ${rule}`).toBeUndefined();
          expect(value).toBe(decoder.bestMakespan);
        }
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it('reaches the brute-force optimum of tiny instances', () => {
    fc.assert(
      fc.property(instance(6, false), (input) => {
        const s = solveRcpsp(compileRcpsp(input), { schedules: 400, seed: 1 });
        expect(s.makespan).toBe(bruteForceOptimum(input));
      }),
      { numRuns: 60, seed: 13 },
    );
  });
});
