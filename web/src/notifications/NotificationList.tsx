import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Notification } from '../../../src/contracts/index.js';
import { formatDateTime } from '../lib/dates.js';

/** Notifications as rows: unread ones marked with a dot; choosing one opens what it is about. */
export function NotificationList({
  items,
  onOpen,
}: {
  items: readonly Notification[];
  onOpen: (n: Notification) => void;
}) {
  return (
    <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notifications">
      {items.map((n) => (
        <li key={n.id}>
          <UnstyledButton
            onClick={() => onOpen(n)}
            w="100%"
            px="sm"
            py={8}
            className="gantry-notification"
            data-unread={n.readAt === null || undefined}
            aria-label={`${n.readAt === null ? 'Unread: ' : ''}${n.title}`}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <span
                aria-hidden
                style={{
                  marginTop: 7,
                  flex: '0 0 8px',
                  height: 8,
                  borderRadius: 4,
                  background: n.readAt === null ? 'var(--mantine-color-blue-6)' : 'transparent',
                }}
              />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={n.readAt === null ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
                  {n.title}
                </Text>
                {n.body && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {n.body}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt)}
                </Text>
              </Stack>
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
