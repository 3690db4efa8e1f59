import { CloseButton, Group, Text, TextInput } from '@mantine/core';
import { datePart, formatPlanDate } from './plan-dates.js';

/**
 * The plan's status date (the "as of" date progress is measured against). A native date input:
 * the app carries no date-picker package, and the browser's picker is accessible and localised.
 */
export function StatusDateInput({
  value,
  editable,
  onChange,
}: {
  value: string | null;
  editable: boolean;
  onChange(date: string | null): void;
}) {
  if (!editable) {
    return (
      <Text size="xs" c="dimmed" className="gantry-nowrap">
        Status date <b>{formatPlanDate(value) || 'none'}</b>
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="dimmed" component="label" htmlFor="plan-status-date" className="gantry-nowrap">
        Status date
      </Text>
      <TextInput
        id="plan-status-date"
        type="date"
        size="xs"
        w={140}
        value={value ? datePart(value) : ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          // Half-typed dates are empty strings in a date input: only send complete ones.
          if (/^\d{4}-\d{2}-\d{2}$/.test(v)) onChange(v);
        }}
        rightSection={
          value ? <CloseButton size="xs" aria-label="Clear status date" onClick={() => onChange(null)} /> : undefined
        }
      />
    </Group>
  );
}
