import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPositions, POSITION_STEP } from './positions.js';

const increasing = (p: number[]) => p.every((v, i) => i === 0 || v > (p[i - 1] as number));

describe('assignPositions', () => {
  it('keeps old keys and fits new ones between them', () => {
    const { positions, renumbered } = assignPositions([undefined, 1024, undefined, 2048]);
    expect(renumbered).toBe(false);
    expect(positions).toEqual([512, 1024, 1536, 2048]);
  });
  it('moves only the entry that moved', () => {
    const old = [3072, 1024, 2048, 4096];
    const { positions } = assignPositions(old);
    expect(increasing(positions)).toBe(true);
    expect(positions.filter((p, i) => p !== old[i])).toHaveLength(1);
  });
  it('renumbers when a gap is full', () => {
    const { positions, renumbered } = assignPositions([5, undefined, undefined, 6]);
    expect(renumbered).toBe(true);
    expect(positions).toEqual([1, 2, 3, 4].map((k) => k * POSITION_STEP));
  });
  it('always yields strictly increasing integers', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined })), (old) => {
        const { positions } = assignPositions(old);
        return positions.length === old.length && increasing(positions) && positions.every(Number.isInteger);
      }),
    );
  });
});
