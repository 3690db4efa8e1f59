import { Anchor, Badge, Button, Card, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DECISION_KINDS, type Decision, type DecisionKind } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { type DecisionParams, decisionsCsvHref, useDecisions } from '../api/decisions.js';
import { PageHeader } from '../components/PageHeader.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { NewDecisionButton } from '../decisions/NewDecisionButton.js';
import { PendingDecisions } from '../decisions/PendingDecisions.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';

const KIND_LABELS: Record<DecisionKind, string> = {
  manual: 'By hand',
  approval: 'Approval',
  rejection: 'Approval declined',
  cancellation: 'Cancellation',
  hold: 'Put on hold',
  acceptance: 'Action accepted',
};
const PAGE_SIZE = 25;

/** The decisions log (PMO): pending decisions, filters, CSV export, and decisions recorded by hand. */
export function DecisionsPage() {
  useDocumentTitle('Decisions · Gantry');
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue(q, 250);
  const filters: DecisionParams = {
    q: debounced || undefined,
    kind: kind ?? undefined,
    from: from || undefined,
    to: to || undefined,
  };
  const decisions = useDecisions({ ...filters, page, pageSize: PAGE_SIZE });
  const reset = () => setPage(1);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Decisions"
        subtitle="What was decided, why, by whom; lifecycle moves record theirs automatically"
        actions={
          <>
            <Button
              component="a"
              href={decisionsCsvHref(filters)}
              variant="default"
              leftSection={<IconDownload size={14} />}
            >
              Export CSV
            </Button>
            {can(me, 'decision.create') && <NewDecisionButton />}
          </>
        }
      />
      {can(me, 'decision.read') && <PendingDecisions />}
      <Group gap="sm" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Title, decision, reasons"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            reset();
          }}
        />
        <Select
          label="Kind"
          clearable
          placeholder="Any"
          data={DECISION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => {
            setKind(v as DecisionKind | null);
            reset();
          }}
        />
        <TextInput
          label="From"
          type="date"
          value={from}
          onChange={(e) => {
            setFrom(e.currentTarget.value);
            reset();
          }}
        />
        <TextInput
          label="To"
          type="date"
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value);
            reset();
          }}
        />
      </Group>
      <Card withBorder padding={0}>
        {decisions.isPending ? (
          <TableSkeleton columns={5} />
        ) : decisions.isError ? (
          <ErrorState
            error={decisions.error}
            onRetry={() => decisions.refetch()}
            title="Could not load the decisions"
          />
        ) : decisions.data.items.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">
            No decisions match.
          </Text>
        ) : (
          <DecisionTable items={decisions.data.items} />
        )}
      </Card>
      {decisions.data && decisions.data.total > PAGE_SIZE && (
        <Pagination total={Math.ceil(decisions.data.total / PAGE_SIZE)} value={page} onChange={setPage} />
      )}
    </Stack>
  );
}

function DecisionTable({ items }: { items: readonly Decision[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label="Decisions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Decision</Table.Th>
            <Table.Th>Reasons</Table.Th>
            <Table.Th>About</Table.Th>
            <Table.Th>By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Text size="sm">{formatDateTime(d.decidedAt)}</Text>
                <Badge variant="light" size="sm">
                  {KIND_LABELS[d.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {d.title}
                </Text>
                <Text size="sm">{d.decision}</Text>
                {d.options.length > 0 && (
                  <Text size="xs" c="dimmed">
                    Options: {d.options.join(' · ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{d.reasons || '—'}</Text>
                {d.context && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {d.context}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {d.links.map((l) =>
                    l.projectId ? (
                      <Anchor
                        key={`${l.kind}/${l.id}`}
                        component={Link}
                        to={
                          l.kind === 'corrective_action'
                            ? `/projects/${l.projectId}/actions`
                            : `/projects/${l.projectId}`
                        }
                        size="sm"
                      >
                        {l.label}
                      </Anchor>
                    ) : (
                      <Text key={`${l.kind}/${l.id}`} size="sm">
                        {l.label}
                      </Text>
                    ),
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{d.decidedBy.name}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
