import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PortfolioHealthItem } from '../../../src/contracts/index.js';
import { useActions } from '../api/actions.js';
import { useCurrentUser } from '../api/auth.js';
import { ErrorState } from '../components/QueryStates.js';
import { formatDate } from '../lib/dates.js';

const SHOWN = 5;

/** Reports the user owes on the projects they manage, soonest first (overdue ones lead). */
function ReportsDue({ rows }: { rows: readonly PortfolioHealthItem[] }) {
  const me = useCurrentUser();
  const due = rows
    .filter((p) => p.managerId === me.user.id && p.reportDue !== null)
    .sort((a, b) => (a.reportDue as string).localeCompare(b.reportDue as string));
  return (
    <Card withBorder padding="md" aria-labelledby="reports-due-heading">
      <Title order={3} size="h5" mb="xs" id="reports-due-heading">
        Status reports due
      </Title>
      {due.length === 0 ? (
        <Text size="sm" c="dimmed">
          No report is due on the projects you manage.
        </Text>
      ) : (
        <Stack gap={6} data-testid="reports-due">
          {due.slice(0, SHOWN).map((p) => (
            <Group key={p.projectId} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={`/projects/${p.projectId}/reports`} size="sm" lineClamp={1}>
                {p.code} {p.name}
              </Anchor>
              <Text size="sm" c={(p.reportOverdueDays ?? 0) > 0 ? 'red.8' : undefined} className="gantry-nowrap">
                {(p.reportOverdueDays ?? 0) > 0
                  ? `${p.reportOverdueDays} day${p.reportOverdueDays === 1 ? '' : 's'} overdue`
                  : `due ${formatDate(p.reportDue as string)}`}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** The open corrective actions the user owns, earliest due first. */
function ActionsOwned() {
  const actions = useActions({ mine: true, status: ['open', 'in_progress'], pageSize: SHOWN });
  return (
    <Card withBorder padding="md" aria-labelledby="actions-owned-heading">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="actions-owned-heading">
          Corrective actions you own
        </Title>
        <Anchor component={Link} to="/actions" size="sm">
          All my actions
        </Anchor>
      </Group>
      {actions.isPending && (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      )}
      {actions.isError && (
        <ErrorState error={actions.error} onRetry={() => actions.refetch()} title="Could not load actions" />
      )}
      {actions.data && actions.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          You own no open corrective actions.
        </Text>
      )}
      {actions.data && actions.data.items.length > 0 && (
        <Stack gap={6} data-testid="actions-owned">
          {actions.data.items.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={`/projects/${a.projectId}/actions`} size="sm" lineClamp={1}>
                {a.projectCode}: {a.title}
              </Anchor>
              <Text size="sm" c={a.overdue ? 'red.8' : undefined} className="gantry-nowrap">
                {a.overdue ? 'overdue' : 'due'} {formatDate(a.dueDate)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/**
 * A project manager's own work on their home page: the reports they owe and the actions they own.
 * Rows are the dashboard's (already loaded), so the reports cost no extra request.
 */
export function MyWorkPanel({ rows }: { rows: readonly PortfolioHealthItem[] }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="my-work">
      <ReportsDue rows={rows} />
      <ActionsOwned />
    </SimpleGrid>
  );
}
