import { Anchor, Badge, Box, Group, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { Pager } from '../components/Pager.js';
import { SortableTh } from '../components/SortableTh.js';
import { MilestoneCards } from './MilestoneCards.js';
import { MilestoneStatusBadge } from './MilestoneStatusBadge.js';
import { formatSlip, sortMilestones } from './milestone-model.js';
import { formatMilestoneDate, minuteOf } from './timeline-scale.js';

interface Props {
  readonly milestones: readonly PortfolioMilestone[];
  readonly sort: string;
  readonly onSort: (sort: string) => void;
  readonly page: number;
  readonly onPage: (page: number) => void;
  /** Phones get cards, in the same order and pages. */
  readonly phone: boolean;
}

/** Rows per table page: the timeline above already shows every milestone at once. */
export const MILESTONE_PAGE_SIZE = 50;

function missedDeadline(m: PortfolioMilestone): boolean {
  const date = minuteOf(m.date);
  const deadline = minuteOf(m.deadline);
  return date !== null && deadline !== null && date > deadline;
}

/** Every milestone shown, one row each, paged; headers sort in the browser (the whole list is loaded). */
export function MilestoneTable({ milestones, sort, onSort, page, onPage, phone }: Props) {
  const sorted = useMemo(() => sortMilestones(milestones, sort), [milestones, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / MILESTONE_PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = sorted.slice((current - 1) * MILESTONE_PAGE_SIZE, current * MILESTONE_PAGE_SIZE);
  const th = { sort, onSort };
  return (
    <>
      {phone ? (
        <MilestoneCards milestones={rows} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" aria-label="Milestones" tabularNums>
            <Table.Thead>
              <Table.Tr>
                <SortableTh field="date" {...th}>
                  Date
                </SortableTh>
                <SortableTh field="project" {...th}>
                  Project
                </SortableTh>
                <SortableTh field="milestone" {...th}>
                  Milestone
                </SortableTh>
                <SortableTh field="baseline" {...th}>
                  Baseline
                </SortableTh>
                <SortableTh field="slip" align="right" {...th}>
                  Slip
                </SortableTh>
                <SortableTh field="status" {...th}>
                  Status
                </SortableTh>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.taskId} data-milestone-id={m.taskId}>
                  <Table.Td className="gantry-nowrap">
                    <Text size="sm">{formatMilestoneDate(m.date)}</Text>
                    {m.deadline && (
                      <Text size="xs" c={missedDeadline(m) ? 'red.7' : 'dimmed'}>
                        Deadline {formatMilestoneDate(m.deadline)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/projects/${m.projectId}/plan`} ff="monospace" fw={600} size="sm">
                      {m.projectCode}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1} title={m.projectName}>
                      {m.projectName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} lineClamp={2}>
                        {m.name}
                      </Text>
                      {m.critical && (
                        <Badge
                          size="xs"
                          variant="outline"
                          color="red"
                          radius="sm"
                          miw="max-content"
                          title="On the critical path"
                        >
                          Critical
                        </Badge>
                      )}
                    </Group>
                    {m.wbs && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {m.wbs}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="gantry-nowrap">
                    <Text size="sm" c={m.baselineDate ? undefined : 'dimmed'}>
                      {formatMilestoneDate(m.baselineDate)}
                    </Text>
                  </Table.Td>
                  <Table.Td className="gantry-nowrap" style={{ textAlign: 'right' }}>
                    <Text
                      size="sm"
                      fw={(m.slipMinutes ?? 0) > 0 ? 600 : undefined}
                      c={(m.slipMinutes ?? 0) > 0 ? 'red.7' : m.slipMinutes === null ? 'dimmed' : undefined}
                    >
                      {formatSlip(m.slipMinutes)}
                    </Text>
                  </Table.Td>
                  <Table.Td className="gantry-nowrap">
                    <MilestoneStatusBadge status={m.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Box px="md" py="sm">
          <Pager
            page={current}
            pageSize={MILESTONE_PAGE_SIZE}
            total={sorted.length}
            onPage={onPage}
            noun="milestones"
          />
        </Box>
      )}
    </>
  );
}
