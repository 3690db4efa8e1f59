import { ActionIcon, Button, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CostCategory } from '../../../src/contracts/index.js';
import { type DraftErrors, type DraftLine, lineKey } from './budget-draft.js';

/** A WBS element a line may sit on. */
export interface WbsOption {
  readonly id: string;
  readonly wbs: string;
  readonly name: string;
}

interface Props {
  readonly lines: readonly DraftLine[];
  readonly onChange: (lines: DraftLine[]) => void;
  readonly categories: readonly CostCategory[];
  readonly elements: readonly WbsOption[];
  readonly errors: DraftErrors;
}

const PROJECT = '';

/**
 * The working budget's lines as an editable table: category × WBS element (or the project as a
 * whole), amount and note. Inactive categories are offered only to lines that already name them.
 */
export function BudgetLinesEditor({ lines, onChange, categories, elements, errors }: Props) {
  const set = (key: string, patch: Partial<DraftLine>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const elementData = [
    { value: PROJECT, label: 'Project (no WBS element)' },
    ...elements.map((e) => ({ value: e.id, label: `${e.wbs} ${e.name}` })),
  ];
  const active = categories.filter((c) => c.active);
  const add = () =>
    onChange([...lines, { key: lineKey(), category: active[0]?.id ?? '', taskId: null, amount: '', note: '' }]);

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={4} aria-label="Budget lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={180}>Category</Table.Th>
              <Table.Th>WBS element</Table.Th>
              <Table.Th w={150} ta="right">
                Amount
              </Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((l, i) => {
              const options = categories
                .filter((c) => c.active || c.id === l.category)
                .map((c) => ({ value: c.id, label: c.active ? c.name : `${c.name} (inactive)` }));
              const n = i + 1;
              return (
                <Table.Tr key={l.key}>
                  <Table.Td>
                    <Select
                      aria-label={`Category of line ${n}`}
                      data={options}
                      value={l.category}
                      allowDeselect={false}
                      onChange={(v) => v && set(l.key, { category: v })}
                      error={errors[`lines.${l.key}.cell`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`WBS element of line ${n}`}
                      data={
                        l.taskId && !elements.some((e) => e.id === l.taskId)
                          ? [...elementData, { value: l.taskId, label: 'An element no longer in the plan' }]
                          : elementData
                      }
                      value={l.taskId ?? PROJECT}
                      allowDeselect={false}
                      searchable
                      onChange={(v) => set(l.key, { taskId: v ? v : null })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Amount of line ${n}`}
                      inputMode="decimal"
                      placeholder="0.00"
                      styles={{ input: { textAlign: 'right' } }}
                      value={l.amount}
                      onChange={(e) => set(l.key, { amount: e.currentTarget.value })}
                      error={errors[`lines.${l.key}.amount`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Note of line ${n}`}
                      value={l.note}
                      maxLength={1000}
                      onChange={(e) => set(l.key, { note: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Remove line">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove line ${n}`}
                        onClick={() => onChange(lines.filter((x) => x.key !== l.key))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {lines.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="sm">
          No lines yet: add one per cost category, on the project or on a WBS element.
        </Text>
      )}
      <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={add} disabled={!active.length}>
        Add line
      </Button>
    </>
  );
}
