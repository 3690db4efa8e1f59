import { Alert, Button, Code, CopyButton, Group, Stack } from '@mantine/core';
import { IconCheck, IconCopy, IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * A secret Gantry shows only once (an API token, a webhook's signing secret): why to copy it now,
 * the value, a copy button and Done. `above` and `below` hold what the caller adds around the value.
 */
export function SecretShownOnce(props: {
  title: string;
  warning: ReactNode;
  /** The value's accessible name ("Token secret"). */
  label: string;
  /** The copy button's text ("Copy token"). */
  copyLabel: string;
  secret: string;
  above?: ReactNode;
  below?: ReactNode;
  onClose: () => void;
}) {
  return (
    <Stack>
      <Alert color="yellow" variant="light" icon={<IconShieldLock />} title={props.title}>
        {props.warning}
      </Alert>
      {props.above}
      <Code block aria-label={props.label} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {props.secret}
      </Code>
      {props.below}
      <Group justify="flex-end">
        <CopyButton value={props.secret}>
          {({ copied, copy }) => (
            <Button
              variant="light"
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? 'Copied' : props.copyLabel}
            </Button>
          )}
        </CopyButton>
        <Button onClick={props.onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
