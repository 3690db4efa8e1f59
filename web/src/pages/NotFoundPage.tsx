import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Shown for unknown addresses, and for records that do not exist or the user may not see. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  useDocumentTitle('Not found · Gantry');
  return (
    <Stack align="center" gap="sm" py={80} ta="center">
      <ThemeIcon size={64} radius="xl" variant="light" color="gray">
        <IconMapQuestion size={34} stroke={1.5} />
      </ThemeIcon>
      <Title order={1} size="h3">
        This {what} was not found
      </Title>
      <Text c="dimmed" maw={420}>
        {what === 'page'
          ? 'The address may be mistyped, or the page has moved.'
          : `The ${what} may have been deleted, or you do not have access to it.`}
      </Text>
      <Button component={Link} to="/" mt="sm">
        Back to the portfolio
      </Button>
    </Stack>
  );
}
