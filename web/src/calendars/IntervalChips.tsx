import { ActionIcon, Badge, CloseButton, Group, TextInput, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { CalendarErrors } from './calendar-validation.js';
import { nextInterval, normaliseInterval } from './working-time.js';

interface Props {
  /** What the intervals belong to, for labels: "Monday", "Exception 2". */
  readonly label: string;
  readonly intervals: readonly string[];
  readonly onChange: (next: string[]) => void;
  /** Dotted path of the list ("week.monday"); chip i is `${path}.${i}`. */
  readonly path: string;
  readonly errors: CalendarErrors;
  readonly readOnly?: boolean;
}

/** Working intervals as small editable chips "08:00-12:00", each removable, with a button to add one. */
export function IntervalChips({ label, intervals, onChange, path, errors, readOnly }: Props) {
  // The chip just added takes the focus, so typing replaces the suggested hours at once.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  if (readOnly) {
    return (
      <Group gap={6}>
        {intervals.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a day may list the same interval twice
          <Badge key={i} variant="light" color="blue" radius="sm" size="lg" ff="monospace" fw={500} tt="none">
            {text}
          </Badge>
        ))}
      </Group>
    );
  }
  const set = (index: number, text: string) => onChange(intervals.map((t, i) => (i === index ? text : t)));
  const suggestion = nextInterval(intervals);
  return (
    <Group gap={6} wrap="wrap">
      {intervals.map((text, i) => (
        <TextInput
          // biome-ignore lint/suspicious/noArrayIndexKey: chips are positions in a list the user edits
          key={i}
          size="xs"
          radius="xl"
          w={128}
          aria-label={`${label} working hours ${i + 1}`}
          value={text}
          placeholder="08:00-12:00"
          autoFocus={focusIndex === i}
          error={Boolean(errors[`${path}.${i}`])}
          onChange={(e) => set(i, e.currentTarget.value)}
          onBlur={() => {
            setFocusIndex(null);
            const tidy = normaliseInterval(text);
            if (tidy !== text) set(i, tidy);
          }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', paddingRight: 26 } }}
          rightSectionWidth={26}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={`Remove ${label} ${text || 'empty hours'}`}
              onClick={() => onChange(intervals.filter((_, k) => k !== i))}
            />
          }
        />
      ))}
      {suggestion && (
        <Tooltip label={`Add working hours to ${label}`}>
          <ActionIcon
            variant="light"
            radius="xl"
            size={30}
            aria-label={`Add working hours to ${label}`}
            onClick={() => {
              setFocusIndex(intervals.length);
              onChange([...intervals, suggestion]);
            }}
          >
            <IconPlus size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
