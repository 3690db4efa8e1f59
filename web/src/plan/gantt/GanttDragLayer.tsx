import classes from './GanttChart.module.css';
import { barGeometry, type RowGeometry } from './geometry.js';
import { formatDisplayDateTime } from './labels.js';
import type { Timeline } from './timeline.js';
import type { GanttDrag } from './use-gantt-drag.js';

/** The feedback of a drag: a ghost bar with its new date, or a dashed line towards the link target. */
export function GanttDragLayer({
  drag,
  timeline,
  geometry: g,
}: {
  drag: GanttDrag;
  timeline: Timeline;
  geometry: RowGeometry;
}) {
  const bar = barGeometry(timeline, drag.index, g);
  const ppm = timeline.pxPerMinute;
  if (drag.mode === 'link') {
    const fromX = bar.x1 + (timeline.x0[drag.index] === timeline.x1[drag.index] ? 8 : 9);
    const target = drag.target >= 0 ? barGeometry(timeline, drag.target, g) : null;
    return (
      <g data-drag="link">
        <path className={classes.linkDraft} d={`M${fromX} ${bar.y}L${drag.pointerX} ${drag.pointerY}`} />
        {target && (
          <rect
            className={classes.dropTarget}
            x={target.x0 - 3}
            y={target.y - target.half - 3}
            width={target.x1 - target.x0 + 6}
            height={2 * target.half + 6}
            rx={3}
          />
        )}
      </g>
    );
  }
  const x0 = (drag.start - timeline.origin) * ppm;
  const x1 = (drag.finish - timeline.origin) * ppm;
  const milestone = timeline.x0[drag.index] === timeline.x1[drag.index];
  const top = bar.y - bar.half;
  const label = formatDisplayDateTime(drag.mode === 'move' ? drag.start : drag.finish);
  const labelX = drag.mode === 'move' ? x0 : x1;
  return (
    <g data-drag={drag.mode}>
      {milestone ? (
        <path
          className={classes.ghost}
          d={`M${x0} ${top}L${x0 + bar.half} ${bar.y}L${x0} ${bar.y + bar.half}L${x0 - bar.half} ${bar.y}Z`}
        />
      ) : (
        <rect className={classes.ghost} x={x0} y={top} width={Math.max(2, x1 - x0)} height={2 * bar.half} rx={2} />
      )}
      <text
        className={classes.ghostLabel}
        x={labelX}
        y={drag.index === 0 ? bar.y + bar.half + 9 : top - 9}
        textAnchor={drag.mode === 'move' ? 'start' : 'end'}
      >
        {drag.mode === 'move' ? `Start ${label}` : `Finish ${label}`}
      </text>
    </g>
  );
}
