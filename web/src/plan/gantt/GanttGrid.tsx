import { memo } from 'react';
import classes from './GanttChart.module.css';
import type { Tick } from './time-scale.js';

/** The chart's background for the rendered window: shading, grid lines, selection, date lines. */
export interface GanttGridProps {
  readonly viewLeft: number;
  readonly viewWidth: number;
  /** Content-space y of the window's top, and its height. */
  readonly top: number;
  readonly height: number;
  readonly weekends: readonly Tick[];
  readonly minorTicks: readonly Tick[];
  readonly majorTicks: readonly Tick[];
  readonly xOf: (minute: number) => number;
  readonly rowHeight: number;
  readonly selectedRows: readonly number[];
  readonly todayX: number | null;
  readonly statusX: number | null;
}

/** Non-working weekends shaded, a faint line per header cell, the selected rows, today and the status date. */
export const GanttGrid = memo(function GanttGrid(props: GanttGridProps) {
  const { viewLeft, viewWidth, top, height, xOf, rowHeight } = props;
  const bottom = top + height;
  const majors = new Set(props.majorTicks.map((t) => t.start));
  return (
    <g>
      {props.selectedRows.map((row) => (
        <rect
          key={`s${row}`}
          className={classes.selectedRow}
          x={viewLeft}
          y={row * rowHeight}
          width={viewWidth}
          height={rowHeight}
        />
      ))}
      {props.weekends.map((w) => (
        <rect
          key={`w${w.start}`}
          className={classes.weekend}
          x={xOf(w.start)}
          y={top}
          width={xOf(w.end) - xOf(w.start)}
          height={height}
        />
      ))}
      {props.minorTicks.map((t) =>
        majors.has(t.start) ? null : (
          <line
            key={`m${t.start}`}
            className={classes.gridMinor}
            x1={xOf(t.start) + 0.5}
            x2={xOf(t.start) + 0.5}
            y1={top}
            y2={bottom}
          />
        ),
      )}
      {props.majorTicks.map((t) => (
        <line
          key={`M${t.start}`}
          className={classes.gridMajor}
          x1={xOf(t.start) + 0.5}
          x2={xOf(t.start) + 0.5}
          y1={top}
          y2={bottom}
        />
      ))}
      {props.statusX !== null && (
        <line className={classes.statusDate} x1={props.statusX} x2={props.statusX} y1={top} y2={bottom}>
          <title>Status date</title>
        </line>
      )}
      {props.todayX !== null && (
        <line className={classes.today} x1={props.todayX} x2={props.todayX} y1={top} y2={bottom}>
          <title>Today</title>
        </line>
      )}
    </g>
  );
});
