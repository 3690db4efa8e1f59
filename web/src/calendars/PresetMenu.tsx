import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconCopy, IconTemplate } from '@tabler/icons-react';
import type { CalendarResource } from '../../../src/contracts/index.js';
import { type CalendarDraft, draftFromFields } from './calendar-draft.js';
import { CALENDAR_PRESETS, weekSummary } from './calendar-summary.js';

interface Props {
  readonly draft: CalendarDraft;
  readonly onChange: (draft: CalendarDraft) => void;
  readonly copySources: readonly CalendarResource[];
}

/** Quick starts: a preset week (keeps the exceptions), or everything of another calendar but its name. */
export function PresetMenu({ draft, onChange, copySources }: Props) {
  return (
    <Menu position="bottom-end" width={300} withinPortal shadow="md">
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconTemplate size={14} />}
          rightSection={<IconChevronDown size={14} />}
        >
          Presets
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Working week</Menu.Label>
        {CALENDAR_PRESETS.map((p) => (
          <Menu.Item
            key={p.id}
            onClick={() => {
              const { week } = draftFromFields({ name: '', week: p.fields.week });
              onChange({ ...draft, ...p.fields, week });
            }}
          >
            <Text size="sm">{p.label}</Text>
            <Text size="xs" c="dimmed">
              {p.description}
            </Text>
          </Menu.Item>
        ))}
        {copySources.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>Copy week and exceptions from</Menu.Label>
            {copySources.map((c) => (
              <Menu.Item
                key={c.id}
                leftSection={<IconCopy size={14} />}
                onClick={() =>
                  onChange({ ...draftFromFields(c), name: draft.name.trim() ? draft.name : `${c.name} (copy)` })
                }
              >
                <Text size="sm">{c.name}</Text>
                <Text size="xs" c="dimmed">
                  {weekSummary(c.week)} · {c.exceptions.length} exception{c.exceptions.length === 1 ? '' : 's'}
                </Text>
              </Menu.Item>
            ))}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
