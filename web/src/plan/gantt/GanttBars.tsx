import { memo, type ReactNode } from 'react';
import type { PlanTask } from '../../../../src/contracts/index.js';
import classes from './GanttChart.module.css';
import type { RowGeometry } from './geometry.js';
import { formatShortDate } from './labels.js';
import { minuteOf } from './time-scale.js';
import { type BaselineDates, TaskKind, type Timeline } from './timeline.js';

/** The bars of rows [first, last]. */
export interface GanttBarsProps {
  readonly tasks: readonly PlanTask[];
  readonly timeline: Timeline;
  readonly first: number;
  readonly last: number;
  readonly geometry: RowGeometry;
  readonly baseline: ReadonlyMap<string, BaselineDates> | undefined;
  /** The live plan's dates of the tasks a scenario moved, drawn faintly behind their bars. */
  readonly ghosts: ReadonlyMap<string, BaselineDates> | undefined;
  readonly selectedIds: ReadonlySet<string> | undefined;
  readonly editable: boolean;
  /** The scrollable width: a label that would run past it goes left of its bar. */
  readonly width: number;
}

/** Gap between a bar's end and its label; wider when editable, to leave room for the link handle. */
const LABEL_GAP = 6;
const LABEL_GAP_EDITABLE = 18;
const LABEL_CHAR_PX = 6.2;
const LABEL_MAX_CHARS = 60;

function labelText(task: PlanTask): string {
  return task.name.length > LABEL_MAX_CHARS ? `${task.name.slice(0, LABEL_MAX_CHARS - 1)}…` : task.name;
}

