import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Expense } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useDecideExpense, useDeleteExpense } from '../api/money.js';
import { can } from '../lib/can.js';
import { formatDate } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';

/** Approve, Reject (with a note) and Delete, each only where the expense's allowedActions list it. */
export function ExpenseActions({ expense, currency }: { expense: Expense; currency: string }) {
  const decide = useDecideExpense(expense);
  const remove = useDeleteExpense(expense);
  const [asking, setAsking] = useState<'reject' | 'delete' | null>(null);
  const [note, setNote] = useState('');
  const failed = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(e) });
  const amount = formatMoney(expense.amountMinor, currency);
  const close = () => {
    setAsking(null);
    setNote('');
  };

  if (expense.allowedActions.length === 0) return null;
  return (
    <>
      <Group gap={6} wrap="nowrap">
        {can(expense, 'expense.approve') && (
          <Button
            size="compact-sm"
            variant="light"
            color="teal"
            loading={decide.isPending && decide.variables?.decision === 'approve'}
            onClick={() => decide.mutate({ decision: 'approve', note: '' }, { onError: failed })}
            aria-label={`Approve ${amount} of ${expense.enteredBy.name}`}
          >
            Approve
          </Button>
        )}
        {can(expense, 'expense.reject') && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setAsking('reject')}>
            Reject
          </Button>
        )}
        {can(expense, 'expense.delete') && (
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setAsking('delete')}>
            {expense.status === 'submitted' && !can(expense, 'expense.approve') ? 'Withdraw' : 'Delete'}
          </Button>
        )}
      </Group>
      <Modal opened={asking !== null} onClose={close} title={asking === 'reject' ? 'Reject expense' : 'Delete expense'}>
        <Stack>
          <Text size="sm">
            {amount} on {formatDate(expense.date)}, entered by {expense.enteredBy.name}
            {expense.note ? `: “${expense.note}”` : ''}.
          </Text>
          {asking === 'reject' && (
            <Textarea
              label="Why (the person who entered it reads this)"
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            {asking === 'reject' ? (
              <Button
                color="red"
                loading={decide.isPending}
                onClick={() => decide.mutate({ decision: 'reject', note }, { onSuccess: close, onError: failed })}
              >
                Reject
              </Button>
            ) : (
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate(undefined, { onSuccess: close, onError: failed })}
              >
                Delete
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
