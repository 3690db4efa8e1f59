import { Anchor } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { memo, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import classes from './MilestoneTimeline.module.css';
import { MilestoneTooltip } from './MilestoneTooltip.js';
import { formatSlip, type MilestoneStatus, type PortfolioGroup, STATUS_LABELS } from './milestone-model.js';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis.js';
import { layoutTimeline, type PlacedLane, type PlacedMilestone, ROW } from './timeline-layout.js';
import {
  axisRange,
  axisTicks,
  axisUnit,
  formatMilestoneDate,
  inRange,
  minuteOf,
  parentUnit,
  pxPerDay,
  type TimeAxis,
  xOf,
} from './timeline-scale.js';

/** Fill and outline of a diamond per status. */
export const DIAMOND_COLORS: Readonly<Record<MilestoneStatus, { fill: string; stroke: string }>> = {
  slipped: { fill: 'var(--mantine-color-red-6)', stroke: 'var(--mantine-color-red-9)' },
  on_track: { fill: 'var(--mantine-color-green-6)', stroke: 'var(--mantine-color-green-9)' },
  no_baseline: { fill: 'var(--mantine-color-yellow-5)', stroke: 'var(--mantine-color-yellow-9)' },
  done: { fill: 'var(--mantine-color-gray-5)', stroke: 'var(--mantine-color-gray-7)' },
};

/** An SVG path of a diamond centred on (x, y) with half-width r. */
export function diamondPath(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

function describe(p: PlacedMilestone): string {
  const m = p.milestone;
  const baseline = m.baselineDate
    ? `, baseline ${formatMilestoneDate(m.baselineDate)}, slip ${formatSlip(m.slipMinutes)}`
    : '';
  return `${m.projectCode} ${m.name}: ${formatMilestoneDate(m.date)}${baseline}, ${STATUS_LABELS[m.status]}`;
}

/** "12 projects · 40 milestones · 9 slipped", in the portfolio's band. */
function groupSummary(lanes: readonly PlacedLane[]): string {
  let milestones = 0;
  let slipped = 0;
  for (const l of lanes)
    for (const m of l.lane.milestones) {
      milestones++;
      if (m.status === 'slipped') slipped++;
    }
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(lanes.length, 'project')} · ${n(milestones, 'milestone')}${slipped ? ` · ${slipped} slipped` : ''}`;
}

/** A lane's band (every other one shaded) and its bottom rule, drawn under the grid. */
function LaneBackdrop({ lane, width }: { lane: PlacedLane; width: number }) {
  const bottom = lane.y + lane.height - 0.5;
  return (
    <>
      {lane.index % 2 === 1 && (
        <rect className={classes.stripeFill} x={0} y={lane.y} width={width} height={lane.height} />
      )}
      <line className={classes.laneLine} x1={0} x2={width} y1={bottom} y2={bottom} />
    </>
  );
}

const Lane = memo(function Lane(props: {
  lane: PlacedLane;
  onHover: (p: PlacedMilestone | null) => void;
  onOpen: (projectId: string) => void;
}) {
  const { lane } = props;
  return (
    <g>
      {lane.placed.map((p) => {
        const m = p.milestone;
        const colors = DIAMOND_COLORS[m.status];
        return (
          <a
            key={m.taskId}
            href={`/projects/${m.projectId}/plan`}
            className={classes.milestone}
            data-milestone-id={m.taskId}
            data-status={m.status}
            aria-label={describe(p)}
            onPointerEnter={() => props.onHover(p)}
            onPointerLeave={() => props.onHover(null)}
            onFocus={() => props.onHover(p)}
            onBlur={() => props.onHover(null)}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              props.onOpen(m.projectId);
            }}
          >
            {p.baselineX !== null && Math.abs(p.baselineX - p.x) >= 0.5 && (
              <>
                <line className={classes.slipLine} stroke={colors.fill} x1={p.baselineX} x2={p.x} y1={p.y} y2={p.y} />
                <path className={classes.ghost} d={diamondPath(p.baselineX, p.y, 5)} />
              </>
            )}
            {/* A wider transparent target makes a 12 px diamond easy to hover. */}
            <rect x={p.x - 9} y={p.y - 10} width={18} height={20} fill="transparent" />
            <path className={classes.diamond} d={diamondPath(p.x, p.y, 6)} fill={colors.fill} stroke={colors.stroke} />
            {p.label && (
              <text className={classes.label} x={p.labelX} y={p.y}>
                {p.label}
              </text>
            )}
          </a>
        );
      })}
    </g>
  );
});

interface Props {
  readonly groups: readonly PortfolioGroup[];
  /** The viewer's local now, "YYYY-MM-DDTHH:mm". */
  readonly today: string;
  /** The date window the user picked (YYYY-MM-DD), '' when open. */
  readonly from: string;
  readonly to: string;
}

/**
 * Every project's milestones on one time axis: a swimlane per project grouped by portfolio,
 * diamonds coloured by status, a hollow diamond at the baseline date joined to the current date.
 * The axis fits the width; the page scrolls down the lanes while the axis sticks under the header.
 */
export function MilestoneTimeline({ groups, today, from, to }: Props) {
  const { ref, width } = useElementSize();
  const navigate = useNavigate();
  const [hover, setHover] = useState<PlacedMilestone | null>(null);
  // Phones keep only the project code beside the lanes, so the time axis keeps most of the width.
  const compact = width < 640;
  const labelWidth = compact ? 96 : 280;
  const chartWidth = Math.max(240, Math.floor(width - labelWidth - 1));
  const todayMinute = minuteOf(today) ?? 0;

  const axis = useMemo((): TimeAxis => {
    const dates: number[] = [];
    for (const g of groups)
      for (const l of g.lanes)
        for (const m of l.milestones) {
          const d = minuteOf(m.date);
          const b = minuteOf(m.baselineDate);
          if (d !== null) dates.push(d);
          if (b !== null) dates.push(b);
        }
    return { ...axisRange({ dates, today: todayMinute, from, to }), width: chartWidth, pad: 14 };
  }, [groups, todayMinute, from, to, chartWidth]);
  const layout = useMemo(() => layoutTimeline(groups, axis), [groups, axis]);
  const unit = axisUnit(pxPerDay(axis));
  const parent = parentUnit(unit);
  const todayX = inRange(axis, todayMinute) ? xOf(axis, todayMinute) : null;
  const ticks = useMemo(() => axisTicks(axis, unit), [axis, unit]);
  const parentStarts = useMemo(
    () => new Set(parent ? axisTicks(axis, parent).map((t) => t.start) : []),
    [axis, parent],
  );
  const open = useMemo(() => (projectId: string) => navigate(`/projects/${projectId}/plan`), [navigate]);

  return (
    <div ref={ref} className={classes.root}>
      {width > 0 && (
        <>
          <div className={classes.axis}>
            <div className={classes.corner} style={{ width: labelWidth }}>
              Project
            </div>
            <TimelineAxis axis={axis} unit={unit} todayX={todayX} />
          </div>
          <div className={classes.body}>
            <div className={classes.labels} style={{ width: labelWidth }}>
              {layout.groups.map((g) => (
                <div key={g.group.id ?? 'none'}>
                  <div className={classes.groupLabel} style={{ height: ROW.group }} title={g.group.name}>
                    <span className={classes.groupName}>{g.group.name}</span>
                  </div>
                  {g.lanes.map((l) => (
                    <div
                      key={l.lane.projectId}
                      className={`${classes.laneLabel} ${l.index % 2 === 1 ? classes.stripe : ''}`}
                      style={{ height: l.height }}
                      title={`${l.lane.code} — ${l.lane.name}`}
                    >
                      <Anchor
                        component={Link}
                        to={`/projects/${l.lane.projectId}/plan`}
                        ff="monospace"
                        fw={600}
                        size="sm"
                      >
                        {l.lane.code}
                      </Anchor>
                      {!compact && <span className={classes.laneName}>{l.lane.name}</span>}
                    </div>
                  ))}
                </div>
              ))}
            </div>
            <svg
              data-testid="milestone-timeline"
              width={chartWidth}
              height={layout.height}
              style={{ display: 'block' }}
            >
              <title>Milestone timeline</title>
              {/* Bands first, the grid over them, the milestones on top. */}
              {layout.groups.map((g) => (
                <g key={g.group.id ?? 'none'}>
                  <rect className={classes.groupFill} x={0} y={g.y} width={chartWidth} height={ROW.group} />
                  <text className={classes.groupText} x={8} y={g.y + ROW.group / 2}>
                    {groupSummary(g.lanes)}
                  </text>
                  {g.lanes.map((l) => (
                    <LaneBackdrop key={l.lane.projectId} lane={l} width={chartWidth} />
                  ))}
                </g>
              ))}
              {ticks.map((t) => {
                const x = Math.round(xOf(axis, t.start)) + 0.5;
                const strong = parentStarts.has(t.start);
                return (
                  <line
                    key={t.start}
                    className={strong ? classes.tierLineStrong : classes.tierLine}
                    x1={x}
                    x2={x}
                    y1={0}
                    y2={layout.height}
                  />
                );
              })}
              {todayX !== null && <line className={classes.today} x1={todayX} x2={todayX} y1={0} y2={layout.height} />}
              {layout.groups.flatMap((g) =>
                g.lanes.map((l) => <Lane key={l.lane.projectId} lane={l} onHover={setHover} onOpen={open} />),
              )}
            </svg>
          </div>
          {hover && (
            <MilestoneTooltip
              milestone={hover.milestone}
              anchor={{ x: labelWidth + hover.x, y: AXIS_HEIGHT + hover.y, rootWidth: width }}
            />
          )}
        </>
      )}
    </div>
  );
}
