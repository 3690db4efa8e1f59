import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  readonly field: string;
  /** Current sort: a field name, '-' prefixed when descending. */
  readonly sort: string;
  readonly onSort: (sort: string) => void;
  readonly children: ReactNode;
  readonly align?: 'left' | 'right';
}

/** A column header that sorts on the server: first click ascending, next click flips. */
export function SortableTh({ field, sort, onSort, children, align = 'left' }: Props) {
  const ascending = sort === field;
  const descending = sort === `-${field}`;
  const Icon = ascending ? IconArrowUp : descending ? IconArrowDown : IconSelector;
  return (
    <Table.Th
      aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}
      style={{ textAlign: align }}
      className="gantry-nowrap"
    >
      <UnstyledButton className="gantry-sort-button" onClick={() => onSort(ascending ? `-${field}` : field)}>
        {children}
        <Icon size={14} stroke={1.8} opacity={ascending || descending ? 1 : 0.45} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
