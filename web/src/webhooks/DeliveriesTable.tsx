import { Badge, Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { WebhookDelivery } from '../../../src/contracts/index.js';
import { formatDateTime } from '../lib/dates.js';
import { deliveryStatus, formatDuration } from './webhook-status.js';

/** An endpoint's deliveries: what was sent, how it went, when it is tried next; re-send and details per row. */
export function DeliveriesTable({
  deliveries,
  canResend,
  resending,
  onResend,
  onDetails,
}: {
  deliveries: readonly WebhookDelivery[];
  canResend: boolean;
  resending: string | null;
  onResend: (d: WebhookDelivery) => void;
  onDetails: (d: WebhookDelivery) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" aria-label="Deliveries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Event</Table.Th>
            <Table.Th miw={104}>Status</Table.Th>
            <Table.Th>Response</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Last attempt</Table.Th>
            <Table.Th>Next attempt</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => {
            const status = deliveryStatus(d);
            const name = `${d.eventType} #${d.eventSequence}`;
            return (
              <Table.Tr key={d.id} data-delivery-id={d.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {d.eventType}
                  </Text>
                  <Text size="xs" c="dimmed">
                    #{d.eventSequence} · {formatDateTime(d.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={d.error ?? ''} disabled={!d.error} multiline maw={320}>
                    <Badge variant="light" color={status.color} radius="sm" data-testid="delivery-status">
                      {status.label}
                    </Badge>
                  </Tooltip>
                </Table.Td>
                <Table.Td data-testid="delivery-response">
                  {d.responseStatus ??
                    (d.error ? (
                      <Text size="sm" c="red">
                        {d.error}
                      </Text>
                    ) : (
                      '—'
                    ))}
                </Table.Td>
                <Table.Td className="gantry-nowrap">{formatDuration(d.durationMs)}</Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td className="gantry-nowrap">{d.lastAttemptAt ? formatDateTime(d.lastAttemptAt) : '—'}</Table.Td>
                <Table.Td className="gantry-nowrap">{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onDetails(d)}
                      aria-label={`Details of ${name}`}
                    >
                      Details
                    </Button>
                    {canResend && d.state !== 'pending' && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        loading={resending === d.id}
                        onClick={() => onResend(d)}
                        aria-label={`Resend ${name}`}
                      >
                        Resend
                      </Button>
                    )}
                    {canResend && d.state === 'pending' && d.attempts > 0 && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        loading={resending === d.id}
                        onClick={() => onResend(d)}
                        aria-label={`Resend ${name} now`}
                      >
                        Retry now
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
