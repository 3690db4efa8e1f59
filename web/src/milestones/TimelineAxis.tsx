import { memo } from 'react';
import classes from './MilestoneTimeline.module.css';
import { type AxisTick, type AxisUnit, axisTicks, parentUnit, type TimeAxis, xOf } from './timeline-scale.js';

/** Header height in px: two tiers of 22. */
export const AXIS_HEIGHT = 44;
const CHAR_PX = 6.6;

function Tier(props: { ticks: readonly AxisTick[]; axis: TimeAxis; y: number; h: number; top: boolean }) {
  return (
    <>
      {props.ticks.map((t) => {
        const x0 = xOf(props.axis, t.start);
        const x1 = xOf(props.axis, t.end);
        const fits = x1 - x0 >= t.label.length * CHAR_PX + 8;
        return (
          <g key={t.start}>
            <line
              className={classes.tierLine}
              x1={Math.round(x0) + 0.5}
              x2={Math.round(x0) + 0.5}
              y1={props.y}
              y2={props.y + props.h}
            />
            {fits && (
              <text
                className={`${classes.tierText} ${props.top ? classes.tierTextTop : ''}`}
                x={props.top ? x0 + 6 : (x0 + x1) / 2}
                y={props.y + props.h / 2}
                textAnchor={props.top ? 'start' : 'middle'}
              >
                {t.label}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}

/** The time scale above the lanes: quarters or years on top, months or quarters below, and today. */
export const TimelineAxis = memo(function TimelineAxis(props: {
  axis: TimeAxis;
  unit: AxisUnit;
  todayX: number | null;
}) {
  const { axis, unit } = props;
  const parent = parentUnit(unit);
  const half = AXIS_HEIGHT / 2;
  // The "Today" pill stays whole near either edge; the line itself is exact.
  const pill = props.todayX === null ? 0 : Math.min(Math.max(props.todayX - 20, 0), axis.width - 40);
  return (
    <svg width={axis.width} height={AXIS_HEIGHT} aria-hidden="true" style={{ display: 'block' }}>
      {parent && <Tier ticks={axisTicks(axis, parent)} axis={axis} y={0} h={half} top />}
      {parent && <line className={classes.tierLine} x1={0} x2={axis.width} y1={half + 0.5} y2={half + 0.5} />}
      <Tier
        ticks={axisTicks(axis, unit)}
        axis={axis}
        y={parent ? half : 0}
        h={parent ? half : AXIS_HEIGHT}
        top={false}
      />
      {props.todayX !== null && (
        <g>
          <line className={classes.today} x1={props.todayX} x2={props.todayX} y1={half - 6} y2={AXIS_HEIGHT} />
          <rect className={classes.todayMark} x={pill} y={half - 17} width={40} height={13} rx={3} />
          <text className={classes.todayText} x={pill + 20} y={half - 10.5}>
            Today
          </text>
        </g>
      )}
    </svg>
  );
});
