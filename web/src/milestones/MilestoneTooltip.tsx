import { Group, Text } from '@mantine/core';
import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { MilestoneStatusBadge } from './MilestoneStatusBadge.js';
import classes from './MilestoneTimeline.module.css';
import { formatSlip } from './milestone-model.js';
import { formatMilestoneDate, minuteOf } from './timeline-scale.js';

const WIDTH = 280;
const HEIGHT_GUESS = 170;
const OFFSET = 12;

/** Where the hovered diamond is, relative to the timeline's root, and the room there is. */
export interface TooltipAnchor {
  readonly x: number;
  readonly y: number;
  readonly rootWidth: number;
}

/** The hovered milestone: name, project, date, baseline, slip, deadline, status. */
export function MilestoneTooltip({ milestone: m, anchor }: { milestone: PortfolioMilestone; anchor: TooltipAnchor }) {
  // Right of the diamond, or left of it near the right edge; above it when there is room, else below.
  const left = anchor.x + OFFSET + WIDTH > anchor.rootWidth ? anchor.x - OFFSET - WIDTH : anchor.x + OFFSET;
  const top = anchor.y - HEIGHT_GUESS - OFFSET >= 0 ? anchor.y - HEIGHT_GUESS - OFFSET : anchor.y + OFFSET;
  const date = minuteOf(m.date);
  const deadline = minuteOf(m.deadline);
  const missed = date !== null && deadline !== null && date > deadline;
  return (
    <div className={classes.tooltip} role="tooltip" style={{ left: Math.max(4, left), top: Math.max(4, top) }}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text size="sm" fw={700} lh={1.3} style={{ minWidth: 0 }} lineClamp={2}>
          {m.name}
        </Text>
        <MilestoneStatusBadge status={m.status} />
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {m.projectCode} · {m.projectName}
        {m.wbs && ` · WBS ${m.wbs}`}
      </Text>
      <dl className={classes.tooltipGrid}>
        <dt>Date</dt>
        <dd>{formatMilestoneDate(m.date)}</dd>
        <dt>Baseline</dt>
        <dd>{m.baselineDate ? formatMilestoneDate(m.baselineDate) : 'none saved'}</dd>
        <dt>Slip</dt>
        <dd style={{ color: (m.slipMinutes ?? 0) > 0 ? 'var(--mantine-color-red-7)' : undefined, fontWeight: 600 }}>
          {m.slipMinutes === null ? '—' : `${formatSlip(m.slipMinutes)} (working days)`}
        </dd>
        <dt>Deadline</dt>
        <dd style={{ color: missed ? 'var(--mantine-color-red-7)' : undefined }}>
          {m.deadline ? `${formatMilestoneDate(m.deadline)}${missed ? ' — missed' : ''}` : '—'}
        </dd>
        {m.critical && (
          <>
            <dt>Critical</dt>
            <dd>On the critical path</dd>
          </>
        )}
      </dl>
    </div>
  );
}
