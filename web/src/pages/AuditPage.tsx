import { Button, EmptyState, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useAudit } from '../api/audit.js';
import { useCurrentUser } from '../api/auth.js';
import { usePortfolios } from '../api/portfolios.js';
import { useUserOptions } from '../api/users.js';
import { AuditCards } from '../audit/AuditCards.js';
import { AuditFiltersBar } from '../audit/AuditFiltersBar.js';
import { AuditAbout, AuditProject } from '../audit/AuditSubject.js';
import { AUDIT_PAGE_SIZE, toAuditParams, useAuditFilters } from '../audit/audit-filters.js';
import { actionLabel } from '../audit/audit-format.js';
import { ChangeList } from '../audit/ChangeList.js';
import { PagedResults } from '../components/PagedResults.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { NotFoundPage } from './NotFoundPage.js';

/** The audit log (admin, PMO): who changed what and when, newest first. */
export function AuditPage() {
  useDocumentTitle('Audit · Gantry');
  const me = useCurrentUser();
  const { filters, update, clear, active } = useAuditFilters();
  const phone = useMediaQuery('(max-width: 48em)');
  const audit = useAudit(toAuditParams(filters), can(me, 'audit.read'));
  const users = useUserOptions(can(me, 'audit.read') && can(me, 'user.list'));
  const portfolios = usePortfolios();
  const names = new Map<string, string>([
    ...(users.data?.items ?? []).map((u) => [u.id, u.name] as const),
    ...(portfolios.data?.items ?? []).map((p) => [p.id, p.name] as const),
  ]);
  if (!can(me, 'audit.read')) return <NotFoundPage />;

  let body: ReactNode;
  if (audit.isPending) body = <TableSkeleton columns={5} rows={8} />;
  else if (audit.isError)
    body = <ErrorState error={audit.error} onRetry={() => audit.refetch()} title="Could not load the audit log" />;
  else if (audit.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconHistory />}
        title={active ? 'No entries match these filters' : 'Nothing recorded yet'}
        py="xl"
      >
        {active && (
          <EmptyState.Actions>
            <Button variant="light" onClick={clear}>
              Clear filters
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  else if (phone) body = <AuditCards entries={audit.data.items} names={names} />;
  else
    body = (
      <Table.ScrollContainer minWidth={960}>
        {/* Fixed layout: a long change list wraps inside its column instead of widening the table. */}
        <Table verticalSpacing="xs" aria-label="Audit entries" layout="fixed" style={{ verticalAlign: 'top' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>When, who</Table.Th>
              <Table.Th w={140}>What</Table.Th>
              <Table.Th w={160}>Project</Table.Th>
              <Table.Th w={160}>About</Table.Th>
              <Table.Th>Changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data.items.map((e) => (
              <Table.Tr key={e.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(e.at)}</Text>
                  <Text size="xs" c="dimmed">
                    {e.actorName ?? 'System'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} title={e.action}>
                    {actionLabel(e.action)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AuditProject entry={e} />
                </Table.Td>
                <Table.Td>
                  <AuditAbout entry={e} />
                </Table.Td>
                <Table.Td style={{ minWidth: 0 }}>
                  <ChangeList changes={e.changes} names={names} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader title="Audit log" subtitle="Every change, who made it and when — newest first" />
      <Stack gap="md">
        <AuditFiltersBar filters={filters} onChange={update} onClear={clear} active={active} compact={phone} />
        <PagedResults
          data={audit.data}
          stale={audit.isPlaceholderData}
          phone={phone}
          page={filters.page}
          pageSize={AUDIT_PAGE_SIZE}
          onPage={(page) => update({ page })}
          noun="entries"
        >
          {body}
        </PagedResults>
      </Stack>
    </>
  );
}
