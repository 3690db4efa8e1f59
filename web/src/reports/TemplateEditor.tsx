import { ActionIcon, Button, Group, Input, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_SECTION_TITLE_LENGTH, MAX_TEMPLATE_SECTIONS } from '../../../src/contracts/index.js';
import { type DraftSection, draftSection, moveSection } from './template-sections.js';

interface Props {
  readonly sections: readonly DraftSection[];
  readonly onChange: (sections: DraftSection[]) => void;
  /** Messages by API path: `sections`, `sections.2.title`, `sections.1.key`. */
  readonly errors: Readonly<Record<string, string>>;
  readonly disabled?: boolean;
}

/** The sections of a report template: rename, reorder, add and remove (at least one, at most the server's limit). */
export function TemplateEditor({ sections, onChange, errors, disabled }: Props) {
  const set = (i: number, title: string) => onChange(sections.map((s, j) => (j === i ? { ...s, title } : s)));
  const full = sections.length >= MAX_TEMPLATE_SECTIONS;
  return (
    <Input.Wrapper
      label="Report sections"
      description="The headings a project manager writes under, in this order"
      error={errors.sections}
    >
      <Stack gap={6} mt={6} role="list" aria-label="Report sections">
        {sections.map((s, i) => (
          <Group key={s.uid} gap={4} wrap="nowrap" align="flex-start" role="listitem">
            <Text size="sm" c="dimmed" w={20} ta="right" mt={6}>
              {i + 1}.
            </Text>
            <TextInput
              style={{ flex: 1 }}
              size="sm"
              aria-label={`Section ${i + 1} title`}
              placeholder="Section title"
              value={s.title}
              maxLength={MAX_SECTION_TITLE_LENGTH}
              disabled={disabled}
              onChange={(e) => set(i, e.currentTarget.value)}
              error={errors[`sections.${i}.title`] ?? errors[`sections.${i}.key`]}
            />
            <Tooltip label="Move up">
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={`Move section ${i + 1} up`}
                disabled={disabled || i === 0}
                onClick={() => onChange(moveSection(sections, i, i - 1))}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={`Move section ${i + 1} down`}
                disabled={disabled || i === sections.length - 1}
                onClick={() => onChange(moveSection(sections, i, i + 1))}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={sections.length === 1 ? 'A report needs at least one section' : 'Remove section'}>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={`Remove section ${i + 1}`}
                disabled={disabled || sections.length === 1}
                onClick={() => onChange(sections.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <Group>
          <Tooltip label={`At most ${MAX_TEMPLATE_SECTIONS} sections`} disabled={!full}>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={disabled || full}
              onClick={() => onChange([...sections, draftSection()])}
            >
              Add section
            </Button>
          </Tooltip>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
