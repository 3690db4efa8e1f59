import { describe, expect, it } from 'vitest';
import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { groupLanes } from './milestone-model.js';
import { layoutTimeline, ROW } from './timeline-layout.js';
import { minuteOf, type TimeAxis } from './timeline-scale.js';

function ms(patch: Partial<PortfolioMilestone> & Pick<PortfolioMilestone, 'taskId'>): PortfolioMilestone {
  return {
    projectId: 'p1',
    projectCode: 'PRJ-0001',
    projectName: 'CRM rollout',
    projectState: 'executing',
    portfolioId: 'f1',
    portfolioName: 'Digital',
    name: 'Milestone',
    wbs: '1',
    date: '2026-06-01T17:00',
    baselineDate: null,
    slipMinutes: null,
    critical: false,
    deadline: null,
    status: 'no_baseline',
    ...patch,
  };
}

const axis: TimeAxis = {
  start: minuteOf('2026-01-01') as number,
  end: minuteOf('2027-01-01') as number,
  width: 730,
  pad: 0,
};

describe('layoutTimeline', () => {
  it('stacks portfolio bands and lanes top to bottom, a lane as tall as its rows', () => {
    const layout = layoutTimeline(
      groupLanes([
        ms({ taskId: 'a', date: '2026-03-01T17:00' }),
        ms({ taskId: 'b', date: '2026-03-02T17:00' }),
        ms({ taskId: 'c', projectId: 'p2', projectCode: 'PRJ-0002', portfolioId: 'f2', portfolioName: 'Infra' }),
      ]),
      axis,
    );
    const [digital, infra] = layout.groups;
    const twoRows = 2 * ROW.sub + 2 * ROW.lanePad;
    const oneRow = ROW.sub + 2 * ROW.lanePad;
    expect(digital?.y).toBe(0);
    expect(digital?.lanes[0]).toMatchObject({ y: ROW.group, height: twoRows, index: 0 });
    expect(infra?.y).toBe(ROW.group + twoRows);
    expect(infra?.lanes[0]).toMatchObject({ y: 2 * ROW.group + twoRows, height: oneRow, index: 1 });
    expect(layout.height).toBe(2 * ROW.group + twoRows + oneRow);
    // Two days apart at 2 px a day would overlap: the second diamond goes one row down.
    const ys = digital?.lanes[0]?.placed.map((p) => p.y);
    expect(ys).toEqual([ROW.group + ROW.lanePad + ROW.sub / 2, ROW.group + ROW.lanePad + ROW.sub * 1.5]);
  });

  it('places the baseline where it was and leaves undated milestones to the table', () => {
    const layout = layoutTimeline(
      groupLanes([
        ms({ taskId: 'a', date: '2026-07-02T17:00', baselineDate: '2026-06-02T17:00', status: 'slipped' }),
        ms({ taskId: 'b', date: null }),
      ]),
      axis,
    );
    const placed = layout.groups[0]?.lanes[0]?.placed ?? [];
    expect(placed).toHaveLength(1);
    expect(placed[0]?.baselineX).toBeCloseTo(152 * 2 + (17 * 2) / 24, 5);
    expect((placed[0]?.x ?? 0) - (placed[0]?.baselineX ?? 0)).toBeCloseTo(60, 5);
    expect(layout.undated).toBe(1);
  });
});
