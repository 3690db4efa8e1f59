import { Button, Select, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPES } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { useUserOptions } from '../api/users.js';
import { FilterBar } from '../components/FilterBar.js';
import { can } from '../lib/can.js';
import type { AuditFilters } from './audit-filters.js';

const ACTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));
const ENTITY_TYPES = Object.entries(AUDIT_ENTITY_TYPES).map(([value, label]) => ({ value, label }));

interface Props {
  readonly filters: AuditFilters;
  readonly onChange: (patch: Partial<AuditFilters>) => void;
  readonly onClear: () => void;
  readonly active: boolean;
  readonly compact: boolean;
}

/** Action, entity type, actor and date-range filters of the audit log. */
export function AuditFiltersBar({ filters, onChange, onClear, active, compact }: Props) {
  const me = useCurrentUser();
  const users = useUserOptions(can(me, 'user.list'));

  const foldedCount = [filters.entityType, filters.actorId, filters.from, filters.to].filter(Boolean).length;
  return (
    <FilterBar
      compact={compact}
      foldedCount={foldedCount}
      primary={
        <Select
          label="Action"
          placeholder="Any action"
          data={ACTIONS}
          value={filters.action || null}
          onChange={(value) => onChange({ action: value ?? '' })}
          searchable
          clearable
          style={{ flex: '1 1 180px' }}
        />
      }
    >
      <Select
        label="Entity type"
        placeholder="Any entity"
        data={ENTITY_TYPES}
        value={filters.entityType}
        onChange={(entityType) => onChange({ entityType })}
        clearable
        style={{ flex: '1 1 160px' }}
      />
      {can(me, 'user.list') && (
        <Select
          label="Actor"
          placeholder="Anyone"
          data={users.options}
          value={filters.actorId}
          onChange={(actorId) => onChange({ actorId })}
          searchable
          clearable
          style={{ flex: '1 1 200px' }}
        />
      )}
      <TextInput
        label="From"
        type="date"
        value={filters.from}
        max={filters.to || undefined}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
        style={{ flex: '0 1 160px' }}
      />
      <TextInput
        label="To"
        type="date"
        value={filters.to}
        min={filters.from || undefined}
        onChange={(e) => onChange({ to: e.currentTarget.value })}
        style={{ flex: '0 1 160px' }}
      />
      {active && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters
        </Button>
      )}
    </FilterBar>
  );
}
