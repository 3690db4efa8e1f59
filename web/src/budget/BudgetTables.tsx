import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { BudgetLine, BudgetVersion, ProjectBudget } from '../../../src/contracts/index.js';
import { formatMoney } from '../lib/money.js';

type Totals = Pick<
  ProjectBudget,
  | 'linesMinor'
  | 'contingencyMinor'
  | 'managementReserveMinor'
  | 'totalMinor'
  | 'projectLevelMinor'
  | 'byCategory'
  | 'byWbs'
>;

/** A budget's lines, read-only. */
export function BudgetLinesTable({ lines, currency }: { lines: readonly BudgetLine[]; currency: string }) {
  if (lines.length === 0) {
    return (
      <Text c="dimmed" size="sm" ta="center" py="sm">
        No lines.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label="Budget lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th>WBS element</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={`${l.category}|${l.taskId ?? ''}`}>
              <Table.Td>{l.categoryName}</Table.Td>
              <Table.Td>{elementLabel(l)}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatMoney(l.amountMinor, currency)}
              </Table.Td>
              <Table.Td>{l.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function elementLabel(l: Pick<BudgetLine, 'taskId' | 'wbs' | 'taskName'>) {
  if (l.taskId === null) return <Text c="dimmed">Project</Text>;
  if (l.wbs === null) return <Badge color="orange">No longer in the plan</Badge>;
  return `${l.wbs} ${l.taskName ?? ''}`;
}

/** The reserves and the total: what the charter's budget becomes when approved. */
export function BudgetSummary({ totals, currency }: { totals: Totals; currency: string }) {
  const items = [
    ['Lines', totals.linesMinor],
    ['Contingency reserve', totals.contingencyMinor],
    ['Management reserve', totals.managementReserveMinor],
    ['Total', totals.totalMinor],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {items.map(([label, minor]) => (
        <Stack key={label} gap={0}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text
            fw={label === 'Total' ? 700 : 500}
            ff="monospace"
            aria-label={`${label} ${formatMoney(minor, currency)}`}
          >
            {formatMoney(minor, currency)}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** The lines' totals by cost category and by WBS element (each with the elements below it). */
export function BudgetBreakdown({ totals, currency }: { totals: Totals | BudgetVersion; currency: string }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={3} size="h6">
          By cost category
        </Title>
        <Table aria-label="Totals by cost category">
          <Table.Tbody>
            {totals.byCategory.map((c) => (
              <Table.Tr key={c.category}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatMoney(c.amountMinor, currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h6">
            By WBS element
          </Title>
          <Text size="xs" c="dimmed">
            On the project as a whole: {formatMoney(totals.projectLevelMinor, currency)}
          </Text>
        </Group>
        <Table aria-label="Totals by WBS element">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Element</Table.Th>
              <Table.Th ta="right">Its lines</Table.Th>
              <Table.Th ta="right">With those below</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.byWbs.map((e) => (
              <Table.Tr key={e.taskId}>
                <Table.Td>{elementLabel({ taskId: e.taskId, wbs: e.wbs, taskName: e.name })}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatMoney(e.ownMinor, currency)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatMoney(e.totalMinor, currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </SimpleGrid>
  );
}
