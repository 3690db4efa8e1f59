import { Badge, Button, Drawer, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { BudgetVersionSummary } from '../../../src/contracts/index.js';
import { useBudgetVersion } from '../api/budgets.js';
import { DetailSkeleton, ErrorState } from '../components/QueryStates.js';
import { formatDateTime } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';
import { BudgetBreakdown, BudgetLinesTable, BudgetSummary } from './BudgetTables.js';

const KIND_LABELS: Record<BudgetVersionSummary['kind'], string> = {
  original: 'Original',
  revision: 'Revision',
  change: 'Change request',
};

/** The approved versions, newest first, each with who submitted it and why, and who approved it. */
export function BudgetVersions({
  projectId,
  versions,
}: {
  projectId: string;
  versions: readonly BudgetVersionSummary[];
}) {
  const [open, setOpen] = useState<number | null>(null);
  if (versions.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No approved version yet: the first one the PMO approves is the original budget.
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Budget versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th>Submitted</Table.Th>
              <Table.Th>Approved</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...versions].reverse().map((v) => (
              <Table.Tr key={v.number}>
                <Table.Td>
                  {v.number} <Badge variant="light">{KIND_LABELS[v.kind]}</Badge>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatMoney(v.totalMinor, v.currency)}
                </Table.Td>
                <Table.Td>{v.reason}</Table.Td>
                <Table.Td>
                  {v.submittedBy ? `${v.submittedBy.name}, ${formatDateTime(v.submittedAt ?? '')}` : '—'}
                </Table.Td>
                <Table.Td>
                  {v.approvedBy.name}, {formatDateTime(v.approvedAt)}
                  {v.approvalNote && (
                    <Text size="xs" c="dimmed">
                      {v.approvalNote}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setOpen(v.number)}>
                    View version {v.number}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="xl"
        title={`Budget version ${open ?? ''}`}
      >
        {open !== null && <VersionDetail projectId={projectId} n={open} />}
      </Drawer>
    </>
  );
}

function VersionDetail({ projectId, n }: { projectId: string; n: number }) {
  const version = useBudgetVersion(projectId, n);
  if (version.isPending) return <DetailSkeleton />;
  if (version.isError)
    return <ErrorState error={version.error} onRetry={() => version.refetch()} title="Could not load the version" />;
  const v = version.data;
  return (
    <Stack>
      <Text size="sm">
        {KIND_LABELS[v.kind]}, approved by {v.approvedBy.name} on {formatDateTime(v.approvedAt)}. {v.reason}
      </Text>
      <BudgetSummary totals={v} currency={v.currency} />
      <BudgetLinesTable lines={v.lines} currency={v.currency} />
      <BudgetBreakdown totals={v} currency={v.currency} />
    </Stack>
  );
}
