import { Grid, NativeSelect, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useCurrentUser } from '../api/auth.js';
import { usePortfolios } from '../api/portfolios.js';
import { useUserOptions } from '../api/users.js';
import { can } from '../lib/can.js';
import type { CharterDraft } from '../lib/charter-draft.js';
import type { FieldErrors } from '../lib/field-errors.js';
import { PRIORITY_LABELS } from '../lib/states.js';

interface Props {
  readonly draft: CharterDraft;
  readonly errors: FieldErrors;
  readonly onChange: (patch: Partial<CharterDraft>) => void;
  /** Marks a field as visited, so its message shows before the first save. */
  readonly onTouch: (field: keyof CharterDraft) => void;
  /** 'create' shows the essentials; 'full' the whole charter. */
  readonly variant: 'create' | 'full';
  /** Name shown when the manager cannot be picked (the user may not list users). */
  readonly managerName?: string | null;
}

const PRIORITY_OPTIONS = [1, 2, 3, 4, 5].map((p) => ({ value: String(p), label: `${p} – ${PRIORITY_LABELS[p]}` }));

/** The charter's inputs, labelled for people and tests alike; messages appear under each field. */
export function CharterFields({ draft, errors, onChange, onTouch, variant, managerName }: Props) {
  const me = useCurrentUser();
  const canPickManager = can(me, 'user.list');
  const users = useUserOptions(canPickManager);
  const portfolios = usePortfolios();
  const full = variant === 'full';

  const text = (field: keyof CharterDraft) => ({
    value: draft[field] as string,
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [field]: e.currentTarget.value }),
    onBlur: () => onTouch(field),
    error: errors[field],
  });

  const managerPlaceholder = variant === 'create' && me.user.role === 'project_manager' ? 'You' : 'Unassigned';
  // Keep the current manager selectable even when they are inactive and so missing from the list.
  const managerOptions =
    draft.managerId && !users.options.some((o) => o.value === draft.managerId)
      ? [...users.options, { value: draft.managerId, label: managerName ?? 'Current manager' }]
      : users.options;
  const portfolioOptions = (portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));

  return (
    <Stack gap="sm">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Code"
            placeholder={variant === 'create' ? 'Automatic, e.g. PRJ-0042' : undefined}
            {...text('code')}
            onChange={(e) => onChange({ code: e.currentTarget.value.toUpperCase() })}
            maxLength={20}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput label="Name" required {...text('name')} />
        </Grid.Col>
      </Grid>
      <Textarea label="Objective" autosize minRows={2} maxRows={8} {...text('objective')} />
      {full && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea label="In scope" autosize minRows={2} maxRows={10} {...text('inScope')} />
          <Textarea label="Out of scope" autosize minRows={2} maxRows={10} {...text('outOfScope')} />
          <TextInput label="Client" {...text('client')} />
          <TextInput label="Sponsor" {...text('sponsor')} />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {canPickManager ? (
          <Select
            label="Manager"
            placeholder={users.isPending ? 'Loading users…' : managerPlaceholder}
            data={managerOptions}
            value={draft.managerId}
            onChange={(managerId) => onChange({ managerId })}
            error={errors.managerId}
            searchable
            clearable
            nothingFoundMessage="No matching user"
          />
        ) : (
          <TextInput label="Manager" value={managerName ?? managerPlaceholder} readOnly variant="filled" />
        )}
        <Select
          label="Portfolio"
          placeholder="No portfolio"
          data={portfolioOptions}
          value={draft.portfolioId}
          onChange={(portfolioId) => onChange({ portfolioId })}
          error={errors.portfolioId}
          searchable
          clearable
        />
        <TextInput label="Planned start" type="date" {...text('plannedStart')} />
        <TextInput
          label="Planned finish"
          type="date"
          {...text('plannedFinish')}
          min={draft.plannedStart || undefined}
        />
      </SimpleGrid>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label="Budget" inputMode="decimal" placeholder="0.00" {...text('budget')} />
        </Grid.Col>
        <Grid.Col span={{ base: 5, sm: 2 }}>
          <TextInput
            label="Currency"
            maxLength={3}
            {...text('currency')}
            onChange={(e) => onChange({ currency: e.currentTarget.value.toUpperCase() })}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 7, sm: 4 }}>
          <NativeSelect
            label="Priority"
            data={PRIORITY_OPTIONS}
            value={draft.priority}
            onChange={(e) => onChange({ priority: e.currentTarget.value })}
            error={errors.priority}
          />
        </Grid.Col>
      </Grid>
      {full && (
        <TagsInput
          label="Tags"
          placeholder="Type a tag and press Enter"
          value={draft.tags}
          onChange={(tags) => onChange({ tags })}
          onBlur={() => onTouch('tags')}
          error={errors.tags}
          maxTags={20}
          clearable
        />
      )}
    </Stack>
  );
}
