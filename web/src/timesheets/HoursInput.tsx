import { TextInput } from '@mantine/core';
import { hoursText, parseHours } from './hours.js';

/**
 * One day's hours of one line: typed freely ("7.5", "7:30"), shown as h:mm once the field is left,
 * so the grid reads the same whatever was typed. `label` names the task and day for screen readers.
 */
export function HoursInput({
  value,
  onChange,
  label,
  error,
  size = 'sm',
}: {
  value: string;
  onChange: (text: string) => void;
  label: string;
  error?: string | undefined;
  size?: 'sm' | 'md';
}) {
  return (
    <TextInput
      size={size}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={() => {
        const p = parseHours(value);
        if (p.ok && hoursText(p.minutes) !== value) onChange(hoursText(p.minutes));
      }}
      aria-label={label}
      inputMode="decimal"
      autoComplete="off"
      error={error}
      styles={{ input: { textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}
