import { Card, Group, Stack, Switch, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { ActionsTable } from '../actions/ActionsTable.js';
import { useActions } from '../api/actions.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';

/** The corrective actions the signed-in user owns, across their projects (overdue first by due date). */
export function MyActionsPage() {
  useDocumentTitle('My actions · Gantry');
  const [overdue, setOverdue] = useState(false);
  const [settled, setSettled] = useState(false);
  const actions = useActions({
    mine: true,
    overdue,
    status: settled ? undefined : ['open', 'in_progress', 'done'],
    pageSize: 200,
  });
  return (
    <Stack gap="lg">
      <PageHeader
        title="My actions"
        subtitle="Corrective actions you own"
        actions={
          <Group>
            <Switch label="Overdue only" checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />
            <Switch label="Show settled" checked={settled} onChange={(e) => setSettled(e.currentTarget.checked)} />
          </Group>
        }
      />
      <Card withBorder padding={0}>
        {actions.isPending ? (
          <TableSkeleton columns={7} />
        ) : actions.isError ? (
          <ErrorState error={actions.error} onRetry={() => actions.refetch()} title="Could not load your actions" />
        ) : actions.data.items.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            {overdue ? 'None of your actions is overdue.' : 'You own no corrective actions.'}
          </Text>
        ) : (
          <ActionsTable actions={actions.data.items} showProject />
        )}
      </Card>
    </Stack>
  );
}
