import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useState } from 'react';
import type { Project } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useCostCategories, useCreateExpense } from '../api/money.js';
import { usePlanTasks } from '../api/plan.js';
import { apiFieldErrors, hasFieldIssues } from '../lib/field-errors.js';
import { parseAmount } from '../lib/money.js';
import { localDateOf } from '../plan/plan-dates.js';

/** The server's field names as the form's fields. */
const RENAME = { amountMinor: 'amount', taskId: 'task' };

/**
 * "Add expense": date, amount in major units of the project currency (sent as minor units),
 * category from the PMO's active ones, an optional task of the plan, a note. The server's
 * refusals appear under the field they name.
 */
export function AddExpenseModal({ project, onClose }: { project: Project; onClose: () => void }) {
  const create = useCreateExpense(project.id);
  const categories = useCostCategories();
  const plan = usePlanTasks(project.id);
  const [date, setDate] = useState(() => localDateOf(new Date()));
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const errors = apiFieldErrors(create.error, RENAME);

  const categoryOptions = (categories.data?.items ?? [])
    .filter((c) => c.active)
    .map((c) => ({ value: c.id, label: c.name }));
  const taskOptions = useMemo(
    () => (plan.data?.tasks ?? []).filter((t) => !t.summary).map((t) => ({ value: t.id, label: `${t.wbs} ${t.name}` })),
    [plan.data],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAmount(amount, project.currency);
    setAmountError(parsed.ok ? null : parsed.message);
    if (!parsed.ok) return;
    create.mutate(
      { date, amountMinor: parsed.minor, category: category ?? '', taskId, note },
      {
        onSuccess: (expense) => {
          notifications.show({
            color: 'teal',
            message:
              expense.status === 'approved'
                ? 'Expense recorded and approved: it counts as actual cost.'
                : "Expense recorded: it waits for the project manager's approval.",
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Add expense" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label="Date"
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.date}
            />
            <TextInput
              label={`Amount (${project.currency})`}
              required
              inputMode="decimal"
              placeholder="1250.00"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={amountError ?? errors.amount}
              data-autofocus
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label="Category"
              required
              placeholder={categories.isPending ? 'Loading categories…' : 'Choose a category'}
              data={categoryOptions}
              value={category}
              onChange={setCategory}
              error={errors.category}
            />
            <Select
              label="Task"
              placeholder={plan.isPending ? 'Loading tasks…' : 'The project as a whole'}
              data={taskOptions}
              value={taskId}
              onChange={setTaskId}
              error={errors.task}
              searchable
              clearable
              limit={100}
              nothingFoundMessage="No task of that name"
            />
          </SimpleGrid>
          <Textarea
            label="Note"
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          {create.isError && !hasFieldIssues(create.error) && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add expense
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
