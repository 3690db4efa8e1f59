import { Anchor, Badge, Button, EmptyState, Stack, Table, Text } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../src/contracts/index.js';
import { useAudit } from '../api/audit.js';
import { useCurrentUser } from '../api/auth.js';
import { usePortfolios } from '../api/portfolios.js';
import { useUserOptions } from '../api/users.js';
import { AuditCards } from '../audit/AuditCards.js';
import { AuditFiltersBar } from '../audit/AuditFiltersBar.js';
import { AUDIT_PAGE_SIZE, toAuditParams, useAuditFilters } from '../audit/audit-filters.js';
import { ChangeList } from '../audit/ChangeList.js';
import { PagedResults } from '../components/PagedResults.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { formatDateTime } from '../lib/dates.js';
import { NotFoundPage } from './NotFoundPage.js';

function EntityCell({ entry }: { entry: AuditEntry }) {
  const short = entry.entityId.length > 12 ? `${entry.entityId.slice(0, 8)}…` : entry.entityId;
  const label = (
    <Text span size="xs" ff="monospace" title={entry.entityId}>
      {short}
    </Text>
  );
  return (
    <Stack gap={0}>
      <Text size="sm">{entry.entityType.replace(/_/g, ' ')}</Text>
      {entry.entityType === 'project' && entry.action !== 'project.delete' ? (
        <Anchor component={Link} to={`/projects/${entry.entityId}`} size="xs">
          {label}
        </Anchor>
      ) : (
        label
      )}
    </Stack>
  );
}

/** The audit log (admin, PMO): who changed what and when, newest first. */
export function AuditPage() {
  useDocumentTitle('Audit · Gantry');
  const { capabilities } = useCurrentUser();
  const { filters, update, clear, active } = useAuditFilters();
  const phone = useMediaQuery('(max-width: 48em)');
  const audit = useAudit(toAuditParams(filters), capabilities.readAudit);
  const users = useUserOptions(capabilities.readAudit && capabilities.listUsers);
  const portfolios = usePortfolios();
  const names = new Map<string, string>([
    ...(users.data?.items ?? []).map((u) => [u.id, u.name] as const),
    ...(portfolios.data?.items ?? []).map((p) => [p.id, p.name] as const),
  ]);
  if (!capabilities.readAudit) return <NotFoundPage />;

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
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" aria-label="Audit entries" style={{ verticalAlign: 'top' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Time</Table.Th>
              <Table.Th>Actor</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Entity</Table.Th>
              <Table.Th>Changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data.items.map((e) => (
              <Table.Tr key={e.id} style={{ verticalAlign: 'top' }}>
                <Table.Td className="gantry-nowrap">
                  <Text size="sm">{formatDateTime(e.at)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={e.actorName ? undefined : 'dimmed'}>
                    {e.actorName ?? 'System'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" radius="sm" tt="none" ff="monospace">
                    {e.action}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <EntityCell entry={e} />
                </Table.Td>
                <Table.Td>
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
