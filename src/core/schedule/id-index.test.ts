import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index.js';

describe('IdIndex', () => {
  it('finds every id and nothing else, whatever the ids look like (property)', () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map(String),
      fc.integer({ min: 0, max: 3000 }).map((n) => `T${n}`),
      fc.integer({ min: 0, max: 99 }).map((n) => `A0${n}`),
      fc.string({ maxLength: 6 }).filter((s) => s.length > 0),
    );
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 300 }), fc.array(id, { maxLength: 50 }), (ids, probes) => {
        const index = new IdIndex(ids);
        expect(index.firstDuplicate).toBe(-1);
        ids.forEach((key, i) => {
          expect(index.get(key)).toBe(i);
          expect(index.get(key, Math.max(0, i - 1))).toBe(i);
        });
        for (const p of probes) expect(index.get(p)).toBe(ids.indexOf(p));
      }),
    );
  });

  it('reports the first repeated id', () => {
    expect(new IdIndex(['1', '2', 'x', '2']).firstDuplicate).toBe(3);
    expect(new IdIndex(['a', 'b', 'a']).firstDuplicate).toBe(2);
    expect(new IdIndex(['T7', 'T07', 'T7']).firstDuplicate).toBe(2);
  });
});
