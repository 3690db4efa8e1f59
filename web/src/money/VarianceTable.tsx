import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { EarnedValueReport } from '../../../src/contracts/index.js';
import { Pager } from '../components/Pager.js';
import { formatMoney } from '../lib/money.js';
import { formatIndex } from './ev-figures.js';

/** Rows per page: a large plan is read a page at a time rather than rendered whole. */
const PAGE_SIZE = 50;

type Row = EarnedValueReport['tasks'][number];

const bad = (v: number | null, limit: number) => (v !== null && v < limit ? 'red.7' : undefined);

/** Earned value per task and WBS summary (summaries in bold, including their subtree), in WBS order. */
export function VarianceTable({ tasks, currency }: { tasks: EarnedValueReport['tasks']; currency: string }) {
  const [page, setPage] = useState(1);
  if (tasks.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="md">
        The plan has no tasks.
      </Text>
    );
  }
  const money = (minor: number) => formatMoney(minor, currency);
  const shown = tasks.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const num = (children: string, c?: string) => (
    <Table.Td ta="right" c={c} className="gantry-nowrap">
      {children}
    </Table.Td>
  );
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-label="Variance by WBS">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>WBS</Table.Th>
              <Table.Th>Task</Table.Th>
              {['BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI', 'EAC'].map((h) => (
                <Table.Th key={h} ta="right">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((t: Row) => (
              <Table.Tr key={t.taskId} fw={t.summary ? 700 : undefined} data-summary={t.summary || undefined}>
                <Table.Td ff="monospace">{t.wbs}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{t.name}</Table.Td>
                {num(money(t.bac))}
                {num(money(t.pv))}
                {num(money(t.ev))}
                {num(money(t.ac))}
                {num(money(t.sv), bad(t.sv, 0))}
                {num(money(t.cv), bad(t.cv, 0))}
                {num(formatIndex(t.spi), bad(t.spi, 1))}
                {num(formatIndex(t.cpi), bad(t.cpi, 1))}
                {num(money(t.eac))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tasks.length > PAGE_SIZE && (
        <Pager page={page} pageSize={PAGE_SIZE} total={tasks.length} onPage={setPage} noun="tasks" />
      )}
    </Stack>
  );
}
