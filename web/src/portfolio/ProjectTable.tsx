import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Project } from '../../../src/contracts/index.js';
import { SortableTh } from '../components/SortableTh.js';
import { ApprovalRequestedBadge, PriorityBadge, StateBadge } from '../components/StateBadge.js';
import { formatDate } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';

interface Props {
  readonly projects: readonly Project[];
  readonly sort: string;
  readonly onSort: (sort: string) => void;
}

/** The project register: one row per project, headers sort on the server. */
export function ProjectTable({ projects, sort, onSort }: Props) {
  const th = { sort, onSort };
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Projects" tabularNums>
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="code" {...th}>
              Code
            </SortableTh>
            <SortableTh field="name" {...th}>
              Name
            </SortableTh>
            <SortableTh field="state" {...th}>
              State
            </SortableTh>
            <SortableTh field="manager" {...th}>
              Manager
            </SortableTh>
            <SortableTh field="plannedStart" {...th}>
              Planned start
            </SortableTh>
            <SortableTh field="plannedFinish" {...th}>
              Planned finish
            </SortableTh>
            <SortableTh field="budgetMinor" align="right" {...th}>
              Budget
            </SortableTh>
            <SortableTh field="priority" {...th}>
              Priority
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td className="gantry-nowrap">
                <Anchor component={Link} to={`/projects/${p.id}`} fw={600} ff="monospace" size="sm">
                  {p.code}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} lineClamp={2}>
                  {p.name}
                </Text>
                {p.portfolioName && (
                  <Text size="xs" c="dimmed">
                    {p.portfolioName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <Stack gap={4} align="flex-start">
                  <StateBadge state={p.state} />
                  {p.approvalRequest && <ApprovalRequestedBadge />}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={p.managerName ? undefined : 'dimmed'}>
                  {p.managerName ?? 'Unassigned'}
                </Text>
              </Table.Td>
              <Table.Td className="gantry-nowrap">{formatDate(p.plannedStart)}</Table.Td>
              <Table.Td className="gantry-nowrap">{formatDate(p.plannedFinish)}</Table.Td>
              <Table.Td className="gantry-nowrap" style={{ textAlign: 'right' }}>
                {formatMoney(p.budgetMinor, p.currency)}
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <PriorityBadge priority={p.priority} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
