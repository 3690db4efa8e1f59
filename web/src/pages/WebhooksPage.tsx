import { Anchor, Badge, Button, Card, EmptyState, Table, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { Webhook } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { useWebhooks } from '../api/webhooks.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { WebhookFormModal } from '../webhooks/WebhookFormModal.js';
import { deliveryStatus, endpointStatus } from '../webhooks/webhook-status.js';
import { NotFoundPage } from './NotFoundPage.js';

function scopeOf(w: Webhook): string {
  if (w.projectCode) return w.projectCode;
  if (w.portfolioName) return `Portfolio ${w.portfolioName}`;
  return 'Every project';
}

/** Webhook endpoints (admins and the PMO): what each receives and how its deliveries fare. */
export function WebhooksPage() {
  useDocumentTitle('Webhooks · Gantry');
  const me = useCurrentUser();
  const webhooks = useWebhooks();
  const [creating, setCreating] = useState(false);
  if (!can(me, 'webhook.manage')) return <NotFoundPage />;

  let body: ReactNode;
  if (webhooks.isPending) body = <TableSkeleton columns={5} rows={3} />;
  else if (webhooks.isError)
    body = <ErrorState error={webhooks.error} onRetry={() => webhooks.refetch()} title="Could not load webhooks" />;
  else if (webhooks.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconWebhook />}
        title="No webhooks yet"
        description="Register a URL to have Gantry POST project, plan and approval events to another system as they happen."
        py="xl"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={() => setCreating(true)}>
            Register a webhook
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" aria-label="Webhooks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Receiver</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>Projects</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last delivery</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {webhooks.data.items.map((w) => {
              const status = endpointStatus(w);
              const last = w.lastDelivery && deliveryStatus({ state: w.lastDelivery.state, attempts: 1 });
              return (
                <Table.Tr key={w.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/webhooks/${w.id}`} fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {w.url}
                    </Anchor>
                    {w.description && (
                      <Text size="xs" c="dimmed">
                        {w.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{w.eventTypes.includes('*') ? 'All' : `${w.eventTypes.length} chosen`}</Table.Td>
                  <Table.Td>{scopeOf(w)}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={status.color} radius="sm">
                      {status.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {w.lastDelivery && last ? (
                      <Text size="sm">
                        <Badge variant="light" color={last.color} radius="sm" mr={6}>
                          {w.lastDelivery.responseStatus ?? last.label}
                        </Badge>
                        {formatDateTime(w.lastDelivery.at)}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        None yet
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader
        title="Webhooks"
        subtitle="Other systems told of what happens in Gantry, signed and retried for 24 hours"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New webhook
          </Button>
        }
      />
      <Card withBorder radius="md" padding={0}>
        {body}
      </Card>
      {creating && <WebhookFormModal webhook={null} onClose={() => setCreating(false)} />}
    </>
  );
}
