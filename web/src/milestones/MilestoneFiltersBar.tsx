import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import { usePortfolios } from '../api/portfolios.js';
import { FilterBar } from '../components/FilterBar.js';
import { stateLabel } from '../lib/states.js';
import { MilestoneStatusBadge } from './MilestoneStatusBadge.js';
import { type MilestoneFilters, windowInverted } from './milestone-filters.js';
import { MILESTONE_STATUSES, type MilestoneStatus, STATUS_LABELS } from './milestone-model.js';

const STATE_OPTIONS = PROJECT_STATES.map((s) => ({ value: s, label: stateLabel(s) }));
const STATUS_OPTIONS = MILESTONE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

interface Props {
  readonly filters: MilestoneFilters;
  readonly onChange: (patch: Partial<MilestoneFilters>) => void;
  readonly onClear: () => void;
  readonly active: boolean;
  readonly compact: boolean;
}

/** Portfolio, project state, milestone status and date-window filters of the milestone view. */
export function MilestoneFiltersBar({ filters, onChange, onClear, active, compact }: Props) {
  const portfolios = usePortfolios();
  const portfolioOptions = (portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  const folded = filters.states.length + filters.statuses.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);

  return (
    <FilterBar
      compact={compact}
      foldedCount={folded}
      primary={
        <Select
          label="Portfolio"
          placeholder="All portfolios"
          data={portfolioOptions}
          value={filters.portfolioId}
          onChange={(portfolioId) => onChange({ portfolioId })}
          clearable
          searchable
          style={{ flex: '1 1 200px' }}
        />
      }
    >
      <MultiSelect
        label="Project state"
        placeholder={filters.states.length ? undefined : 'Any state'}
        data={STATE_OPTIONS}
        value={filters.states}
        onChange={(v) => onChange({ states: v as ProjectState[] })}
        clearable
        style={{ flex: '1 1 220px' }}
      />
      <MultiSelect
        label="Milestone status"
        placeholder={filters.statuses.length ? undefined : 'Any status'}
        data={STATUS_OPTIONS}
        value={filters.statuses}
        onChange={(v) => onChange({ statuses: v as MilestoneStatus[] })}
        renderOption={({ option }) => <MilestoneStatusBadge status={option.value as MilestoneStatus} />}
        renderPill={({ value, onRemove }) =>
          value ? <MilestoneStatusBadge status={value as MilestoneStatus} onRemove={onRemove} /> : null
        }
        clearable
        style={{ flex: '1 1 260px' }}
      />
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: '0 1 320px' }}>
        <TextInput
          label="From"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ from: e.currentTarget.value })}
          style={{ flex: 1 }}
        />
        <TextInput
          label="To"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          error={windowInverted(filters) ? 'Before “From”' : undefined}
          onChange={(e) => onChange({ to: e.currentTarget.value })}
          style={{ flex: 1 }}
        />
      </Group>
      {active && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters
        </Button>
      )}
    </FilterBar>
  );
}
