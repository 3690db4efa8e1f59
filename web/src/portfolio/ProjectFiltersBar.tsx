import { Button, Checkbox, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { PROJECT_STATES, type ProjectState } from '../../../src/core/lifecycle.js';
import { usePortfolios } from '../api/portfolios.js';
import { FilterBar } from '../components/FilterBar.js';
import { stateLabel } from '../lib/states.js';
import type { ProjectFilters } from './project-filters.js';

interface Props {
  readonly filters: ProjectFilters;
  readonly onChange: (patch: Partial<ProjectFilters>) => void;
  readonly onClear: () => void;
  readonly active: boolean;
  /** Phones: the search box stays, the other filters fold under a "Filters" button. */
  readonly compact?: boolean;
  /** Extra controls shown with the folded filters (the sort picker on phones). */
  readonly extra?: ReactNode;
}

const STATE_OPTIONS = PROJECT_STATES.map((s) => ({ value: s, label: stateLabel(s) }));

/** Text search, state and portfolio filters above the project list. */
export function ProjectFiltersBar({ filters, onChange, onClear, active, compact = false, extra }: Props) {
  const portfolios = usePortfolios();
  const [text, setText] = useState(filters.q);
  // Typing should not fire a request per key; the URL (and so the query) follows after a pause.
  const pushText = useDebouncedCallback((q: string) => onChange({ q: q.trim() }), 300);
  // "Clear filters" and back/forward change the URL under us; mirror that into the box.
  useEffect(() => setText(filters.q), [filters.q]);

  const portfolioOptions = (portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  const hidden = filters.states.length + (filters.portfolioId ? 1 : 0) + (filters.awaitingApproval ? 1 : 0);

  const search = (
    <TextInput
      label="Search projects"
      placeholder="Code or name"
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        pushText(e.currentTarget.value);
      }}
      style={{ flex: '1 1 220px' }}
    />
  );
  const states = (
    <MultiSelect
      label="State"
      placeholder={filters.states.length ? undefined : 'Any state'}
      data={STATE_OPTIONS}
      value={filters.states}
      onChange={(v) => onChange({ states: v as ProjectState[] })}
      clearable
      style={{ flex: '1 1 220px' }}
    />
  );
  const portfolio = (
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
  );
  const awaiting = (
    <Checkbox
      label="Approval requested"
      checked={filters.awaitingApproval}
      onChange={(e) => onChange({ awaitingApproval: e.currentTarget.checked })}
      style={{ alignSelf: 'flex-end', paddingBottom: 8 }}
    />
  );
  const clear = active && (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
      Clear filters
    </Button>
  );

  return (
    <FilterBar primary={search} compact={compact} foldedCount={hidden}>
      {states}
      {portfolio}
      {awaiting}
      {compact && extra}
      {clear}
    </FilterBar>
  );
}
