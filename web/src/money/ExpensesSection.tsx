import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { Expense, Project } from '../../../src/contracts/index.js';
import { useCostCategories, useExpenses } from '../api/money.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { formatDate } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';
import { AddExpenseModal } from './AddExpenseModal.js';
import { ExpenseActions } from './ExpenseActions.js';

const STATUS: Record<Expense['status'], { label: string; colour: string }> = {
  approved: { label: 'Approved', colour: 'teal' },
  submitted: { label: 'Waiting', colour: 'yellow' },
  rejected: { label: 'Rejected', colour: 'gray' },
};

function StatusBadge({ status }: { status: Expense['status'] }) {
  return (
    <Badge color={STATUS[status].colour} variant="light" miw="fit-content">
      {STATUS[status].label}
    </Badge>
  );
}

/** The expense's note, and the approver's note when there is one. */
function Notes({ e }: { e: Expense }) {
  return (
    <>
      {e.note && <Text size="sm">{e.note}</Text>}
      {e.decisionNote && (
        <Text size="xs" c="dimmed">
          {e.decidedBy?.name}: {e.decisionNote}
        </Text>
      )}
    </>
  );
}

/**
 * The project's expenses with their totals (a team member sees their own), "Add expense" for
 * those who may enter them, and each row's decisions. A table on a wide screen, cards on a phone.
 */
export function ExpensesSection({ project }: { project: Project }) {
  const expenses = useExpenses(project.id);
  const categories = useCostCategories();
  const phone = useMediaQuery('(max-width: 48em)');
  const [adding, setAdding] = useState(false);
  const names = new Map((categories.data?.items ?? []).map((c) => [c.id, c.name]));
  const categoryName = (id: string) => names.get(id) ?? id;

  let body: ReactNode;
  if (expenses.isPending) body = <TableSkeleton columns={7} rows={3} />;
  else if (expenses.isError)
    body = <ErrorState error={expenses.error} onRetry={() => expenses.refetch()} title="Could not load the expenses" />;
  else if (expenses.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed" ta="center" py="lg">
        No expenses yet.
        {can(project, 'expense.enter') ? ' Add one for money spent on the project outside timesheets.' : ''}
      </Text>
    );
  else {
    const { items, currency } = expenses.data;
    const money = (minor: number) => formatMoney(minor, currency);
    body = phone ? (
      <Stack gap="sm" data-testid="expense-cards">
        {items.map((e) => (
          <Paper key={e.id} withBorder radius="md" p="sm" data-expense={e.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={700}>{money(e.amountMinor)}</Text>
                <Text size="xs" c="dimmed">
                  {formatDate(e.date)} · {categoryName(e.category)}
                  {e.taskName ? ` · ${e.taskName}` : ''}
                </Text>
              </div>
              <StatusBadge status={e.status} />
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              Entered by {e.enteredBy.name}
            </Text>
            <Notes e={e} />
            <Group mt="xs">
              <ExpenseActions expense={e} currency={currency} />
            </Group>
          </Paper>
        ))}
      </Stack>
    ) : (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" aria-label="Expenses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th>Task</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Entered by</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id} data-expense={e.id}>
                <Table.Td className="gantry-nowrap">{formatDate(e.date)}</Table.Td>
                <Table.Td>{categoryName(e.category)}</Table.Td>
                <Table.Td>
                  {e.taskName ?? (
                    <Text c="dimmed" size="sm">
                      Project
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" className="gantry-nowrap">
                  {money(e.amountMinor)}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={e.status} />
                </Table.Td>
                <Table.Td>{e.enteredBy.name}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Notes e={e} />
                </Table.Td>
                <Table.Td>
                  <ExpenseActions expense={e} currency={currency} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Expenses">
      <Group justify="space-between" align="flex-end" gap="sm" mb="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Expenses
          </Title>
          {expenses.data && (
            <Text size="sm" c="dimmed" data-testid="expense-totals">
              Approved <b>{formatMoney(expenses.data.approvedMinor, expenses.data.currency)}</b> · waiting for approval{' '}
              <b>{formatMoney(expenses.data.submittedMinor, expenses.data.currency)}</b>
            </Text>
          )}
        </Stack>
        {can(project, 'expense.enter') && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add expense
          </Button>
        )}
      </Group>
      {body}
      {adding && <AddExpenseModal project={project} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
