import { describe, expect, it } from 'vitest';
import { fitLabel, type LaneMetrics, layoutLane } from './lane-layout.js';

const metrics: LaneMetrics = { radius: 6, gap: 4, charPx: 6, width: 400, minChars: 4 };

describe('layoutLane', () => {
  it('keeps well-spaced milestones in one row with their full names', () => {
    const { placements, rows } = layoutLane(
      [
        { x: 20, baselineX: null, label: 'Kick-off' },
        { x: 200, baselineX: null, label: 'Go live' },
      ],
      metrics,
    );
    expect(rows).toBe(1);
    expect(placements.map((p) => [p.row, p.label])).toEqual([
      [0, 'Kick-off'],
      [0, 'Go live'],
    ]);
    expect(placements[0]?.labelX).toBe(30);
  });

  it('moves diamonds that would touch into a second row', () => {
    const { placements, rows } = layoutLane(
      [
        { x: 100, baselineX: null, label: 'A' },
        { x: 105, baselineX: null, label: 'B' },
        { x: 300, baselineX: null, label: 'C' },
      ],
      metrics,
    );
    expect(rows).toBe(2);
    expect(placements.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it('counts the slip line back to the baseline as taken room', () => {
    const { placements, rows } = layoutLane(
      [
        { x: 200, baselineX: 80, label: 'Design approved' },
        { x: 120, baselineX: null, label: 'Tender' },
      ],
      metrics,
    );
    expect(rows).toBe(2);
    expect(placements[0]?.labelX).toBe(210);
    expect(new Set(placements.map((p) => p.row)).size).toBe(2);
  });

  it('shortens a name to the room before the next diamond, or leaves it to the tooltip', () => {
    const { placements } = layoutLane(
      [
        { x: 10, baselineX: null, label: 'Requirements signed off' },
        { x: 100, baselineX: null, label: 'Prototype accepted by the client' },
        { x: 140, baselineX: null, label: 'Release' },
      ],
      metrics,
    );
    // Room from 20 to 86 (next diamond's left edge less two gaps) is 66 px: 11 characters.
    expect(placements[0]?.label).toBe('Requiremen…');
    // Only 20 px before the third diamond: not worth a stub.
    expect(placements[1]?.label).toBeNull();
    expect(placements[2]?.label).toBe('Release');
  });

  it('never lets a name run over the next diamond in its row', () => {
    const xs = [12, 40, 41, 70, 90, 91, 92, 150, 155, 300];
    const items = xs.map((x, i) => ({ x, baselineX: i % 3 === 0 ? x - 25 : null, label: `Milestone number ${i}` }));
    const { placements } = layoutLane(items, metrics);
    for (const [i, p] of placements.entries()) {
      if (!p.label) continue;
      const end = p.labelX + p.label.length * metrics.charPx;
      for (const [j, q] of placements.entries()) {
        if (j === i || q.row !== p.row) continue;
        const other = items[j] as (typeof items)[number];
        const left = Math.min(other.x, other.baselineX ?? other.x) - metrics.radius;
        if (left >= p.labelX) expect(end).toBeLessThanOrEqual(left);
      }
    }
  });

  it('gives an empty lane one row', () => {
    expect(layoutLane([], metrics)).toEqual({ placements: [], rows: 1 });
  });
});

describe('fitLabel', () => {
  it('keeps a name that fits, shortens one that does not, drops a stub', () => {
    expect(fitLabel('Go live', 60, metrics)).toBe('Go live');
    expect(fitLabel('Go live with everything', 60, metrics)).toBe('Go live w…');
    expect(fitLabel('Go live with everything', 20, metrics)).toBeNull();
  });
});
