import { describe, expect, it } from 'vitest';
import {
  compileRcpsp,
  GeneticSearch,
  isPrecedenceFeasible,
  JustifiedDecoder,
  ListBuilder,
  type ListDecoder,
  ParallelSgs,
  Prng,
  populationSearch,
  priorityValues,
  type RcpspInput,
  SerialSgs,
  solveRcpsp,
  timeWindows,
  validateSchedule,
} from './index.js';
import { bruteForceOptimum, plainViolation } from './test-support.js';

const act = (duration: number, demands: number[] = [], release?: number) =>
  release === undefined ? { duration, demands } : { duration, demands, release };

/**
 * Five jobs on two units, one link (1 -> 4). The work bound is 20 / 2 = 10 days, but no
 * arrangement reaches it: the optimum is 11 (brute force over every list, checked below).
 */
const TRAP: RcpspInput = {
  capacities: [2],
  activities: [act(6, [1]), act(3, [2]), act(3, [1]), act(3, [1]), act(2, [1])],
  links: [{ from: 1, to: 4 }],
};

describe('RCPSP core on small instances with known optima', () => {
  it('serialises two jobs that each need the only unit: 3 + 2 days', () => {
    const p = compileRcpsp({ capacities: [1], activities: [act(3, [1]), act(2, [1])], links: [] });
    const s = solveRcpsp(p, { schedules: 50 });
    expect(s.makespan).toBe(5);
    expect(validateSchedule(p, s.starts)).toEqual([]);
  });

  it('runs the two one-unit jobs side by side after the two-unit job: makespan 4', () => {
    const p = compileRcpsp({ capacities: [2], activities: [act(2, [2]), act(2, [1]), act(2, [1])], links: [] });
    expect(solveRcpsp(p, { schedules: 50 }).makespan).toBe(4);
  });

  it('finds the optimum when it lies above the lower bound', () => {
    const p = compileRcpsp(TRAP);
    expect(bruteForceOptimum(TRAP)).toBe(11);
    const s = solveRcpsp(p, { schedules: 200 });
    expect(s.lowerBound).toBe(10);
    expect(s.makespan).toBe(11);
    expect(plainViolation(TRAP, s.starts)).toBeUndefined();
  });

  it('honours positive and negative lags and release dates', () => {
    const input: RcpspInput = {
      capacities: [1],
      activities: [act(2), act(2), act(4), act(3, [], 10), act(1)],
      links: [
        { from: 0, to: 1, lag: 3 }, // 1 starts at 2 + 3 = 5
        { from: 2, to: 4, lag: -3 }, // 4 may start 3 days before 2 finishes: at 1
      ],
    };
    const p = compileRcpsp(input);
    const s = solveRcpsp(p, { schedules: 20 });
    expect(Array.from(s.starts)).toEqual([0, 5, 0, 10, 1]);
    expect(s.makespan).toBe(13);
    expect(s.lowerBound).toBe(13);
  });

  it('puts each activity as late as possible in a backward pass, and never before its release', () => {
    const input: RcpspInput = {
      capacities: [1],
      activities: [act(1, [1]), act(3, [1], 2), act(2, [1])],
      links: [{ from: 0, to: 2 }],
    };
    const p = compileRcpsp(input);
    const sgs = new SerialSgs(p);
    const start = new Int32Array(3);
    // Latest first: 2 (a sink), then 1, then 0 before 2.
    const makespan = sgs.backward(Int32Array.from([2, 1, 0]), start);
    expect(plainViolation(input, start)).toBeUndefined();
    expect(makespan).toBe(Math.max(...Array.from(start, (s, j) => s + p.duration[j]!)));
    expect(start[1]).toBeGreaterThanOrEqual(2);
    expect(sgs.passes).toBe(1);
  });

  it('builds valid schedules with the parallel scheme and every priority rule', () => {
    const p = compileRcpsp(TRAP);
    const windows = timeWindows(p);
    const builder = new ListBuilder(p);
    const parallel = new ParallelSgs(p);
    const serial = new SerialSgs(p);
    for (const rule of ['lft', 'lst', 'mts', 'grpw'] as const) {
      const priority = priorityValues(p, windows, rule);
      const start = new Int32Array(p.n);
      parallel.schedule(priority, start);
      expect(plainViolation(TRAP, start), rule).toBeUndefined();
      const list = new Int32Array(p.n);
      builder.sample(priority, undefined, list);
      serial.forward(list, start);
      expect(plainViolation(TRAP, start), rule).toBeUndefined();
    }
    // Most total successors: job 1 (one successor) comes before the others; ties by index.
    const list = new Int32Array(p.n);
    builder.sample(priorityValues(p, windows, 'mts'), undefined, list);
    expect(list[0]).toBe(1);
  });

  it('justification never lengthens the schedule of a list and counts three passes', () => {
    const p = compileRcpsp(TRAP);
    const decoder = new JustifiedDecoder(p, 100);
    const list = Int32Array.from([1, 0, 2, 3, 4]);
    const plain = new SerialSgs(p).forward(list, new Int32Array(p.n));
    const justified = decoder.decodeForward(list);
    expect(justified).toBeLessThanOrEqual(plain);
    expect(decoder.schedulesUsed).toBe(3);
    expect(validateSchedule(p, decoder.bestStart)).toEqual([]);
  });

  it('drops a child after one pass when that pass ends well above its bound, else justifies it', () => {
    const p = compileRcpsp(TRAP);
    const list = Int32Array.from([1, 0, 2, 3, 4]);
    const firstPass = new SerialSgs(p).backward(list.slice().reverse(), new Int32Array(p.n));
    const mirror = new Int32Array(p.n);
    const cut = new JustifiedDecoder(p, 100);
    const bound = Math.ceil(firstPass / 1.025) - 1; // the first pass ends more than 2.5 % above it
    expect(cut.decodeWithMirror(list.slice(), mirror, false, bound)).toBe(firstPass);
    expect(cut.schedulesUsed).toBe(1);
    const kept = new JustifiedDecoder(p, 100);
    expect(kept.decodeWithMirror(list.slice(), mirror, false, firstPass)).toBeLessThanOrEqual(firstPass);
    expect(kept.schedulesUsed).toBe(2);
  });

  it('stops at the budget exactly and when asked to', () => {
    const p = compileRcpsp({
      capacities: [3],
      activities: Array.from({ length: 12 }, (_, j) => act(1 + (j % 4), [1 + (j % 3)])),
      links: [{ from: 0, to: 5 }],
    });
    expect(solveRcpsp(p, { schedules: 7 }).schedulesUsed).toBeLessThanOrEqual(7);
    expect(solveRcpsp(p, { schedules: 1 }).schedulesUsed).toBe(1);
    let polls = 0;
    const stopped = solveRcpsp(p, { schedules: 100_000, shouldStop: () => ++polls > 3 });
    expect(stopped.schedulesUsed).toBeLessThan(100);
    expect(validateSchedule(p, stopped.starts)).toEqual([]);
  });

  it('runs the population search over a caller’s own decoder, charging its passes', () => {
    const p = compileRcpsp(TRAP);
    const sgs = new SerialSgs(p);
    const start = new Int32Array(p.n);
    const decoder: ListDecoder = {
      decode: (list) => sgs.forward(list, start),
      get schedulesUsed() {
        return sgs.passes;
      },
    };
    const builder = new ListBuilder(p);
    const lft = priorityValues(p, timeWindows(p), 'lft');
    const prng = new Prng(3);
    const result = populationSearch({
      graph: p,
      decoder,
      schedules: 60,
      prng,
      populationSize: 6,
      seed: (out) => {
        builder.sample(lft, prng, out);
        return decoder.decode(out);
      },
    });
    expect(sgs.passes).toBe(60);
    expect(result.bestObjective).toBe(11);
  });

  it('GeneticSearch runs in steps and takes injected individuals in place of the worst, not duplicates', () => {
    const p = compileRcpsp(TRAP);
    const decoder = new JustifiedDecoder(p, 400);
    const builder = new ListBuilder(p);
    const lft = priorityValues(p, timeWindows(p), 'lft');
    const prng = new Prng(5);
    const search = new GeneticSearch({
      graph: p,
      decoder,
      schedules: 400,
      prng,
      populationSize: 4,
      crossover: 'block',
      seed: (out, mirror) => {
        builder.sample(lft, prng, out, 0);
        return decoder.decodeForward(out, mirror);
      },
    });
    search.run(12);
    expect(decoder.schedulesUsed).toBe(12); // 4 individuals × 3 passes, nothing bred yet
    const list = new Int32Array(p.n);
    const mirror = new Int32Array(p.n);
    builder.sample(lft, undefined, list);
    const value = decoder.decodeForward(list, mirror);
    const worst = Math.max(...search.objective);
    expect(search.inject(list, mirror, worst + 1)).toBe(false);
    const injected = search.inject(list, mirror, value);
    expect(injected).toBe(value <= worst);
    if (injected) expect(search.inject(list, mirror, value)).toBe(false);
    search.run(400);
    expect(decoder.schedulesUsed).toBeLessThanOrEqual(400);
    expect(search.best).toBe(11);
  });

  it('charges a schedule adopted from the parallel scheme and its justification: 3 passes', () => {
    const p = compileRcpsp(TRAP);
    const decoder = new JustifiedDecoder(p, 100);
    const parallel = new ParallelSgs(p);
    const start = new Int32Array(p.n);
    const makespan = parallel.schedule(new Float64Array([0, 1, 2, 3, 4]), start);
    const list = new Int32Array(p.n);
    const mirror = new Int32Array(p.n);
    const value = decoder.adopt(start, makespan, list, mirror);
    expect(decoder.schedulesUsed).toBe(3);
    expect(value).toBeLessThanOrEqual(makespan);
    expect(decoder.bestMakespan).toBe(value);
    expect(validateSchedule(p, decoder.bestStart)).toEqual([]);
    expect(isPrecedenceFeasible(p, list) && isPrecedenceFeasible(p, mirror)).toBe(true);
  });

  it('validateSchedule names broken links, releases and over-used periods', () => {
    const p = compileRcpsp({
      capacities: [1],
      activities: [act(2, [1]), act(2, [1], 1)],
      links: [{ from: 0, to: 1, lag: 1 }],
    });
    expect(validateSchedule(p, [0, 3])).toEqual([]);
    const problems = validateSchedule(p, [0, 0]);
    expect(problems.some((m) => m.includes('before its release 1'))).toBe(true);
    expect(problems.some((m) => m.startsWith('link 0 -> 1 (lag 1)'))).toBe(true);
    expect(problems.some((m) => m.startsWith('resource 0: 2 units in use at period 0'))).toBe(true);
  });

  it('refuses cycles, impossible demands and bad numbers, naming the field', () => {
    const cycle = {
      capacities: [1],
      activities: [act(1), act(1)],
      links: [
        { from: 0, to: 1 },
        { from: 1, to: 0 },
      ],
    };
    expect(() => compileRcpsp(cycle)).toThrow(/links: the links form a cycle/);
    expect(() => compileRcpsp({ capacities: [1], activities: [act(1, [2])], links: [] })).toThrow(
      /activities\.0\.demands\.0: needs 2 units but the resource has 1/,
    );
    expect(() => compileRcpsp({ capacities: [1], activities: [act(1.5)], links: [] })).toThrow(
      /activities\.0\.duration/,
    );
    expect(() => compileRcpsp({ capacities: [1], activities: [act(1)], links: [{ from: 0, to: 3 }] })).toThrow(
      /links\.0\.to/,
    );
  });
});
