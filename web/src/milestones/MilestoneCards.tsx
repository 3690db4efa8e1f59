import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { MilestoneStatusBadge } from './MilestoneStatusBadge.js';
import { formatSlip } from './milestone-model.js';
import { formatMilestoneDate } from './timeline-scale.js';

/** The milestone list on phones: one card per milestone instead of a squeezed six-column table. */
export function MilestoneCards({ milestones }: { milestones: readonly PortfolioMilestone[] }) {
  return (
    <Stack gap="xs" p="sm" role="list" aria-label="Milestones">
      {milestones.map((m) => (
        <Paper key={m.taskId} withBorder radius="md" p="sm" role="listitem" data-milestone-id={m.taskId}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Text size="sm" fw={600} style={{ minWidth: 0 }}>
              {m.name}
            </Text>
            <MilestoneStatusBadge status={m.status} />
          </Group>
          <Anchor component={Link} to={`/projects/${m.projectId}/plan`} size="xs">
            {m.projectCode} · {m.projectName}
          </Anchor>
          <Group gap="md" mt={4}>
            <Text size="xs">{formatMilestoneDate(m.date)}</Text>
            <Text size="xs" c="dimmed">
              Baseline {formatMilestoneDate(m.baselineDate)}
            </Text>
            <Text size="xs" fw={600} c={(m.slipMinutes ?? 0) > 0 ? 'red.7' : 'dimmed'}>
              {formatSlip(m.slipMinutes)}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
