import { memo } from 'react';
import classes from './GanttChart.module.css';
import { tickLabel } from './labels.js';
import type { Tick, TickUnit } from './time-scale.js';

/** What the time-scale header draws: the two tiers' ticks for the rendered stretch of the axis. */
export interface GanttHeaderProps {
  readonly width: number;
  readonly height: number;
  /** The rendered stretch of the axis [viewLeft, viewLeft + viewWidth) in px. */
  readonly viewLeft: number;
  readonly viewWidth: number;
  /** Horizontal scroll offset: the top tier's labels stick to the left edge while their unit is in view. */
  readonly scrollLeft: number;
  readonly topUnit: TickUnit;
  readonly bottomUnit: TickUnit;
  readonly topTicks: readonly Tick[];
  readonly bottomTicks: readonly Tick[];
  readonly weekends: readonly Tick[];
  readonly xOf: (minute: number) => number;
  readonly todayX: number | null;
  readonly statusX: number | null;
}

/** The two-tier time scale above the bars; scrolls sideways with them and stays put vertically. */
export const GanttHeader = memo(function GanttHeader(props: GanttHeaderProps) {
  const { width, height, viewLeft, viewWidth, scrollLeft, xOf } = props;
  const topHeight = Math.floor(height / 2);
  const bottomHeight = height - topHeight;
  return (
    <div className={classes.header} style={{ width, height }}>
      <svg style={{ left: viewLeft }} width={viewWidth} height={height} aria-hidden="true">
        <g transform={`translate(${-viewLeft} 0)`}>
          {props.weekends.map((w) => (
            <rect
              key={w.start}
              className={classes.tierWeekend}
              x={xOf(w.start)}
              y={topHeight}
              width={xOf(w.end) - xOf(w.start)}
              height={bottomHeight}
            />
          ))}
          {props.topTicks.map((t) => {
            const x0 = xOf(t.start);
            const x1 = xOf(t.end);
            // The label follows the viewport's left edge until its unit scrolls out.
            const from = Math.max(x0, scrollLeft);
            const label = tickLabel(props.topUnit, t.start, x1 - from, 'top');
            return (
              <g key={t.start}>
                <line className={classes.tierLine} x1={x0 + 0.5} x2={x0 + 0.5} y1={0} y2={height} />
                {label && (
                  <text className={`${classes.tierText} ${classes.tierTextTop}`} x={from + 6} y={topHeight / 2}>
                    {label}
                  </text>
                )}
              </g>
            );
          })}
          {props.bottomTicks.map((t) => {
            const x0 = xOf(t.start);
            const x1 = xOf(t.end);
            const label = tickLabel(props.bottomUnit, t.start, x1 - x0, 'bottom');
            return (
              <g key={t.start}>
                <line className={classes.tierLine} x1={x0 + 0.5} x2={x0 + 0.5} y1={topHeight} y2={height} />
                {label && (
                  <text
                    className={classes.tierText}
                    x={(x0 + x1) / 2}
                    y={topHeight + bottomHeight / 2}
                    textAnchor="middle"
                  >
                    {label}
                  </text>
                )}
              </g>
            );
          })}
          <line
            className={classes.tierLine}
            x1={viewLeft}
            x2={viewLeft + viewWidth}
            y1={topHeight + 0.5}
            y2={topHeight + 0.5}
          />
          {props.statusX !== null && <Marker x={props.statusX} y={height} className={classes.statusMark} />}
          {props.todayX !== null && <Marker x={props.todayX} y={height} className={classes.todayMark} />}
        </g>
      </svg>
    </div>
  );
});

/** A small downward triangle on the header's bottom edge above a date line. */
function Marker({ x, y, className }: { x: number; y: number; className: string | undefined }) {
  return <path className={className} d={`M${x - 5} ${y - 6}L${x + 5} ${y - 6}L${x} ${y}Z`} />;
}
