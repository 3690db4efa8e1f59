import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ResourceFields } from '../../../src/contracts/index.js';
import type { PathErrors, RateDraft } from './resource-draft.js';

/*
 * The editor's lists: personal calendar exceptions, maximum units over time, cost rates over time,
 * skills. Each row's inputs show the API's error for their own path ("maxUnits.1.from"); an error
 * about the whole list ("maxUnits: equipment has no working time") shows under the list.
 */

interface ListProps<T> {
  readonly items: readonly T[];
  readonly onChange: (items: T[]) => void;
  readonly errors: PathErrors;
  readonly readOnly: boolean;
}

const replace = <T,>(items: readonly T[], i: number, patch: Partial<T>): T[] =>
  items.map((item, k) => (k === i ? { ...item, ...patch } : item));
const without = <T,>(items: readonly T[], i: number): T[] => items.filter((_, k) => k !== i);

/** The first error at `path` or under it (a list item's nested fields). */
const errorUnder = (errors: PathErrors, path: string) =>
  errors[path] ?? Object.entries(errors).find(([p]) => p.startsWith(`${path}.`))?.[1];

function ListFrame(props: {
  readonly field: string;
  readonly label: string;
  readonly empty: string;
  readonly count: number;
  readonly errors: PathErrors;
  readonly readOnly: boolean;
  readonly onAdd: () => void;
  readonly head: React.ReactNode;
  readonly children: React.ReactNode;
}) {
  return (
    <Stack gap="xs">
      {props.count === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={4} aria-label={props.label}>
            <Table.Thead>{props.head}</Table.Thead>
            <Table.Tbody>{props.children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {props.errors[props.field] && (
        <Text size="sm" c="red" role="alert">
          {props.errors[props.field]}
        </Text>
      )}
      {!props.readOnly && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={props.onAdd}>
            {props.label}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function RemoveButton({ label, onClick, hidden }: { label: string; onClick: () => void; hidden: boolean }) {
  if (hidden) return null;
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}

type Exception = ResourceFields['exceptions'][number];

/** "09:00-12:00, 13:00-17:00" as working periods (as typed: the schema judges them). */
function periodsOf(text: string): Exception['working'] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [start = '', end = ''] = p.split('-').map((s) => s.trim());
      return { start, end };
    });
}
const periodsText = (w: Exception['working']) => w.map((p) => `${p.start}-${p.end}`).join(', ');

function ExceptionRow(props: {
  readonly e: Exception;
  readonly i: number;
  readonly errors: PathErrors;
  readonly readOnly: boolean;
  readonly onChange: (patch: Partial<Exception>) => void;
  readonly onRemove: () => void;
}) {
  const { e, i, errors } = props;
  // The hours stay as typed while being typed; the draft gets them parsed.
  const [hours, setHours] = useState(periodsText(e.working));
  const at = `exceptions.${i}`;
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          aria-label={`Exception ${i + 1} name`}
          placeholder="Leave"
          value={e.name}
          onChange={(ev) => props.onChange({ name: ev.currentTarget.value })}
          error={errors[`${at}.name`]}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={`Exception ${i + 1} from`}
          value={e.from}
          onChange={(ev) => props.onChange({ from: ev.currentTarget.value })}
          error={errors[`${at}.from`]}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={`Exception ${i + 1} to`}
          value={e.to}
          onChange={(ev) => props.onChange({ to: ev.currentTarget.value })}
          error={errors[`${at}.to`]}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={`Exception ${i + 1} working hours`}
          placeholder="Day off"
          value={hours}
          onChange={(ev) => {
            setHours(ev.currentTarget.value);
            props.onChange({ working: periodsOf(ev.currentTarget.value) });
          }}
          error={errorUnder(errors, `${at}.working`)}
        />
      </Table.Td>
      <Table.Td>
        <RemoveButton label={`Remove exception ${i + 1}`} onClick={props.onRemove} hidden={props.readOnly} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Personal exceptions to the base calendar: leave (no hours) or different hours over a date range. */
export function ExceptionsEditor({ items, onChange, errors, readOnly }: ListProps<Exception>) {
  return (
    <ListFrame
      field="exceptions"
      label="Add exception"
      empty="No personal exceptions: the base calendar applies as it is."
      count={items.length}
      errors={errors}
      readOnly={readOnly}
      onAdd={() => onChange([...items, { name: '', from: '', to: '', working: [] }])}
      head={
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>From</Table.Th>
          <Table.Th>To</Table.Th>
          <Table.Th>Working hours (empty: day off)</Table.Th>
          <Table.Th />
        </Table.Tr>
      }
    >
      {items.map((e, i) => (
        <ExceptionRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; removal re-keys the rest
          key={i}
          e={e}
          i={i}
          errors={errors}
          readOnly={readOnly}
          onChange={(patch) => onChange(replace(items, i, patch))}
          onRemove={() => onChange(without(items, i))}
        />
      ))}
    </ListFrame>
  );
}

type UnitsStep = ResourceFields['maxUnits'][number];

/** Maximum units from a date on (100 % before the first step). */
export function UnitsEditor({ items, onChange, errors, readOnly }: ListProps<UnitsStep>) {
  return (
    <ListFrame
      field="maxUnits"
      label="Add units step"
      empty="Available at 100 % throughout."
      count={items.length}
      errors={errors}
      readOnly={readOnly}
      onAdd={() => onChange([...items, { from: '', unitsPercent: 100 }])}
      head={
        <Table.Tr>
          <Table.Th>From</Table.Th>
          <Table.Th>Maximum units (%)</Table.Th>
          <Table.Th />
        </Table.Tr>
      }
    >
      {items.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <Table.Tr key={i}>
          <Table.Td>
            <TextInput
              type="date"
              aria-label={`Units step ${i + 1} from`}
              value={s.from}
              onChange={(ev) => onChange(replace(items, i, { from: ev.currentTarget.value }))}
              error={errors[`maxUnits.${i}.from`]}
            />
          </Table.Td>
          <Table.Td>
            <NumberInput
              aria-label={`Units step ${i + 1} percent`}
              min={0}
              max={1000}
              suffix=" %"
              value={s.unitsPercent}
              onChange={(v) => onChange(replace(items, i, { unitsPercent: typeof v === 'number' ? v : Number.NaN }))}
              error={errors[`maxUnits.${i}.unitsPercent`]}
            />
          </Table.Td>
          <Table.Td>
            <RemoveButton
              label={`Remove units step ${i + 1}`}
              onClick={() => onChange(without(items, i))}
              hidden={readOnly}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListFrame>
  );
}

/** Cost rates from a date on, typed in the currency's major units. */
export function RatesEditor({
  items,
  onChange,
  errors,
  readOnly,
  currency,
}: ListProps<RateDraft> & { currency: string }) {
  const money = (i: number, key: 'standard' | 'overtime' | 'perUse', wire: string, label: string) => (
    <TextInput
      aria-label={`Rate ${i + 1} ${label}`}
      inputMode="decimal"
      rightSection={<Text size="xs">{currency}</Text>}
      rightSectionWidth={44}
      value={items[i]?.[key] ?? ''}
      onChange={(ev) => onChange(replace(items, i, { [key]: ev.currentTarget.value }))}
      error={errors[`rates.${i}.${wire}`]}
    />
  );
  return (
    <ListFrame
      field="rates"
      label="Add rate"
      empty="No cost rates."
      count={items.length}
      errors={errors}
      readOnly={readOnly}
      onAdd={() => onChange([...items, { from: '', standard: '0', overtime: '0', perUse: '0' }])}
      head={
        <Table.Tr>
          <Table.Th>From</Table.Th>
          <Table.Th>Standard / hour</Table.Th>
          <Table.Th>Overtime / hour</Table.Th>
          <Table.Th>Per use</Table.Th>
          <Table.Th />
        </Table.Tr>
      }
    >
      {items.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <Table.Tr key={i}>
          <Table.Td>
            <TextInput
              type="date"
              aria-label={`Rate ${i + 1} from`}
              value={r.from}
              onChange={(ev) => onChange(replace(items, i, { from: ev.currentTarget.value }))}
              error={errors[`rates.${i}.from`]}
            />
          </Table.Td>
          <Table.Td>{money(i, 'standard', 'standardPerHourMinor', 'standard per hour')}</Table.Td>
          <Table.Td>{money(i, 'overtime', 'overtimePerHourMinor', 'overtime per hour')}</Table.Td>
          <Table.Td>{money(i, 'perUse', 'perUseMinor', 'per use')}</Table.Td>
          <Table.Td>
            <RemoveButton
              label={`Remove rate ${i + 1}`}
              onClick={() => onChange(without(items, i))}
              hidden={readOnly}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListFrame>
  );
}

type Skill = ResourceFields['skills'][number];

/** Skills with their level, 1 (novice) to 5 (expert). */
export function SkillsEditor({ items, onChange, errors, readOnly }: ListProps<Skill>) {
  return (
    <ListFrame
      field="skills"
      label="Add skill"
      empty="No skills recorded."
      count={items.length}
      errors={errors}
      readOnly={readOnly}
      onAdd={() => onChange([...items, { skill: '', level: 3 }])}
      head={
        <Table.Tr>
          <Table.Th>Skill</Table.Th>
          <Table.Th>Level (1–5)</Table.Th>
          <Table.Th />
        </Table.Tr>
      }
    >
      {items.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <Table.Tr key={i}>
          <Table.Td>
            <TextInput
              aria-label={`Skill ${i + 1}`}
              value={s.skill}
              onChange={(ev) => onChange(replace(items, i, { skill: ev.currentTarget.value }))}
              error={errors[`skills.${i}.skill`]}
            />
          </Table.Td>
          <Table.Td>
            <NumberInput
              aria-label={`Skill ${i + 1} level`}
              min={1}
              max={5}
              value={s.level}
              onChange={(v) => onChange(replace(items, i, { level: typeof v === 'number' ? v : Number.NaN }))}
              error={errors[`skills.${i}.level`]}
            />
          </Table.Td>
          <Table.Td>
            <RemoveButton
              label={`Remove skill ${i + 1}`}
              onClick={() => onChange(without(items, i))}
              hidden={readOnly}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListFrame>
  );
}
