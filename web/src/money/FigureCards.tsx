import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { FigureGroup, Tone } from './ev-figures.js';

const TONE_COLOURS: Record<Exclude<Tone, null>, string> = { good: 'teal.8', bad: 'red.7' };

/** The earned value figures as cards, one titled row (or two, on a phone) per group. */
export function FigureCards({ groups }: { groups: readonly FigureGroup[] }) {
  return (
    <Stack gap="md">
      {groups.map((g) => (
        <Stack key={g.title} gap={6}>
          <Title order={3} size="h6" c="dimmed">
            {g.title}
          </Title>
          <SimpleGrid cols={g.figures.length % 4 === 0 ? { base: 2, sm: 4 } : { base: 2, sm: 3, lg: 6 }} spacing="sm">
            {g.figures.map((f) => (
              <Paper key={f.key} withBorder radius="md" p="sm" data-figure={f.key} role="group" aria-label={f.label}>
                <Text size="xs" fw={700} c="dimmed">
                  {f.label}
                </Text>
                <Text
                  size="lg"
                  fw={700}
                  c={f.tone ? TONE_COLOURS[f.tone] : undefined}
                  data-value
                  style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
                >
                  {f.value}
                </Text>
                <Text size="xs" c="dimmed" lh={1.3}>
                  {f.hint}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
