import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { DEFAULT_LANE_METRICS, layoutLane } from './lane-layout.js';
import type { PortfolioGroup, ProjectLane } from './milestone-model.js';
import { minuteOf, type TimeAxis, xOf } from './timeline-scale.js';

/** Heights of the timeline's rows, in px. */
export const ROW = {
  /** A portfolio's header band. */
  group: 30,
  /** One row of diamonds inside a lane. */
  sub: 24,
  /** Free room above and below a lane's rows. */
  lanePad: 5,
} as const;

/** A milestone as drawn: its centre, its baseline's x, and its name as it fits. */
export interface PlacedMilestone {
  readonly milestone: PortfolioMilestone;
  readonly x: number;
  readonly y: number;
  readonly baselineX: number | null;
  readonly label: string | null;
  readonly labelX: number;
}

/** A lane as drawn: its top and height, and its milestones. */
export interface PlacedLane {
  readonly lane: ProjectLane;
  readonly y: number;
  readonly height: number;
  readonly index: number;
  readonly placed: readonly PlacedMilestone[];
}

/** A portfolio's header band and its lanes. */
export interface PlacedGroup {
  readonly group: PortfolioGroup;
  readonly y: number;
  readonly lanes: readonly PlacedLane[];
}

/** The whole timeline body: every group and lane with its y, the total height, and undated milestones. */
export interface TimelineLayout {
  readonly groups: readonly PlacedGroup[];
  readonly height: number;
  /** Milestones with no date, which cannot be drawn (the table lists them). */
  readonly undated: number;
}

/** Places every lane below the one before, and every milestone inside its lane without overlaps. */
export function layoutTimeline(groups: readonly PortfolioGroup[], axis: TimeAxis): TimelineLayout {
  let y = 0;
  let index = 0;
  let undated = 0;
  const metrics = { ...DEFAULT_LANE_METRICS, width: axis.width };
  const placedGroups = groups.map((group): PlacedGroup => {
    const top = y;
    y += ROW.group;
    const lanes = group.lanes.map((lane): PlacedLane => {
      const dated = lane.milestones.flatMap((m) => {
        const date = minuteOf(m.date);
        if (date === null) {
          undated++;
          return [];
        }
        const baseline = minuteOf(m.baselineDate);
        return [{ m, x: xOf(axis, date), baselineX: baseline === null ? null : xOf(axis, baseline) }];
      });
      const { placements, rows } = layoutLane(
        dated.map((d) => ({ x: d.x, baselineX: d.baselineX, label: d.m.name })),
        metrics,
      );
      const height = rows * ROW.sub + 2 * ROW.lanePad;
      const laneTop = y;
      y += height;
      return {
        lane,
        y: laneTop,
        height,
        index: index++,
        placed: dated.map((d, i) => {
          const p = placements[i] as (typeof placements)[number];
          return {
            milestone: d.m,
            x: d.x,
            baselineX: d.baselineX,
            y: laneTop + ROW.lanePad + p.row * ROW.sub + ROW.sub / 2,
            label: p.label,
            labelX: p.labelX,
          };
        }),
      };
    });
    return { group, y: top, lanes };
  });
  return { groups: placedGroups, height: y, undated };
}
