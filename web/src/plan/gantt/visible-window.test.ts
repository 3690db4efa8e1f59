import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLink } from './test-fixtures.js';
import { blockAligned, buildLinkIndex, linksInRows, visibleRows } from './visible-window.js';

describe('visibleRows', () => {
  it('draws the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRows(0, 280, 28, 10_000, 5)).toEqual({ first: 0, last: 15 });
    expect(visibleRows(2800, 280, 28, 10_000, 5)).toEqual({ first: 95, last: 115 });
    expect(visibleRows(279_000, 560, 28, 10_000, 5)).toEqual({ first: 9959, last: 9990 });
    expect(visibleRows(279_800, 560, 28, 10_000, 5)).toEqual({ first: 9987, last: 9999 });
  });

  it('draws nothing for an empty plan, and survives a scroll past the end', () => {
    expect(visibleRows(0, 500, 28, 0, 5)).toEqual({ first: 0, last: -1 });
    expect(visibleRows(1e9, 500, 28, 100, 5)).toEqual({ first: 0, last: -1 });
  });

  it('stays a screenful at 100,000 rows', () => {
    const { first, last } = visibleRows(1_400_000, 700, 28, 100_000, 8);
    expect(last - first + 1).toBeLessThanOrEqual(Math.ceil(700 / 28) + 2 * 8 + 1);
  });
});

describe('blockAligned', () => {
  it('widens the window to whole blocks, so small scrolls keep the same window', () => {
    expect(blockAligned({ first: 13, last: 45 }, 8, 1000)).toEqual({ first: 8, last: 47 });
    expect(blockAligned({ first: 14, last: 46 }, 8, 1000)).toEqual({ first: 8, last: 47 });
    expect(blockAligned({ first: 990, last: 999 }, 8, 1000)).toEqual({ first: 984, last: 999 });
    expect(blockAligned({ first: 0, last: -1 }, 8, 0)).toEqual({ first: 0, last: -1 });
  });
});

describe('linksInRows', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `t${i}`);
  const indexOf = new Map(ids.map((id, i) => [id, i]));

  it('finds links with an end in the window and links crossing it, but not those entirely outside', () => {
    const links = [
      planLink('inside', 't10', 't12'),
      planLink('enters', 't2', 't11'),
      planLink('leaves', 't15', 't40'),
      planLink('crosses-short', 't5', 't30'),
      planLink('crosses-long', 't1', 't900'),
      planLink('above', 't0', 't3'),
      planLink('below', 't500', 't501'),
      planLink('collapsed', 't10', 'hidden'),
    ];
    const index = buildLinkIndex(links, indexOf, ids.length, 50);
    const found = linksInRows(index, 10, 20).map((i) => links[i]!.id);
    expect(found).toEqual(['inside', 'enters', 'leaves', 'crosses-short', 'crosses-long']);
  });

  it('agrees with checking every link, for any links and window', () => {
    const link = fc.record({ a: fc.integer({ min: 0, max: 999 }), b: fc.integer({ min: 0, max: 999 }) });
    fc.assert(
      fc.property(
        fc.array(link, { maxLength: 300 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 300 }),
        (pairs, first, size, span) => {
          const links = pairs.map((p, i) => planLink(`l${i}`, `t${p.a}`, `t${p.b}`));
          const last = Math.min(999, first + size);
          const expected = pairs
            .map((p, i) => ({ lo: Math.min(p.a, p.b), hi: Math.max(p.a, p.b), i }))
            .filter((l) => l.lo <= last && l.hi >= first)
            .map((l) => l.i);
          expect(linksInRows(buildLinkIndex(links, indexOf, ids.length, span), first, last)).toEqual(expected);
        },
      ),
    );
  });

  it('answers a window query on 100,000 links from the index, not a scan', () => {
    const n = 100_000;
    const rows = new Map(Array.from({ length: n }, (_, i) => [`t${i}`, i]));
    const links = Array.from({ length: n - 1 }, (_, i) => planLink(`l${i}`, `t${i}`, `t${i + 1}`));
    const index = buildLinkIndex(links, rows, n);
    expect(index.longLinks).toHaveLength(0);
    expect(linksInRows(index, 50_000, 50_040)).toEqual(Array.from({ length: 42 }, (_, k) => 49_999 + k));
  });
});
