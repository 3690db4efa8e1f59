import { describe, expect, it } from 'vitest';
import { ARROW_LENGTH, type BarGeometry, LINK_STUB, linkPath } from './link-path.js';

const ROW = 28;

/** A bar in row `row` from x0 to x1, centred in its row, 12 px tall. */
function bar(row: number, x0: number, x1: number): BarGeometry {
  return { x0, x1, y: row * ROW + 14, half: 6, rowTop: row * ROW };
}

/** The path's points as [x, y] pairs. */
function points(d: string): number[][] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The arrowhead's tip: the vertex that is not on the base (the middle one of three). */
function tip(arrow: string): number[] {
  return points(arrow)[1]!;
}

describe('linkPath', () => {
  it('FS to a later successor: out of the finish, then down onto the successor bar from above', () => {
    const shape = linkPath('FS', bar(0, 10, 100), bar(2, 150, 250), ROW);
    const pts = points(shape.d);
    expect(pts[0]).toEqual([100, 14]);
    expect(pts[1]).toEqual([156, 14]);
    expect(pts.at(-1)).toEqual([156, 2 * ROW + 14 - 6 - ARROW_LENGTH]);
    expect(tip(shape.arrow)).toEqual([156, 2 * ROW + 14 - 6]);
  });

  it('FS to a successor above: arrives from below, pointing up', () => {
    const shape = linkPath('FS', bar(3, 10, 100), bar(1, 150, 250), ROW);
    expect(tip(shape.arrow)).toEqual([156, ROW + 14 + 6]);
    expect(points(shape.d).at(-1)![1]).toBeGreaterThan(ROW + 14 + 6);
  });

  it('FS that overlaps (lead): doubles back through the gap under the predecessor row', () => {
    const shape = linkPath('FS', bar(0, 10, 100), bar(1, 60, 200), ROW);
    const pts = points(shape.d);
    expect(pts[1]).toEqual([100 + LINK_STUB, 14]);
    expect(pts[2]).toEqual([100 + LINK_STUB, ROW]);
    expect(pts[3]).toEqual([60 - LINK_STUB, ROW]);
    expect(pts[4]).toEqual([60 - LINK_STUB, ROW + 14]);
    expect(tip(shape.arrow)).toEqual([60, ROW + 14]);
    expect(pts.at(-1)).toEqual([60 - ARROW_LENGTH, ROW + 14]);
  });

  it('FS onto a milestone drops at the diamond centre', () => {
    const shape = linkPath(
      'FS',
      bar(0, 10, 100),
      { x0: 193, x1: 207, y: ROW + 14, half: 7, rowTop: ROW, milestone: true },
      ROW,
    );
    expect(tip(shape.arrow)).toEqual([200, ROW + 7]);
  });

  it('SS: from both starts, turning left of the earlier one, arrow pointing right', () => {
    const shape = linkPath('SS', bar(0, 50, 100), bar(1, 30, 90), ROW);
    const pts = points(shape.d);
    expect(pts[0]).toEqual([50, 14]);
    expect(pts[1]).toEqual([30 - LINK_STUB, 14]);
    expect(tip(shape.arrow)).toEqual([30, ROW + 14]);
  });

  it('FF: from both finishes, turning right of the later one, arrow pointing left', () => {
    const shape = linkPath('FF', bar(0, 10, 100), bar(1, 30, 140), ROW);
    const pts = points(shape.d);
    expect(pts[0]).toEqual([100, 14]);
    expect(pts[1]).toEqual([140 + LINK_STUB, 14]);
    expect(tip(shape.arrow)).toEqual([140, ROW + 14]);
    expect(pts.at(-1)).toEqual([140 + ARROW_LENGTH, ROW + 14]);
  });

  it('SF: from the predecessor start to the successor finish, routing through the gap when they overlap', () => {
    const clear = linkPath('SF', bar(0, 200, 300), bar(1, 50, 150), ROW);
    expect(points(clear.d)).toHaveLength(4);
    expect(tip(clear.arrow)).toEqual([150, ROW + 14]);
    const overlapping = linkPath('SF', bar(0, 100, 300), bar(1, 50, 150), ROW);
    expect(points(overlapping.d)[2]).toEqual([100 - LINK_STUB, ROW]);
    expect(tip(overlapping.arrow)).toEqual([150, ROW + 14]);
  });
});
