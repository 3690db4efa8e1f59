import {
  Alert,
  Button,
  Drawer,
  Fieldset,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Resource } from '../../../src/contracts/index.js';
import { RESOURCE_KINDS } from '../../../src/core/resources/model.js';
import { useCalendars } from '../api/calendars.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useCreateResource, useDeleteResource, useResources, useUpdateResource } from '../api/resources.js';
import { useUserOptions } from '../api/users.js';
import { can, refusal } from '../lib/can.js';
import { ExceptionsEditor, RatesEditor, SkillsEditor, UnitsEditor } from './ResourceListEditors.js';
import { bodyOf, draftOf, hasWorkingTime, type PathErrors, pathErrors, type ResourceDraft } from './resource-draft.js';

/** How each kind reads in pickers and tables. */
export const KIND_LABELS: Record<Resource['kind'], string> = {
  person: 'Person',
  role: 'Generic role',
  equipment: 'Equipment',
  material: 'Material',
  cost: 'Cost',
};

/**
 * Creates a resource (`resource` null) or shows one: editable where its `allowedActions` has
 * `resource.update` (the PMO), read-only otherwise (managers, and a team member's own record).
 * The API's 400s and 409s name their field: each shows at that field.
 */
export function ResourceEditor({ resource, onClose }: { resource: Resource | null; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 48em)');
  const readOnly = resource !== null && !can(resource, 'resource.update');
  const [draft, setDraft] = useState<ResourceDraft>(() => draftOf(resource));
  const [errors, setErrors] = useState<PathErrors>({});
  const create = useCreateResource();
  const update = useUpdateResource();
  const remove = useDeleteResource();
  const mutation = resource ? update : create;
  const users = useUserOptions(!readOnly);
  const roles = useResources({ kind: 'role', pageSize: 200, status: 'all' }, !readOnly && draft.kind === 'person');
  const calendars = useCalendars(null);
  const set = (patch: Partial<ResourceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const deleteRefused = resource ? refusal(resource, 'resource.delete') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = bodyOf(draft);
    if ('errors' in built) return setErrors(built.errors);
    setErrors({});
    const onError = (e: unknown) => {
      if (isApiError(e) && Array.isArray(e.details.issues)) setErrors(pathErrors(e.details.issues as never));
    };
    const onSuccess = (r: Resource) => {
      notifications.show({ color: 'teal', message: `${r.name} saved` });
      onClose();
    };
    if (resource) update.mutate({ id: resource.id, ...built.body, version: resource.version }, { onSuccess, onError });
    else create.mutate(built.body, { onSuccess, onError });
  };

  const failure = mutation.error ?? remove.error;
  const work = hasWorkingTime(draft.kind);
  const title = resource ? (readOnly ? resource.name : `Edit ${resource.name}`) : 'New resource';
  return (
    <Drawer opened onClose={onClose} title={title} position="right" size={phone ? '100%' : 'xl'}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          {failure && !(isApiError(failure) && Array.isArray(failure.details.issues)) && (
            <Alert color="red" variant="light" role="alert">
              {isApiError(failure, 'version_conflict')
                ? 'Someone else changed this resource meanwhile. Close this panel and open it again to see their changes.'
                : errorMessage(failure)}
            </Alert>
          )}
          {Object.keys(errors).length > 0 && (
            <Alert color="red" variant="light" role="alert">
              Some fields need attention: see the messages below.
            </Alert>
          )}
          <Fieldset legend="Identity" disabled={readOnly}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Name"
                required
                value={draft.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                error={errors.name}
                data-autofocus
              />
              <TextInput
                label="Code"
                description="Unique, up to 20 characters"
                required
                value={draft.code}
                onChange={(e) => set({ code: e.currentTarget.value })}
                error={errors.code}
              />
              <NativeSelect
                label="Kind"
                data={RESOURCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                value={draft.kind}
                onChange={(e) => set({ kind: e.currentTarget.value as Resource['kind'] })}
                error={errors.kind}
              />
              <TextInput
                label="Department"
                value={draft.department}
                onChange={(e) => set({ department: e.currentTarget.value })}
                error={errors.department}
              />
              {draft.kind === 'person' && (
                <>
                  <Select
                    label="User account"
                    placeholder={readOnly ? (resource?.userName ?? 'None') : 'Not linked'}
                    data={users.options}
                    value={draft.userId}
                    onChange={(v) => set({ userId: v })}
                    searchable
                    clearable={!readOnly}
                    error={errors.userId}
                  />
                  <Select
                    label="Generic role"
                    placeholder={readOnly ? (resource?.roleName ?? 'None') : 'None'}
                    data={(roles.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
                    value={draft.roleId}
                    onChange={(v) => set({ roleId: v })}
                    searchable
                    clearable={!readOnly}
                    error={errors.roleId}
                  />
                  <TextInput
                    label="Email"
                    type="email"
                    value={draft.email}
                    onChange={(e) => set({ email: e.currentTarget.value })}
                    error={errors.email}
                  />
                </>
              )}
              {draft.kind === 'material' && (
                <TextInput
                  label="Unit"
                  description='e.g. "t", "m³", "pcs"'
                  required
                  value={draft.materialUnit}
                  onChange={(e) => set({ materialUnit: e.currentTarget.value })}
                  error={errors.materialUnit}
                />
              )}
              <TextInput
                label="Currency"
                description="ISO 4217, e.g. EUR"
                value={draft.currency}
                onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
                error={errors.currency}
              />
              <NativeSelect
                label="Booking"
                data={[
                  { value: 'committed', label: 'Committed' },
                  { value: 'proposed', label: 'Proposed (tentative)' },
                ]}
                value={draft.booking}
                onChange={(e) => set({ booking: e.currentTarget.value as Resource['booking'] })}
                error={errors.booking}
              />
            </SimpleGrid>
            <Switch
              mt="md"
              label="Active (offered for new assignments)"
              checked={draft.active}
              onChange={(e) => set({ active: e.currentTarget.checked })}
            />
            <Textarea
              mt="sm"
              label="Notes"
              autosize
              minRows={2}
              value={draft.notes}
              onChange={(e) => set({ notes: e.currentTarget.value })}
              error={errors.notes}
            />
          </Fieldset>
          {work && (
            <Fieldset legend="Calendar and personal exceptions" disabled={readOnly}>
              <Stack gap="sm">
                <Select
                  label="Base calendar"
                  placeholder="Standard (the organisation's default)"
                  data={(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                  value={draft.calendarId}
                  onChange={(v) => set({ calendarId: v })}
                  clearable={!readOnly}
                  error={errors.calendarId}
                />
                <ExceptionsEditor
                  items={draft.exceptions}
                  onChange={(exceptions) => set({ exceptions })}
                  errors={errors}
                  readOnly={readOnly}
                />
              </Stack>
            </Fieldset>
          )}
          {work && (
            <Fieldset legend="Maximum units over time" disabled={readOnly}>
              <UnitsEditor
                items={draft.maxUnits}
                onChange={(maxUnits) => set({ maxUnits })}
                errors={errors}
                readOnly={readOnly}
              />
            </Fieldset>
          )}
          {draft.kind !== 'cost' && (
            <Fieldset legend="Cost rates over time" disabled={readOnly}>
              <RatesEditor
                items={draft.rates}
                onChange={(rates) => set({ rates })}
                errors={errors}
                readOnly={readOnly}
                currency={draft.currency}
              />
            </Fieldset>
          )}
          <Fieldset legend="Skills" disabled={readOnly}>
            <SkillsEditor
              items={draft.skills}
              onChange={(skills) => set({ skills })}
              errors={errors}
              readOnly={readOnly}
            />
          </Fieldset>
          <Group justify="space-between" mt="sm">
            {resource && can(resource, 'resource.update') ? (
              <Tooltip label={deleteRefused} disabled={!deleteRefused} multiline w={280}>
                <Button
                  variant="subtle"
                  color="red"
                  disabled={Boolean(deleteRefused) || !can(resource, 'resource.delete')}
                  loading={remove.isPending}
                  onClick={() =>
                    remove.mutate(resource.id, {
                      onSuccess: () => {
                        notifications.show({ color: 'teal', message: `${resource.name} deleted` });
                        onClose();
                      },
                    })
                  }
                >
                  Delete
                </Button>
              </Tooltip>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {readOnly ? 'Close' : 'Cancel'}
              </Button>
              {!readOnly && (
                <Button type="submit" loading={mutation.isPending}>
                  {resource ? 'Save' : 'Create resource'}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
