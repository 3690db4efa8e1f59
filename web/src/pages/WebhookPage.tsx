import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconSend, IconTruckDelivery } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { DeliveryState, WebhookDelivery } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { errorMessage } from '../api/client.js';
import {
  useDeleteWebhook,
  useDeliveries,
  useResendDelivery,
  useSendTestEvent,
  useUpdateWebhook,
  useWebhook,
} from '../api/webhooks.js';
import { PageHeader } from '../components/PageHeader.js';
import { Pager } from '../components/Pager.js';
import { DetailSkeleton, ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can, refusal } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { DeliveriesTable } from '../webhooks/DeliveriesTable.js';
import { DeliveryDetailModal } from '../webhooks/DeliveryDetailModal.js';
import { WebhookFormModal } from '../webhooks/WebhookFormModal.js';
import { endpointStatus } from '../webhooks/webhook-status.js';
import { NotFoundPage } from './NotFoundPage.js';

const PAGE_SIZE = 25;

/** One webhook endpoint: its settings, its deliveries with their outcome, re-sending, a test event. */
export function WebhookPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const webhook = useWebhook(id);
  const [state, setState] = useState<DeliveryState | 'all'>('all');
  const [page, setPage] = useState(1);
  const deliveries = useDeliveries(id, { page, pageSize: PAGE_SIZE, ...(state === 'all' ? {} : { state }) });
  const test = useSendTestEvent();
  const resend = useResendDelivery();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [details, setDetails] = useState<string | null>(null);
  useDocumentTitle(`${webhook.data?.url ?? 'Webhook'} · Gantry`);
  if (!can(me, 'webhook.manage')) return <NotFoundPage />;
  if (webhook.isPending) return <DetailSkeleton />;
  if (webhook.isError) return <ErrorState error={webhook.error} onRetry={() => webhook.refetch()} />;
  const w = webhook.data;
  const status = endpointStatus(w);
  const failed = (title: string) => (e: unknown) =>
    notifications.show({ color: 'red', title, message: errorMessage(e) });

  const onResend = (d: WebhookDelivery) =>
    resend.mutate(
      { id, deliveryId: d.id },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: `${d.eventType} #${d.eventSequence} queued again` }),
        onError: failed('Could not re-send'),
      },
    );

  let list: ReactNode;
  if (deliveries.isPending) list = <TableSkeleton columns={7} rows={4} />;
  else if (deliveries.isError)
    list = (
      <ErrorState error={deliveries.error} onRetry={() => deliveries.refetch()} title="Could not load deliveries" />
    );
  else if (deliveries.data.items.length === 0)
    list = (
      <EmptyState
        icon={<IconTruckDelivery />}
        title={state === 'all' ? 'Nothing delivered yet' : 'No deliveries in this state'}
        description="Events this webhook receives appear here as they are sent. Send a test event to try it."
        py="xl"
      />
    );
  else
    list = (
      <DeliveriesTable
        deliveries={deliveries.data.items}
        canResend={can(w, 'webhook.resend')}
        resending={resend.isPending ? (resend.variables?.deliveryId ?? null) : null}
        onResend={onResend}
        onDetails={(d) => setDetails(d.id)}
      />
    );

  return (
    <>
      <Anchor component={Link} to="/webhooks" size="sm">
        ← Webhooks
      </Anchor>
      <PageHeader
        title={<span style={{ overflowWrap: 'anywhere' }}>{w.url}</span>}
        subtitle={w.description || undefined}
        actions={
          <>
            {(can(w, 'webhook.test') || refusal(w, 'webhook.test')) && (
              <Tooltip label={refusal(w, 'webhook.test')} disabled={can(w, 'webhook.test')}>
                <Button
                  leftSection={<IconSend size={16} />}
                  variant="light"
                  disabled={!can(w, 'webhook.test')}
                  loading={test.isPending}
                  onClick={() =>
                    test.mutate(id, {
                      onSuccess: () => notifications.show({ color: 'teal', message: 'Test event queued' }),
                      onError: failed('Could not send a test event'),
                    })
                  }
                >
                  Send test event
                </Button>
              </Tooltip>
            )}
            {can(w, 'webhook.update') && (
              <>
                <Button variant="default" onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button
                  variant="default"
                  loading={update.isPending}
                  onClick={() =>
                    update.mutate({ id, active: !w.active, version: w.version }, { onError: failed('Could not save') })
                  }
                >
                  {w.active ? 'Disable' : 'Enable'}
                </Button>
              </>
            )}
            {can(w, 'webhook.delete') && (
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                Delete…
              </Button>
            )}
          </>
        }
      />
      <Stack gap="md">
        {!w.active && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="Disabled: nothing is sent to it">
            {w.disabledReason ?? 'Disabled.'} Enable it to receive new events again.
          </Alert>
        )}
        {w.active && w.failingSince && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle />} title="Its deliveries are failing">
            Every attempt since {formatDateTime(w.failingSince)} has failed. After 24 hours of failures it is disabled.
          </Alert>
        )}
        <Card withBorder radius="md">
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <div>
              <Text size="xs" c="dimmed">
                Status
              </Text>
              <Badge variant="dot" color={status.color} radius="sm">
                {status.label}
              </Badge>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Events
              </Text>
              <Text size="sm">{w.eventTypes.includes('*') ? 'All events' : w.eventTypes.join(', ')}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Projects
              </Text>
              <Text size="sm">
                {w.projectCode ?? (w.portfolioName ? `Portfolio ${w.portfolioName}` : 'Every project')}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Registered
              </Text>
              <Text size="sm">
                {formatDateTime(w.createdAt)} by {w.ownerName ?? 'a former user'}
              </Text>
            </div>
          </SimpleGrid>
        </Card>
        <Group justify="space-between">
          <Text fw={600}>Deliveries</Text>
          <SegmentedControl
            aria-label="Delivery state"
            size="xs"
            value={state}
            onChange={(v) => {
              setState(v as DeliveryState | 'all');
              setPage(1);
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'pending', label: 'Pending' },
              { value: 'succeeded', label: 'Delivered' },
              { value: 'failed', label: 'Failed' },
            ]}
          />
        </Group>
        <Card withBorder radius="md" padding={0}>
          {list}
        </Card>
        {deliveries.data && deliveries.data.total > 0 && (
          <Pager page={page} pageSize={PAGE_SIZE} total={deliveries.data.total} onPage={setPage} noun="deliveries" />
        )}
      </Stack>
      {editing && <WebhookFormModal webhook={w} onClose={() => setEditing(false)} />}
      {details && <DeliveryDetailModal webhookId={id} deliveryId={details} onClose={() => setDetails(null)} />}
      <Modal opened={deleting} onClose={() => setDeleting(false)} title="Delete webhook?" centered>
        <Stack>
          <Text size="sm">
            Nothing more is sent to {w.url}, and its delivery history goes with it. This cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(id, {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: 'Webhook deleted' });
                    navigate('/webhooks');
                  },
                  onError: failed('Could not delete'),
                })
              }
            >
              Delete webhook
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
