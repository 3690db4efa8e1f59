import { Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePendingDecisions } from '../api/decisions.js';
import { ErrorState } from '../components/QueryStates.js';
import { formatDateTime } from '../lib/dates.js';

/** The PMO's queue: managers' requests for approval, oldest first; each opens the project to decide. */
export function PendingDecisions() {
  const pending = usePendingDecisions();
  return (
    <Card withBorder aria-label="Pending decisions">
      <Title order={2} size="h4" mb="sm">
        Pending decisions
      </Title>
      {pending.isPending ? (
        <Skeleton height={40} />
      ) : pending.isError ? (
        <ErrorState error={pending.error} onRetry={() => pending.refetch()} title="Could not load pending decisions" />
      ) : pending.data.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing awaits a decision.
        </Text>
      ) : (
        <Stack gap="xs">
          {pending.data.items.map((d) => (
            <Group key={d.projectId} justify="space-between" wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/projects/${d.projectId}`} size="sm" fw={500}>
                  Approve {d.projectCode} {d.projectName}?
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  Requested by {d.requestedBy?.name ?? 'someone'} {formatDateTime(d.requestedAt)}
                  {d.note ? ` · “${d.note}”` : ''}
                </Text>
              </Stack>
              {d.portfolioName && (
                <Text size="xs" c="dimmed">
                  {d.portfolioName}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
