import { Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useDelivery } from '../api/webhooks.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { formatDateTime } from '../lib/dates.js';
import { formatDuration } from './webhook-status.js';

/** Every attempt of one delivery and the exact JSON body it sends. */
export function DeliveryDetailModal({
  webhookId,
  deliveryId,
  onClose,
}: {
  webhookId: string;
  deliveryId: string;
  onClose: () => void;
}) {
  const detail = useDelivery(webhookId, deliveryId);
  return (
    <Modal opened onClose={onClose} title="Delivery" size="xl" centered>
      {detail.isPending ? (
        <TableSkeleton columns={4} rows={3} />
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => detail.refetch()} title="Could not load the delivery" />
      ) : (
        <Stack>
          <Text size="sm">
            {detail.data.eventType} · event {detail.data.eventId}
          </Text>
          {detail.data.history.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not tried yet.
            </Text>
          ) : (
            <Table aria-label="Attempts" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Response</Table.Th>
                  <Table.Th>Duration</Table.Th>
                  <Table.Th>Answer</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.data.history.map((a) => (
                  <Table.Tr key={`${a.at}-${a.durationMs}`}>
                    <Table.Td className="gantry-nowrap">
                      {formatDateTime(a.at)}
                      {a.manual ? ' (by hand)' : ''}
                    </Table.Td>
                    <Table.Td>{a.responseStatus ?? a.error}</Table.Td>
                    <Table.Td className="gantry-nowrap">{formatDuration(a.durationMs)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                        {a.responseExcerpt}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="sm" fw={500}>
            Body (the signature covers these exact bytes)
          </Text>
          <Code block style={{ maxHeight: 280, overflow: 'auto' }}>
            {JSON.stringify(JSON.parse(detail.data.body), null, 2)}
          </Code>
        </Stack>
      )}
    </Modal>
  );
}
