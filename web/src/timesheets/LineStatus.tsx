import { Badge, Text } from '@mantine/core';
import type { TimesheetLine } from '../../../src/contracts/index.js';

const STATUS: Record<TimesheetLine['status'], { label: string; colour: string }> = {
  draft: { label: 'Draft', colour: 'gray' },
  submitted: { label: 'Waiting for approval', colour: 'yellow' },
  approved: { label: 'Approved', colour: 'teal' },
  returned: { label: 'Returned', colour: 'orange' },
};

/** A line's status as a badge. */
export function LineStatusBadge({ status }: { status: TimesheetLine['status'] }) {
  return (
    <Badge color={STATUS[status].colour} variant="light" size="sm" miw="fit-content">
      {STATUS[status].label}
    </Badge>
  );
}

/**
 * The approver's comment on a returned line (it stays while the line is corrected and saved again,
 * until it is submitted again), with who returned it.
 */
export function LineComment({ line }: { line: TimesheetLine }) {
  if (!line.comment) return null;
  const who = line.decidedBy?.name ?? 'Returned';
  return (
    <Text size="xs" c="orange.8" style={{ overflowWrap: 'anywhere' }} data-testid="return-comment">
      {who}: {line.comment}
    </Text>
  );
}
