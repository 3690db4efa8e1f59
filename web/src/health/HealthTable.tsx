import { Anchor, Group, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { PortfolioHealthItem } from '../../../src/contracts/index.js';
import type { Dimension } from '../../../src/core/health/model.js';
import { SortableTh } from '../components/SortableTh.js';
import { StateBadge } from '../components/StateBadge.js';
import { formatDate } from '../lib/dates.js';
import { DimensionRagCell } from './DimensionRagCell.js';
import { DIMENSION_LABELS, formatPercent, formatVariance } from './health-format.js';
import { RagBadge, TrendIcon } from './RagBadge.js';

interface Props {
  readonly rows: readonly PortfolioHealthItem[];
  readonly dimensions: readonly Dimension[];
  readonly sort: string;
  readonly onSort: (sort: string) => void;
}

/** One page of the dashboard: a row per project, a RAG per dimension with its reasons on hover. */
export function HealthTable({ rows, dimensions, sort, onSort }: Props) {
  const th = { sort, onSort };
  return (
    <Table.ScrollContainer minWidth={1360}>
      <Table highlightOnHover verticalSpacing="xs" aria-label="Project health" tabularNums data-testid="health-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="code" {...th}>
              Project
            </SortableTh>
            <SortableTh field="overall" {...th}>
              Overall
            </SortableTh>
            {dimensions.map((d) => (
              <Table.Th key={d}>{DIMENSION_LABELS[d]}</Table.Th>
            ))}
            <SortableTh field="manager" {...th}>
              Manager
            </SortableTh>
            <SortableTh field="forecastFinish" {...th}>
              Forecast finish
            </SortableTh>
            <SortableTh field="variance" align="right" {...th}>
              Variance
            </SortableTh>
            <SortableTh field="percentComplete" {...th}>
              % complete (plan)
            </SortableTh>
            <SortableTh field="nextMilestone" {...th}>
              Next milestone
            </SortableTh>
            <Table.Th>Last report</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.projectId} data-testid={`health-row-${p.code}`}>
              <Table.Td miw={260}>
                <Anchor component={Link} to={`/projects/${p.projectId}/health`} fw={600} size="sm">
                  <Text span ff="monospace" size="sm" fw={600}>
                    {p.code}
                  </Text>{' '}
                  {p.name}
                </Anchor>
                <Group gap={6}>
                  <StateBadge state={p.state} size="sm" />
                  {p.portfolioName && (
                    <Text size="xs" c="dimmed">
                      {p.portfolioName}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <Group gap={4} wrap="nowrap">
                  {p.dimensions.some((d) => d.measured) ? (
                    <RagBadge rag={p.overall} miw={64} />
                  ) : (
                    <Text size="sm" c="dimmed" miw={64} title="Health is not measured in this state">
                      n/a
                    </Text>
                  )}
                  <TrendIcon trend={p.trend} />
                </Group>
              </Table.Td>
              {dimensions.map((d) => (
                <Table.Td key={d}>
                  <DimensionRagCell projectId={p.projectId} dimension={p.dimensions.find((x) => x.key === d)} />
                </Table.Td>
              ))}
              <Table.Td>
                <Text size="sm" c={p.managerName ? undefined : 'dimmed'}>
                  {p.managerName ?? 'Unassigned'}
                </Text>
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                {formatDate(p.forecastFinish?.slice(0, 10))}
                {p.baselineFinish && (
                  <Text size="xs" c="dimmed">
                    baseline {formatDate(p.baselineFinish.slice(0, 10))}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="gantry-nowrap" style={{ textAlign: 'right' }}>
                <Text size="sm" c={(p.metrics.finishVarianceDays ?? 0) > 0 ? 'red.8' : undefined}>
                  {formatVariance(p.metrics.finishVarianceDays)}
                </Text>
              </Table.Td>
              <Table.Td miw={130}>
                {p.percentComplete === null ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  <Tooltip
                    label={`${formatPercent(p.percentComplete)} done, ${formatPercent(p.percentPlanned)} planned by the status date`}
                  >
                    <Stack gap={2}>
                      <Text size="xs">
                        {formatPercent(p.percentComplete)} ({formatPercent(p.percentPlanned)})
                      </Text>
                      <Progress.Root size="sm" aria-hidden>
                        <Progress.Section value={p.percentComplete} color="blue" />
                      </Progress.Root>
                    </Stack>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                {p.nextMilestone ? (
                  <>
                    <Text size="sm" lineClamp={1}>
                      {p.nextMilestone.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(p.nextMilestone.date.slice(0, 10))}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="gantry-nowrap" data-testid="last-report">
                <Text size="sm" c={p.lastReportAt ? undefined : 'dimmed'}>
                  {p.lastReportAt ? formatDate(p.lastReportAt.slice(0, 10)) : 'None'}
                </Text>
                {(p.reportOverdueDays ?? 0) > 0 && (
                  <Text size="xs" c="red.8" fw={600}>
                    {p.reportOverdueDays} day{p.reportOverdueDays === 1 ? '' : 's'} overdue
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }} data-testid="open-actions">
                {p.openActions > 0 ? (
                  <Anchor component={Link} to={`/projects/${p.projectId}/actions`} size="sm">
                    {p.openActions} open
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
                {p.overdueActions > 0 && (
                  <Text size="xs" c="red.8" fw={600}>
                    {p.overdueActions} overdue
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
