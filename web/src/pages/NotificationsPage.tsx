import { Button, Card, EmptyState, Group, SegmentedControl, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Notification } from '../../../src/contracts/index.js';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications.js';
import { PageHeader } from '../components/PageHeader.js';
import { Pager } from '../components/Pager.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { NotificationList } from '../notifications/NotificationList.js';
import { NotificationPreferencesPanel } from '../notifications/NotificationPreferencesPanel.js';

const PAGE_SIZE = 25;

/** Every notification of the signed-in user, paged, and what they choose to hear about. */
export function NotificationsPage() {
  useDocumentTitle('Notifications · Gantry');
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useNotifications({ page, pageSize: PAGE_SIZE, ...(filter === 'unread' ? { unread: 'true' } : {}) });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === '#preferences') document.getElementById('preferences')?.scrollIntoView();
  }, [hash]);

  const open = (n: Notification) => {
    if (n.readAt === null) markRead.mutate(n.id);
    navigate(n.link);
  };

  let body: ReactNode;
  if (list.isPending) body = <TableSkeleton columns={1} rows={4} />;
  else if (list.isError)
    body = <ErrorState error={list.error} onRetry={() => list.refetch()} title="Could not load notifications" />;
  else if (list.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconBell />}
        title={filter === 'unread' ? 'All read' : 'No notifications yet'}
        description="You hear here when your tasks move, your projects change state, or someone needs your decision."
        py="xl"
      />
    );
  else body = <NotificationList items={list.data.items} onOpen={open} />;

  return (
    <>
      <PageHeader
        title="Notifications"
        subtitle="What happened to your tasks and projects"
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} />}
            disabled={!list.data?.unread}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Mark all read
          </Button>
        }
      />
      <Stack gap="md">
        <Group>
          <SegmentedControl
            aria-label="Show"
            value={filter}
            onChange={(v) => {
              setFilter(v as 'all' | 'unread');
              setPage(1);
            }}
            data={[
              { value: 'all', label: 'All' },
              { value: 'unread', label: `Unread${list.data ? ` (${list.data.unread})` : ''}` },
            ]}
          />
        </Group>
        <Card withBorder radius="md" padding={0}>
          {body}
        </Card>
        {list.data && list.data.total > 0 && (
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} noun="notifications" />
        )}
        <NotificationPreferencesPanel />
      </Stack>
    </>
  );
}