/** Baselines, bars, diamonds, summary brackets and labels; one group per bar carries the test hooks. */
export const GanttBars = memo(function GanttBars(props: GanttBarsProps) {
  const { tasks, timeline, first, last, geometry: g, baseline, ghosts, selectedIds, editable } = props;
  const ghostBars: ReactNode[] = [];
  const baselines: ReactNode[] = [];
  const bars: ReactNode[] = [];
  const labels: ReactNode[] = [];
  const ppm = timeline.pxPerMinute;
  for (let i = first; i <= last; i++) {
    const task = tasks[i]!;
    const rowTop = i * g.rowHeight;
    const ghost = ghosts?.get(task.id);
    if (ghost) ghostBars.push(ghostBar(task.id, ghost, timeline, i, rowTop, g));
    const base = baseline?.get(task.id);
    if (base && g.baselineHeight > 0) {
      const bs = minuteOf(base.start ?? base.finish);
      const bf = minuteOf(base.finish ?? base.start);
      if (!Number.isNaN(bs) && !Number.isNaN(bf)) {
        const bx = (bs - timeline.origin) * ppm;
        // A baseline milestone is a grey diamond behind the current one: it shows when the date slipped.
        const h = g.diamondHalf - 1;
        const cy = rowTop + g.barY;
        baselines.push(
          timeline.kind[i] === TaskKind.milestone ? (
            <path
              key={task.id}
              className={classes.baseline}
              data-baseline-for={task.id}
              d={`M${bx} ${cy - h}L${bx + h} ${cy}L${bx} ${cy + h}L${bx - h} ${cy}Z`}
            />
          ) : (
            <rect
              key={task.id}
              className={classes.baseline}
              data-baseline-for={task.id}
              x={bx}
              y={rowTop + g.baselineTop}
              width={Math.max(2, (bf - bs) * ppm)}
              height={g.baselineHeight}
              rx={1}
            />
          ),
        );
      }
    }
    const kind = timeline.kind[i];
    if (kind === TaskKind.none) continue;
    const x0 = timeline.x0[i]!;
    const x1 = timeline.x1[i]!;
    const selected = selectedIds?.has(task.id) ? 'true' : undefined;
    const critical = task.critical ? 'true' : undefined;
    const common = {
      className: classes.bar,
      'data-task-id': task.id,
      'data-critical': critical,
      'data-selected': selected,
    };
    let right = x1;
    if (kind === TaskKind.milestone) {
      const h = g.diamondHalf;
      const cy = rowTop + g.barY;
      right = x0 + h;
      bars.push(
        <g key={task.id} {...common} data-kind="milestone">
          <path className={classes.diamond} d={`M${x0} ${cy - h}L${x0 + h} ${cy}L${x0} ${cy + h}L${x0 - h} ${cy}Z`} />
          {editable && <circle className={classes.linkHandle} data-link-handle="" cx={x0 + h + 8} cy={cy} r={4} />}
        </g>,
      );
    } else if (kind === TaskKind.summary) {
      const top = rowTop + g.barTop;
      const w = Math.max(1, x1 - x0);
      const foot = Math.min(5, w / 2);
      const drop = Math.round(g.barHeight * 0.85);
      const progress = w * Math.min(1, Math.max(0, task.percentComplete / 100));
      bars.push(
        <g key={task.id} {...common} data-kind="summary">
          <path
            className={classes.summaryShape}
            d={`M${x0} ${top}H${x0 + w}V${top + drop}L${x0 + w - foot} ${top + g.summaryHeight}H${x0 + foot}L${x0} ${top + drop}Z`}
          />
          {progress > 0 && (
            <rect
              className={classes.summaryProgress}
              x={x0}
              y={top + g.summaryHeight / 2 - 1}
              width={progress}
              height={2}
            />
          )}
        </g>,
      );
    } else {
      const top = rowTop + g.barTop;
      const w = Math.max(2, x1 - x0);
      const progress = w * Math.min(1, Math.max(0, task.percentComplete / 100));
      const inset = Math.max(2, Math.round(g.barHeight * 0.3));
      bars.push(
        <g key={task.id} {...common} data-kind="task">
          <rect className={classes.barBody} x={x0 + 0.5} y={top + 0.5} width={w - 1} height={g.barHeight - 1} rx={2} />
          {progress > 0 && (
            <rect
              className={classes.progress}
              x={x0 + 1}
              y={top + inset}
              width={Math.max(0, progress - 2)}
              height={g.barHeight - 2 * inset}
            />
          )}
          {editable && (
            <>
              <rect className={classes.resizeEdge} x={x0 + w - 6} y={top} width={6} height={g.barHeight} />
              <circle
                className={classes.linkHandle}
                data-link-handle=""
                cx={x0 + w + 9}
                cy={top + g.barHeight / 2}
                r={4}
              />
            </>
          )}
        </g>,
      );
    }
    const text = labelText(task);
    const milestoneDate = kind === TaskKind.milestone ? formatShortDate(timeline.start[i]!) : '';
    const estimate = (text.length + milestoneDate.length + 1) * LABEL_CHAR_PX;
    const gap = editable ? LABEL_GAP_EDITABLE : LABEL_GAP;
    const fitsRight = right + gap + estimate <= props.width;
    const left = kind === TaskKind.milestone ? x0 - g.diamondHalf : x0;
    labels.push(
      <text
        key={task.id}
        className={kind === TaskKind.summary ? `${classes.label} ${classes.labelSummary}` : classes.label}
        x={fitsRight ? right + gap : left - LABEL_GAP}
        y={rowTop + g.barY}
        textAnchor={fitsRight ? 'start' : 'end'}
      >
        {text}
        {milestoneDate && <tspan className={classes.labelDate}>{`  ${milestoneDate}`}</tspan>}
      </text>,
    );
  }
  return (
    <>
      <g>{ghostBars}</g>
      <g>{baselines}</g>
      <g>{bars}</g>
      <g>{labels}</g>
    </>
  );
});

/** How far a ghost sits below its bar, so it shows as a shadow even where the scenario's bar covers it. */
const GHOST_DROP = 4;

/** A task's live bar (or diamond) where a scenario moved it from, as a dashed shadow behind its bar. */
function ghostBar(
  id: string,
  dates: BaselineDates,
  timeline: Timeline,
  i: number,
  rowTop: number,
  g: RowGeometry,
): ReactNode {
  const s = minuteOf(dates.start ?? dates.finish);
  const f = minuteOf(dates.finish ?? dates.start);
  if (Number.isNaN(s) || Number.isNaN(f)) return null;
  const x = (s - timeline.origin) * timeline.pxPerMinute;
  if (timeline.kind[i] === TaskKind.milestone) {
    const h = g.diamondHalf;
    const cy = rowTop + g.barY + GHOST_DROP / 2;
    return (
      <path
        key={id}
        className={classes.liveGhost}
        data-ghost-for={id}
        d={`M${x} ${cy - h}L${x + h} ${cy}L${x} ${cy + h}L${x - h} ${cy}Z`}
      />
    );
  }
  const top = rowTop + g.barTop + GHOST_DROP;
  const height = timeline.kind[i] === TaskKind.summary ? g.summaryHeight : g.barHeight;
  return (
    <rect
      key={id}
      className={classes.liveGhost}
      data-ghost-for={id}
      x={x + 0.5}
      y={top + 0.5}
      width={Math.max(2, (f - s) * timeline.pxPerMinute - 1)}
      height={height - 1}
      rx={2}
    />
  );
}
