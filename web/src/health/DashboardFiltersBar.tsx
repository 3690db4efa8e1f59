import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { PortfolioHealthItem } from '../../../src/contracts/index.js';
import { RAGS, type Rag } from '../../../src/core/health/model.js';
import { PROJECT_STATE_LABELS, PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import { usePortfolios } from '../api/portfolios.js';
import type { DashboardFilters } from './dashboard-model.js';
import { RAG_LABELS } from './health-format.js';

interface Props {
  readonly filters: DashboardFilters;
  readonly items: readonly PortfolioHealthItem[];
  readonly onChange: (patch: Partial<DashboardFilters>) => void;
  readonly onClear: () => void;
  readonly active: boolean;
  readonly extra?: ReactNode;
}

/** Portfolio, state, manager and overall RAG filters; managers are those of the projects listed. */
export function DashboardFiltersBar({ filters, items, onChange, onClear, active, extra }: Props) {
  const portfolios = usePortfolios();
  const managers = new Map<string, string>();
  for (const i of items) if (i.managerId && i.managerName) managers.set(i.managerId, i.managerName);
  if (filters.managerId && !managers.has(filters.managerId)) managers.set(filters.managerId, 'Me');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Portfolio"
        placeholder="All portfolios"
        clearable
        w={200}
        data={(portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={filters.portfolioId}
        onChange={(portfolioId) => onChange({ portfolioId })}
      />
      <MultiSelect
        label="State"
        placeholder={filters.states.length ? undefined : 'Any state'}
        clearable
        w={220}
        data={PROJECT_STATES.map((s) => ({ value: s, label: PROJECT_STATE_LABELS[s] }))}
        value={[...filters.states]}
        onChange={(v) => onChange({ states: v as ProjectState[] })}
      />
      <Select
        label="Manager"
        placeholder="Any manager"
        clearable
        searchable
        w={200}
        data={[...managers].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))}
        value={filters.managerId}
        onChange={(managerId) => onChange({ managerId })}
      />
      <MultiSelect
        label="Overall RAG"
        placeholder={filters.rags.length ? undefined : 'Any'}
        clearable
        w={200}
        data={[...RAGS].reverse().map((r) => ({ value: r, label: RAG_LABELS[r] }))}
        value={[...filters.rags]}
        onChange={(v) => onChange({ rags: v as Rag[] })}
      />
      {active && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters
        </Button>
      )}
      <Group gap="xs" ml="auto">
        {extra}
      </Group>
    </Group>
  );
}
