import { Badge, CloseButton } from '@mantine/core';
import { type MilestoneStatus, STATUS_COLORS, STATUS_LABELS } from './milestone-model.js';

/** A milestone's status as a coloured badge; with `onRemove`, a pill in the status filter. */
export function MilestoneStatusBadge({ status, onRemove }: { status: MilestoneStatus; onRemove?: () => void }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      size="sm"
      radius="sm"
      miw="max-content"
      pr={onRemove ? 2 : undefined}
      rightSection={
        onRemove && (
          <CloseButton
            size={14}
            iconSize={10}
            variant="transparent"
            c={STATUS_COLORS[status]}
            aria-label={`Remove ${STATUS_LABELS[status]}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={onRemove}
          />
        )
      }
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}
