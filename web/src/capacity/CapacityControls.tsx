import { Group, Select, TextInput } from '@mantine/core';
import { usePortfolios } from '../api/portfolios.js';

/** What the capacity view is asked for. */
export interface CapacityControlsValue {
  readonly groupBy: 'resource' | 'role' | 'skill' | 'department';
  readonly unit: 'day' | 'week' | 'month';
  readonly from: string;
  readonly to: string;
  readonly portfolioId: string | null;
}

const GROUPS = [
  { value: 'resource', label: 'Resource' },
  { value: 'role', label: 'Role' },
  { value: 'skill', label: 'Skill' },
  { value: 'department', label: 'Department' },
];
const UNITS = [
  { value: 'day', label: 'Days' },
  { value: 'week', label: 'Weeks' },
  { value: 'month', label: 'Months' },
];

/** Group by, unit, from/to and (across projects) portfolio. */
export function CapacityControls({
  value,
  onChange,
  withPortfolio,
  error,
}: {
  value: CapacityControlsValue;
  onChange: (v: Partial<CapacityControlsValue>) => void;
  withPortfolio: boolean;
  /** A field the server refused (from/to out of range), with why. */
  error?: { field: string; message: string } | null;
}) {
  const portfolios = usePortfolios();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Group by"
        data={GROUPS}
        value={value.groupBy}
        allowDeselect={false}
        w={140}
        onChange={(v) => v && onChange({ groupBy: v as CapacityControlsValue['groupBy'] })}
      />
      <Select
        label="Unit"
        data={UNITS}
        value={value.unit}
        allowDeselect={false}
        w={110}
        onChange={(v) => v && onChange({ unit: v as CapacityControlsValue['unit'] })}
      />
      <TextInput
        label="From"
        type="date"
        value={value.from}
        w={150}
        onChange={(e) => e.currentTarget.value && onChange({ from: e.currentTarget.value })}
        error={error?.field === 'from' ? error.message : undefined}
      />
      <TextInput
        label="To"
        type="date"
        value={value.to}
        w={150}
        onChange={(e) => e.currentTarget.value && onChange({ to: e.currentTarget.value })}
        error={error?.field === 'to' ? error.message : undefined}
      />
      {withPortfolio && (
        <Select
          label="Portfolio"
          placeholder="All projects"
          clearable
          w={200}
          data={(portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={value.portfolioId}
          onChange={(v) => onChange({ portfolioId: v })}
        />
      )}
    </Group>
  );
}
