import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { OPTIONAL_COLUMNS, type OptionalColumnKey, optionalColumnLabel } from './grid/columns.js';

/** The grid's column chooser: the optional columns (money fields), each on or off. */
export function ColumnsMenu({
  shown,
  onToggle,
}: {
  shown: ReadonlySet<OptionalColumnKey>;
  onToggle(key: OptionalColumnKey, on: boolean): void;
}) {
  return (
    <Popover position="bottom-start" withinPortal shadow="md">
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconColumns size={14} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label="Optional columns">
          <Text size="xs" c="dimmed">
            Cost and earned value
          </Text>
          {OPTIONAL_COLUMNS.map((key) => (
            <Checkbox
              key={key}
              size="xs"
              label={optionalColumnLabel(key)}
              checked={shown.has(key)}
              onChange={(e) => onToggle(key, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
