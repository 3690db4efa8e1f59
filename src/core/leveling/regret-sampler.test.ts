import { describe, expect, it } from 'vitest';
import { isPrecedenceFeasible, ListBuilder, type PrecedenceGraph, Prng } from './rcpsp/index.js';
import { RegretSampler } from './regret-sampler.js';

/** 0 -> 2, 1 -> 2, 3 free: four activities, priorities 5, 1, 0, 3 (smaller = more urgent). */
const graph: PrecedenceGraph = {
  n: 4,
  succStart: Int32Array.from([0, 1, 2, 2, 2]),
  succ: Int32Array.from([2, 2]),
  predStart: Int32Array.from([0, 0, 0, 2, 2]),
  pred: Int32Array.from([0, 1]),
};
const priority = Float64Array.from([5, 1, 0, 3]);

function firstPickShares(sample: (out: Int32Array) => void, runs: number): number[] {
  const counts = [0, 0, 0, 0];
  const out = new Int32Array(4);
  for (let k = 0; k < runs; k++) {
    sample(out);
    expect(isPrecedenceFeasible(graph, out)).toBe(true);
    counts[out[0] as number]! += 1;
  }
  return counts.map((c) => c / runs);
}

describe('RegretSampler', () => {
  it('draws as the RCPSP list builder does with exponent 2: (worst - p + 1)^2', () => {
    // Eligible first: 0 (p 5), 1 (p 1), 3 (p 3); weights 1, 25, 9 of 35.
    const prng = new Prng(3);
    const ours = firstPickShares((out) => new RegretSampler(graph, priority).sample(prng, out), 20_000);
    expect(ours[0]).toBeCloseTo(1 / 35, 1);
    expect(ours[1]).toBeCloseTo(25 / 35, 1);
    expect(ours[3]).toBeCloseTo(9 / 35, 1);
    expect(ours[2]).toBe(0);
    const builder = new ListBuilder(graph);
    const theirs = firstPickShares((out) => builder.sample(priority, prng, out, 2), 20_000);
    for (const j of [0, 1, 3]) expect(Math.abs((ours[j] as number) - (theirs[j] as number))).toBeLessThan(0.02);
  });

  it('is deterministic for a seed', () => {
    const a = new Int32Array(4);
    const b = new Int32Array(4);
    new RegretSampler(graph, priority).sample(new Prng(9), a);
    new RegretSampler(graph, priority).sample(new Prng(9), b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
