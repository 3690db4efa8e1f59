import { Badge } from '@mantine/core';
import type { ProjectState } from '../../../src/core/lifecycle.js';
import { PRIORITY_LABELS, priorityColor, STATE_COLORS, stateLabel } from '../lib/states.js';

/** A project's lifecycle state as a coloured badge. Never shrinks: a clipped "EXECUTI…" is worse than a wider column. */
export function StateBadge({ state, size = 'sm' }: { state: ProjectState; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={STATE_COLORS[state]} variant="light" size={size} radius="sm" miw="max-content">
      {stateLabel(state)}
    </Badge>
  );
}

/** Priority 1–5 with its word, coloured by urgency. */
export function PriorityBadge({ priority }: { priority: number }) {
  return (
    <Badge
      color={priorityColor(priority)}
      variant="dot"
      size="sm"
      radius="sm"
      title={`Priority ${priority} of 5`}
      miw="max-content"
    >
      {priority} · {PRIORITY_LABELS[priority] ?? ''}
    </Badge>
  );
}

/** Marks a proposal whose manager asked the PMO for approval: the PMO's to-do, visible in every list. */
export function ApprovalRequestedBadge({ size = 'sm' }: { size?: 'sm' | 'md' }) {
  return (
    <Badge color="grape" variant="outline" size={size} radius="sm" miw="max-content">
      Approval requested
    </Badge>
  );
}
