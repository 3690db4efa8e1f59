import { Alert, Anchor, Badge, Drawer, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type CapacityCellParams, useCapacityCell } from '../api/capacity.js';
import { ErrorState } from '../components/QueryStates.js';
import { hours, utilisation } from './capacity-format.js';

/** The tasks and projects behind one heat-map cell, largest first, each linking to its plan with the task selected. */
export function CapacityCellDrawer({
  params,
  title,
  onClose,
}: {
  params: CapacityCellParams | null;
  title: string;
  onClose: () => void;
}) {
  const cell = useCapacityCell(params);
  const d = cell.data;
  return (
    <Drawer opened={params !== null} onClose={onClose} position="right" size="lg" title={title}>
      {cell.isPending && <Skeleton height={160} />}
      {cell.isError && <ErrorState error={cell.error} onRetry={() => cell.refetch()} title="Could not load the cell" />}
      {d && (
        <Stack gap="md" data-testid="capacity-cell-detail">
          <Group gap="sm">
            <Text size="sm">
              {d.period.start} – {d.period.end}: {hours(d.demandMinutes)} of {hours(d.capacityMinutes)} (
              {utilisation(d.capacityMinutes, d.demandMinutes)})
            </Text>
            {d.overallocated && <Badge color="red">Over-allocated</Badge>}
          </Group>
          {d.resources.length > 1 && (
            <Table striped withTableBorder aria-label="Resources">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Resource</Table.Th>
                  <Table.Th ta="right">Demand</Table.Th>
                  <Table.Th ta="right">Capacity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.resources.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.name}{' '}
                      {r.overallocated && (
                        <Badge size="xs" color="red">
                          over
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{hours(r.demandMinutes)}</Table.Td>
                    <Table.Td ta="right">{hours(r.capacityMinutes)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {d.items.length === 0 && d.otherProjectsMinutes === 0 ? (
            <Alert variant="light" color="gray">
              No work is planned here.
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped withTableBorder aria-label="Tasks behind this cell" data-testid="capacity-cell-tasks">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Task</Table.Th>
                    <Table.Th>Project</Table.Th>
                    <Table.Th>Resource</Table.Th>
                    <Table.Th ta="right">Hours</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((i) => (
                    <Table.Tr key={`${i.taskId}:${i.resourceId}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/projects/${i.projectId}/plan?task=${i.taskId}`} size="sm">
                          {i.taskName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {i.projectCode} {i.projectName}
                        </Text>
                        {i.weightPercent !== 100 && (
                          <Text size="xs" c="dimmed">
                            counted at {i.weightPercent} %
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{i.resourceName}</Table.Td>
                      <Table.Td ta="right">{hours(i.minutes)}</Table.Td>
                    </Table.Tr>
                  ))}
                  {d.otherProjectsMinutes > 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={3}>
                        <Text size="sm" c="dimmed">
                          Other projects
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{hours(d.otherProjectsMinutes)}</Table.Td>
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
