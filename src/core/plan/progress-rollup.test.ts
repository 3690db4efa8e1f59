import { describe, expect, it } from 'vitest';
import { rollupPercentComplete } from './progress-rollup.js';

describe('rollupPercentComplete', () => {
  it('weights work tasks by duration, through nested summaries', () => {
    // 0 Phase { 1 A (2d, 100 %), 2 Sub { 3 B (6d, 50 %), 4 C (0d milestone, 0 %) } }
    const parent = Int32Array.from([-1, 0, 0, 2, 2]);
    const summary = Uint8Array.from([1, 0, 1, 0, 0]);
    const out = rollupPercentComplete(parent, summary, [0, 960, 0, 2880, 0], [0, 100, 0, 50, 0]);
    expect([...out]).toEqual([62.5, 100, 50, 50, 0]);
  });
  it('averages a summary of milestones only', () => {
    const out = rollupPercentComplete(Int32Array.from([-1, 0, 0]), Uint8Array.from([1, 0, 0]), [0, 0, 0], [0, 100, 0]);
    expect(out[0]).toBe(50);
  });
});
