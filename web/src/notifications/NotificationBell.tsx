import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../src/contracts/index.js';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api/notifications.js';
import { ErrorState } from '../components/QueryStates.js';
import { NotificationList } from './NotificationList.js';

/** The header's bell: the unread count, and the latest notifications in a popover. */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount().data ?? 0;
  const latest = useNotifications({ pageSize: 8 });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const label = unread === 0 ? 'Notifications' : `Notifications: ${unread} unread`;

  const open = (n: Notification) => {
    if (n.readAt === null) markRead.mutate(n.id);
    setOpened(false);
    navigate(n.link);
  };
  const go = (path: string) => {
    setOpened(false);
    navigate(path);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withArrow>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={18} offset={6} disabled={unread === 0} color="red">
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)}>
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-label="Latest notifications">
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={unread === 0} onClick={() => markAll.mutate()}>
            Mark all read
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420}>
          {latest.isError ? (
            <ErrorState error={latest.error} onRetry={() => latest.refetch()} title="Could not load notifications" />
          ) : latest.data?.items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md" ta="center">
              Nothing yet. You will hear here when your tasks move, your projects change state, or someone needs you.
            </Text>
          ) : (
            <NotificationList items={latest.data?.items ?? []} onOpen={open} />
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="space-between" px="sm" py={6}>
          <Button size="compact-sm" variant="subtle" onClick={() => go('/notifications')}>
            See all
          </Button>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => go('/notifications#preferences')}>
            Settings
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
