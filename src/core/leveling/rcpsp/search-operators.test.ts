import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileRcpsp,
  GeneticSearch,
  isPrecedenceFeasible,
  JustifiedDecoder,
  ListBuilder,
  type ListDecoder,
  PeakCrossover,
  Prng,
  priorityValues,
  type RcpspInput,
  ResourceProfile,
  solveRcpsp,
  timeWindows,
} from './index.js';
import { plainViolation } from './test-support.js';

/** Random instances of 8 to `maxJobs` activities, links from lower to higher index (no lags). */
const instance = (maxJobs: number) =>
  fc
    .record({
      capacities: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
      jobs: fc.array(
        fc.record({
          duration: fc.integer({ min: 0, max: 5 }),
          demand: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
        }),
        { minLength: 8, maxLength: maxJobs },
      ),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
    })
    .map(
      ({ capacities, jobs, links }): RcpspInput => ({
        capacities,
        activities: jobs.map((j) => ({
          duration: j.duration,
          demands: capacities.map((cap, r) => j.demand[r]! % (cap + 1)),
        })),
        links: links
          .map(([a, b]) => ({
            from: Math.min(a % jobs.length, b % jobs.length),
            to: Math.max(a % jobs.length, b % jobs.length),
          }))
          .filter((l) => l.from !== l.to),
      }),
    );

describe('RCPSP third round: pre-filled profile, peak crossover, decomposition, duplicate children', () => {
  it('a profile with a base starts every schedule from it, and without one starts empty', () => {
    const p = compileRcpsp({
      capacities: [2],
      activities: [
        { duration: 3, demands: [2] },
        { duration: 2, demands: [1] },
      ],
      links: [],
    });
    const fill = new ResourceProfile(p);
    fill.place(0, 1); // periods 1..3 full
    const snap = fill.snapshot();
    const profile = new ResourceProfile(p);
    profile.setBase(snap.used, snap.periods);
    expect(profile.earliestFit(1, 0)).toBe(4);
    profile.place(1, 4);
    profile.clear();
    expect(profile.earliestFit(1, 0)).toBe(4);
    expect(profile.earliestFit(1, 4)).toBe(4);
    profile.setBase(null);
    expect(profile.earliestFit(1, 0)).toBe(0);
  });

  it('the peak crossover of two feasible lists is a feasible permutation, also when the mother is the father', () => {
    fc.assert(
      fc.property(instance(16), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const p = compileRcpsp(input);
        const prng = new Prng(seed);
        const builder = new ListBuilder(p);
        const lft = priorityValues(p, timeWindows(p), 'lft');
        const father = new Int32Array(p.n);
        const mother = new Int32Array(p.n);
        const child = new Int32Array(p.n);
        builder.sample(lft, prng, father);
        builder.sample(lft, prng, mother, 0);
        const decoder = new JustifiedDecoder(p, 10);
        const fatherMirror = new Int32Array(p.n);
        decoder.decodeWithMirror(father, fatherMirror, false);
        const schedule = decoder.lastSchedule.slice();
        // The right list (its right schedule's start order) with that schedule, as the search breeds it.
        new PeakCrossover(p).cross(fatherMirror, decoder.lastMirrorSchedule, mother, child, prng);
        expect(isPrecedenceFeasible(p, child)).toBe(true);
        const peak = new PeakCrossover(p);
        peak.cross(father, schedule, mother, child, prng);
        expect(isPrecedenceFeasible(p, child)).toBe(true);
        peak.cross(father, schedule, father, child, prng);
        // The father's list is its schedule's finish order, so the parts keep it whole.
        expect(isPrecedenceFeasible(p, child)).toBe(true);
        expect(new Set(child).size).toBe(p.n);
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('with decomposition steps every schedule is valid, within budget and deterministic', () => {
    fc.assert(
      fc.property(instance(20), fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        const p = compileRcpsp(input);
        const a = solveRcpsp(p, { schedules: 400, seed, decomposition: true, populationSize: 10 });
        expect(plainViolation(input, a.starts)).toBeUndefined();
        expect(a.schedulesUsed).toBeLessThanOrEqual(400);
        const b = solveRcpsp(p, { schedules: 400, seed, decomposition: true, populationSize: 10 });
        expect(Array.from(b.starts)).toEqual(Array.from(a.starts));
      }),
      { numRuns: 80, seed: 22 },
    );
  });

  it("tells a two-sided decoder the worse parent's objective as the child's bound", () => {
    const p = compileRcpsp({
      capacities: [2],
      activities: Array.from({ length: 8 }, (_, j) => ({ duration: 1 + (j % 3), demands: [1 + (j % 2)] })),
      links: [{ from: 0, to: 3 }],
    });
    const holder: { search?: GeneticSearch } = {};
    const bounds: boolean[] = [];
    let used = 0;
    // The objective is the list's first activity: many ties, and an objective the test can read.
    const decoder: ListDecoder = {
      get schedulesUsed() {
        return used;
      },
      decode(list) {
        used++;
        return list[0]!;
      },
      decodeWithMirror(list, mirror, _fromMirror, bound) {
        const population = holder.search!.objective;
        bounds.push(Number.isFinite(bound) && population.includes(bound) && bound >= Math.min(...population));
        mirror.set(list);
        return this.decode(list);
      },
    };
    const builder = new ListBuilder(p);
    const lft = priorityValues(p, timeWindows(p), 'lft');
    const prng = new Prng(4);
    const search = new GeneticSearch({
      graph: p,
      decoder,
      schedules: 200,
      prng,
      populationSize: 6,
      seed: (out, mirror) => {
        builder.sample(lft, prng, out);
        mirror.set(out);
        return decoder.decode(out);
      },
    });
    holder.search = search;
    search.run(200);
    expect(bounds.length).toBeGreaterThan(50);
    expect(bounds.every(Boolean)).toBe(true);
  });

  it('never decodes a child equal to an individual of the population', () => {
    // Five unlinked activities: 120 lists, a population of 6, so duplicates are bred often.
    const n = 5;
    const graph = {
      n,
      succStart: new Int32Array(n + 1),
      succ: new Int32Array(0),
      predStart: new Int32Array(n + 1),
      pred: new Int32Array(0),
    };
    let decoded = 0;
    let duplicates = 0;
    let seeding = true;
    const holder: { search?: GeneticSearch } = {};
    const decoder: ListDecoder = {
      get schedulesUsed() {
        return decoded;
      },
      decode(list) {
        decoded++;
        const known = holder.search!.lists.some((l) => l.every((v, i) => v === list[i]));
        if (!seeding && known) duplicates++;
        return list[0]!; // many ties: the population fills with equal objectives
      },
    };
    const prng = new Prng(3);
    const search = new GeneticSearch({
      graph,
      decoder,
      schedules: 400,
      prng,
      populationSize: 6,
      seed: (out, mirror) => {
        for (let i = 0; i < n; i++) out[i] = i;
        for (let i = n - 1; i > 0; i--) {
          const k = prng.int(i + 1);
          [out[i], out[k]] = [out[k]!, out[i]!];
        }
        mirror.set(out);
        return decoder.decode(out);
      },
    });
    holder.search = search;
    search.run(6);
    seeding = false;
    search.run(400);
    expect(decoded).toBe(400);
    expect(duplicates).toBe(0);
  });
});
