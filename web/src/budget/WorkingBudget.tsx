import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ProjectBudget } from '../../../src/contracts/index.js';
import { useCostCategories, useProjectBudget, useSaveBudget, useWbsElements } from '../api/budgets.js';
import { errorMessage, isApiError } from '../api/client.js';
import { can, refusal } from '../lib/can.js';
import { formatMoney } from '../lib/money.js';
import { BudgetApprovalButtons } from './BudgetApproval.js';
import { BudgetLinesEditor } from './BudgetLinesEditor.js';
import { BudgetLinesTable, BudgetSummary } from './BudgetTables.js';
import { type BudgetDraft, bodyOf, type DraftErrors, draftChanged, draftOf, draftTotals } from './budget-draft.js';

/**
 * The working budget: an editable table for those who may edit it (the manager, the PMO), with
 * the reserves (the management reserve editable by the PMO only) and the approval steps; a
 * read-only table for everyone else and while it waits for approval.
 */
export function WorkingBudget({ budget }: { budget: ProjectBudget }) {
  const editable = can(budget, 'budget.edit');
  const [draft, setDraft] = useState<BudgetDraft>(() => draftOf(budget));
  const [errors, setErrors] = useState<DraftErrors>({});
  const save = useSaveBudget(budget.projectId);
  const reload = useProjectBudget(budget.projectId);
  const categories = useCostCategories();
  const elements = useWbsElements(budget.projectId, editable);
  // A new version read (saved here, approved or returned) replaces the draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is what says the budget changed
  useEffect(() => {
    setDraft(draftOf(budget));
    setErrors({});
  }, [budget.version]);

  const mayReserve = can(budget, 'budget.management_reserve');
  const changed = editable && draftChanged(draft, budget);
  const live = draftTotals(draft, budget.currency);
  const onSave = () => {
    const result = bodyOf(draft, budget.currency, budget.version, mayReserve);
    if (!result.ok) return setErrors(result.errors);
    save.mutate(result.body, {
      onSuccess: () => notifications.show({ color: 'teal', message: 'Budget saved' }),
      onError: (e) => {
        if (isApiError(e, 'version_conflict')) void reload.refetch();
      },
    });
  };

  return (
    <Stack>
      {editable ? (
        <BudgetLinesEditor
          lines={draft.lines}
          onChange={(lines) => setDraft({ ...draft, lines })}
          categories={categories.data?.items ?? []}
          elements={elements.data ?? []}
          errors={errors}
        />
      ) : (
        <BudgetLinesTable lines={budget.lines} currency={budget.currency} />
      )}
      {editable ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="Contingency reserve"
            description="Held by the project's manager"
            inputMode="decimal"
            value={draft.contingency}
            onChange={(e) => setDraft({ ...draft, contingency: e.currentTarget.value })}
            error={errors.contingency}
          />
          <Tooltip
            label={refusal(budget, 'budget.management_reserve') ?? 'Held by the PMO: only the PMO changes it'}
            disabled={mayReserve}
          >
            <TextInput
              label="Management reserve"
              description="Held by the PMO"
              inputMode="decimal"
              value={draft.managementReserve}
              readOnly={!mayReserve}
              variant={mayReserve ? 'default' : 'filled'}
              onChange={(e) => setDraft({ ...draft, managementReserve: e.currentTarget.value })}
              error={errors.managementReserve}
            />
          </Tooltip>
          <Stack gap={0} justify="flex-end">
            <Text size="xs" c="dimmed">
              Total (lines {formatMoney(live.linesMinor, budget.currency)} + reserves)
            </Text>
            <Text fw={700} ff="monospace" size="lg" aria-label="Working total">
              {formatMoney(live.totalMinor, budget.currency)}
            </Text>
          </Stack>
        </SimpleGrid>
      ) : (
        <BudgetSummary totals={budget} currency={budget.currency} />
      )}
      {save.error && (
        <Alert color="red" variant="light" role="alert">
          {isApiError(save.error, 'version_conflict')
            ? 'Someone else changed this budget meanwhile. It now shows the latest version; make your change again.'
            : errorMessage(save.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        {changed && (
          <Button variant="default" onClick={() => setDraft(draftOf(budget))}>
            Discard changes
          </Button>
        )}
        {editable && (
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={onSave}
            disabled={!changed}
            loading={save.isPending}
          >
            Save budget
          </Button>
        )}
        <BudgetApprovalButtons budget={budget} unsaved={changed} />
      </Group>
    </Stack>
  );
}
