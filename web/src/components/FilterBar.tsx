import { Button, Collapse, Group, Indicator, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  /** Always visible (the search box). */
  readonly primary: ReactNode;
  /** The other filters: in line on wide screens, folded under a "Filters" button on phones. */
  readonly children: ReactNode;
  readonly compact: boolean;
  /** How many folded filters are set, shown on the button so hidden filters are not forgotten. */
  readonly foldedCount: number;
}

/** A row of filters that folds away on phones, where five inputs would push the results off screen. */
export function FilterBar({ primary, children, compact, foldedCount }: Props) {
  const [open, { toggle }] = useDisclosure(false);
  if (!compact) {
    return (
      <Group gap="sm" align="flex-end" wrap="wrap">
        {primary}
        {children}
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        {primary}
        <Indicator label={foldedCount} size={16} disabled={foldedCount === 0}>
          <Button
            variant="default"
            onClick={toggle}
            aria-expanded={open}
            leftSection={<IconAdjustmentsHorizontal size={16} />}
          >
            Filters
          </Button>
        </Indicator>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="sm">{children}</Stack>
      </Collapse>
    </Stack>
  );
}
