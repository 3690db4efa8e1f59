import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMyAssignments } from '../api/assignments.js';
import { ErrorState } from '../components/QueryStates.js';
import { formatPlanDate } from '../plan/plan-dates.js';

const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

/**
 * "Your assignments" on the home page: the tasks the caller's resource record is assigned to, on
 * every project they can read, soonest first. Shown only to people who are in the resource pool.
 */
export function MyAssignmentsPanel() {
  const mine = useMyAssignments();
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data || mine.data.resourceId === null) return null;
  const items = mine.data.items;
  return (
    <section aria-labelledby="my-assignments-heading" data-testid="my-assignments">
      <Title order={2} size="h4" mb="sm" id="my-assignments-heading">
        Your assignments
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">You are not assigned to any task.</Text>
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
          <Table striped highlightOnHover miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th>Project</Table.Th>
                <Table.Th>Start</Table.Th>
                <Table.Th>Finish</Table.Th>
                <Table.Th ta="right">Units</Table.Th>
                <Table.Th ta="right">Work</Table.Th>
                <Table.Th ta="right">Remaining</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/projects/${a.projectId}/plan`}>
                      {a.taskName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {a.projectCode} {a.projectName}
                  </Table.Td>
                  <Table.Td>{formatPlanDate(a.start)}</Table.Td>
                  <Table.Td>{formatPlanDate(a.finish)}</Table.Td>
                  <Table.Td ta="right">{Math.round(a.unitsPercent)}%</Table.Td>
                  <Table.Td ta="right">{hours(a.workMinutes)}</Table.Td>
                  <Table.Td ta="right">{hours(a.remainingWorkMinutes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </section>
  );
}
