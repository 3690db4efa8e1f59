import type { PlanTask } from '../../../../src/contracts/index.js';
import classes from './GanttTooltip.module.css';
import { formatDisplayDateTime, formatWorkingDays } from './labels.js';
import { minuteOf } from './time-scale.js';

/** Where the pointer is, relative to the chart's root, and the room there is. */
export interface TooltipAnchor {
  readonly x: number;
  readonly y: number;
  readonly rootWidth: number;
  readonly rootHeight: number;
}

const OFFSET = 14;
const WIDTH_GUESS = 260;
const HEIGHT_GUESS = 130;

/** The hovered task's name, dates, duration, total float and criticality. */
export function GanttTooltip({ task, anchor }: { task: PlanTask; anchor: TooltipAnchor }) {
  // Flip to the pointer's other side near the right and bottom edges instead of being cut off.
  const left = anchor.x + OFFSET + WIDTH_GUESS > anchor.rootWidth ? anchor.x - OFFSET - WIDTH_GUESS : anchor.x + OFFSET;
  const top =
    anchor.y + OFFSET + HEIGHT_GUESS > anchor.rootHeight ? anchor.y - OFFSET - HEIGHT_GUESS : anchor.y + OFFSET;
  const kind = task.summary ? 'Summary' : task.milestone || task.durationMinutes === 0 ? 'Milestone' : null;
  return (
    <div className={classes.tooltip} role="tooltip" style={{ left: Math.max(4, left), top: Math.max(4, top) }}>
      <div className={classes.title}>
        {task.wbs ? `${task.wbs}  ` : ''}
        {task.name}
        {kind && ` (${kind})`}
      </div>
      <dl className={classes.grid}>
        <dt>Start</dt>
        <dd>{formatDisplayDateTime(minuteOf(task.start))}</dd>
        <dt>Finish</dt>
        <dd>{formatDisplayDateTime(minuteOf(task.finish))}</dd>
        <dt>Duration</dt>
        <dd>{formatWorkingDays(task.durationMinutes)}</dd>
        <dt>Total float</dt>
        <dd>{formatWorkingDays(task.totalFloatMinutes)}</dd>
        {task.levelingDelayMinutes > 0 && (
          <>
            <dt>Leveling</dt>
            <dd>{`delayed ${formatWorkingDays(task.levelingDelayMinutes)} by leveling`}</dd>
          </>
        )}
        <dt>Critical</dt>
        <dd>{task.critical ? 'Yes' : 'No'}</dd>
        {task.percentComplete > 0 && (
          <>
            <dt>Complete</dt>
            <dd>{`${Math.round(task.percentComplete)}%`}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
