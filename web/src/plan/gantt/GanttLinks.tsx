import { memo, type ReactNode } from 'react';
import type { PlanLink, PlanTask } from '../../../../src/contracts/index.js';
import classes from './GanttChart.module.css';
import { barGeometry, type RowGeometry } from './geometry.js';
import { linkPath } from './link-path.js';
import { TaskKind, type Timeline } from './timeline.js';

/** The links to draw: indices into `links` of those touching or crossing the rendered rows. */
export interface GanttLinksProps {
  readonly links: readonly PlanLink[];
  readonly visible: readonly number[];
  readonly tasks: readonly PlanTask[];
  readonly timeline: Timeline;
  readonly geometry: RowGeometry;
}

const TYPE_NAMES: Readonly<Record<PlanLink['type'], string>> = {
  FS: 'finish-to-start',
  SS: 'start-to-start',
  FF: 'finish-to-finish',
  SF: 'start-to-finish',
};

/** Elbow connectors with arrowheads; red when both ends are critical. */
export const GanttLinks = memo(function GanttLinks({ links, visible, tasks, timeline, geometry }: GanttLinksProps) {
  const out: ReactNode[] = [];
  for (const k of visible) {
    const link = links[k]!;
    const p = timeline.indexOf.get(link.predecessorId);
    const s = timeline.indexOf.get(link.successorId);
    if (p === undefined || s === undefined || p === s) continue;
    if (timeline.kind[p] === TaskKind.none || timeline.kind[s] === TaskKind.none) continue;
    const shape = linkPath(
      link.type,
      barGeometry(timeline, p, geometry),
      barGeometry(timeline, s, geometry),
      geometry.rowHeight,
    );
    const critical = tasks[p]!.critical && tasks[s]!.critical ? 'true' : undefined;
    out.push(
      <g key={link.id} className={classes.linkGroup} data-link-id={link.id} data-critical={critical}>
        <title>{`${tasks[p]!.name} → ${tasks[s]!.name} (${TYPE_NAMES[link.type]})`}</title>
        <path className={classes.link} d={shape.d} />
        <path className={classes.arrow} d={shape.arrow} />
      </g>,
    );
  }
  return <g>{out}</g>;
});
