import { Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CostCategory, PortfolioBudget } from '../../../src/contracts/index.js';
import { formatMoney } from '../lib/money.js';
import { cellKey, type PortfolioDraft } from './portfolio-budget-draft.js';

interface Props {
  readonly budget: PortfolioBudget;
  readonly years: readonly number[];
  readonly categories: readonly string[];
  readonly names: ReadonlyMap<string, CostCategory>;
  /** The typed amounts while editing; null shows the saved budget. */
  readonly draft: PortfolioDraft | null;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (key: string, text: string) => void;
}

const OVER = 'var(--mantine-color-red-light)';

/**
 * Year × category: the budget (typed while editing) over the projects' approved amounts spread
 * into that year; a cell the projects exceed is marked. Below, the projects' reserves and each
 * year's total against the budget.
 */
export function PortfolioBudgetGrid({ budget, years, categories, names, draft, errors, onChange }: Props) {
  const money = (minor: number) => formatMoney(minor, budget.currency);
  const cell = (year: number, category: string) => budget.cells.find((c) => c.year === year && c.category === category);
  const year = (y: number) => budget.years.find((r) => r.year === y);
  return (
    <Table.ScrollContainer minWidth={200 + years.length * 160}>
      <Table withColumnBorders aria-label="Portfolio budget by year and category">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            {years.map((y) => (
              <Table.Th key={y} ta="right">
                {y}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {categories.map((category) => {
            const name = names.get(category)?.name ?? category;
            return (
              <Table.Tr key={category}>
                <Table.Th scope="row">{name}</Table.Th>
                {years.map((y) => {
                  const c = cell(y, category);
                  const key = cellKey(y, category);
                  return (
                    <Table.Td
                      key={y}
                      ta="right"
                      style={c?.over && !draft ? { background: OVER } : undefined}
                      data-over={c?.over ? 'true' : undefined}
                    >
                      <Stack gap={2} align="flex-end">
                        {draft ? (
                          <TextInput
                            aria-label={`Budget for ${name} in ${y}`}
                            size="xs"
                            inputMode="decimal"
                            styles={{ input: { textAlign: 'right' } }}
                            value={draft[key] ?? ''}
                            onChange={(e) => onChange(key, e.currentTarget.value)}
                            error={errors[key]}
                          />
                        ) : (
                          <Text ff="monospace" size="sm">
                            {money(c?.budgetMinor ?? 0)}
                          </Text>
                        )}
                        <Text size="xs" c={c?.over ? 'red' : 'dimmed'} ff="monospace">
                          {c?.over && (
                            <Tooltip label="The projects' approved budgets exceed the portfolio's here">
                              <IconAlertTriangle size={12} aria-label="Over budget" style={{ verticalAlign: -1 }} />
                            </Tooltip>
                          )}{' '}
                          projects {money(c?.projectsMinor ?? 0)}
                        </Text>
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Th scope="row">Projects' contingency reserves</Table.Th>
            {years.map((y) => (
              <Table.Td key={y} ta="right" ff="monospace">
                {money(year(y)?.contingencyMinor ?? 0)}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Projects' management reserves</Table.Th>
            {years.map((y) => (
              <Table.Td key={y} ta="right" ff="monospace">
                {money(year(y)?.managementReserveMinor ?? 0)}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            {years.map((y) => {
              const r = year(y);
              return (
                <Table.Td key={y} ta="right" style={r?.over ? { background: OVER } : undefined}>
                  <Text fw={700} ff="monospace" size="sm">
                    {money(r?.budgetMinor ?? 0)}
                  </Text>
                  <Text size="xs" c={r?.over ? 'red' : 'dimmed'} ff="monospace">
                    projects {money(r?.projectsMinor ?? 0)}
                  </Text>
                </Table.Td>
              );
            })}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
