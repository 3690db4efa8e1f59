import { Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { Project } from '../../../src/contracts/index.js';
import { ApprovalRequestedBadge, PriorityBadge, StateBadge } from '../components/StateBadge.js';
import { formatDate } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';

/** The project list on phones: one card per project, as a wide table would not fit. */
export function ProjectCards({ projects }: { projects: readonly Project[] }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Projects">
      {projects.map((p) => (
        <li key={p.id}>
          <Card withBorder padding="sm" radius="md">
            <UnstyledButton component={Link} to={`/projects/${p.id}`} aria-label={`${p.code} ${p.name}`}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="xs" ff="monospace" c="blue" fw={600}>
                    {p.code}
                  </Text>
                  <Text fw={600} size="sm" lineClamp={2}>
                    {p.name}
                  </Text>
                </div>
                <Stack gap={4} align="flex-end">
                  <StateBadge state={p.state} />
                  {p.approvalRequest && <ApprovalRequestedBadge />}
                </Stack>
              </Group>
            </UnstyledButton>
            <Group justify="space-between" mt={8} gap="xs">
              <Text size="xs" c="dimmed">
                {p.managerName ?? 'Unassigned'} · {formatDate(p.plannedStart)} – {formatDate(p.plannedFinish)}
              </Text>
            </Group>
            <Group justify="space-between" mt={6}>
              <Text size="sm" fw={500}>
                {formatMoney(p.budgetMinor, p.currency)}
              </Text>
              <PriorityBadge priority={p.priority} />
            </Group>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
