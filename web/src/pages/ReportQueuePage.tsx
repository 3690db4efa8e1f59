import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useReviewQueue } from '../api/status-reports.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { formatDate, formatDateTime } from '../lib/dates.js';
import { RagBadge } from '../reports/RagBadge.js';

/** Submitted status reports awaiting review (the PMO's queue), and the portfolio summary exports. */
export function ReportQueuePage() {
  useDocumentTitle('Status reports · Gantry');
  const queue = useReviewQueue();
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Status reports awaiting review
        </Title>
        <Group gap="xs">
          <Button
            component="a"
            href="/api/portfolio/status-summary.pdf"
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
          >
            Summary PDF
          </Button>
          <Button
            component="a"
            href="/api/portfolio/status-summary.xlsx"
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            Summary XLSX
          </Button>
        </Group>
      </Group>
      {queue.isPending ? (
        <TableSkeleton rows={4} columns={5} />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed">No report is waiting for review.</Text>
        </Card>
      ) : (
        <Table withTableBorder highlightOnHover aria-label="Reports awaiting review">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Project</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>Overall</Table.Th>
              <Table.Th>Submitted</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.data.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/projects/${r.projectId}/reports?report=${r.id}`}>
                    {r.projectCode} {r.projectName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
                </Table.Td>
                <Table.Td>
                  <RagBadge rag={r.overall} />
                </Table.Td>
                <Table.Td>
                  {formatDateTime(r.submittedAt)} {r.submittedBy && `by ${r.submittedBy.name}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
