import { Alert, Button, Group, Modal, NativeSelect, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { CreateUserBody, UpdateUserBody, type User } from '../../../src/contracts/index.js';
import { SYSTEM_ROLE_LABELS, SYSTEM_ROLES, type SystemRole } from '../../../src/core/roles.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useCreateUser, useUpdateUser } from '../api/users.js';
import { refusal } from '../lib/can.js';
import { apiFieldErrors, type FieldErrors, hasFieldIssues, zodFieldErrors } from '../lib/field-errors.js';

const ROLE_OPTIONS = SYSTEM_ROLES.map((r) => ({ value: r, label: SYSTEM_ROLE_LABELS[r] }));

/** Creates a user, or edits one (name, email, role, active, and a password reset). Admin only. */
export function UserFormModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<SystemRole>(user?.role ?? 'team_member');
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  // The server's policy on this account: an admin's own shows `user.deactivate` refused, with why.
  const lockedReason = user ? refusal(user, 'user.deactivate') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const onError = (e: unknown) => setErrors(apiFieldErrors(e));
    if (user) {
      const input: Record<string, unknown> = { version: user.version };
      if (email !== user.email) input.email = email;
      if (name !== user.name) input.name = name;
      if (role !== user.role) input.role = role;
      if (active !== user.active) input.active = active;
      if (password) input.password = password;
      const parsed = UpdateUserBody.safeParse(input);
      if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
      setErrors({});
      if (Object.keys(parsed.data).length === 1) return onClose();
      update.mutate(
        { id: user.id, ...parsed.data },
        {
          onSuccess: (u) => {
            notifications.show({
              color: 'teal',
              message: password ? `${u.name} saved; new password set` : `${u.name} saved`,
            });
            onClose();
          },
          onError,
        },
      );
    } else {
      const parsed = CreateUserBody.safeParse({ email, name, role, active, password });
      if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
      setErrors({});
      create.mutate(parsed.data, {
        onSuccess: (u) => {
          notifications.show({ color: 'teal', message: `${u.name} can now sign in as ${u.email}` });
          onClose();
        },
        onError,
      });
    }
  };

  const failure = mutation.error;
  return (
    <Modal opened onClose={onClose} title={user ? `Edit ${user.name}` : 'New user'} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && !hasFieldIssues(failure) && (
            <Alert color="red" variant="light" role="alert">
              {isApiError(failure, 'version_conflict')
                ? 'Someone else changed this user meanwhile. Close this dialog and open it again to see their changes.'
                : errorMessage(failure)}
            </Alert>
          )}
          <TextInput
            label="Full name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <NativeSelect
            label="Role"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as SystemRole)}
            error={errors.role}
            disabled={lockedReason !== null}
            description={lockedReason ?? undefined}
          />
          <PasswordInput
            // Its default name contains "password", which would make the field's label ambiguous.
            visibilityToggleButtonProps={{ 'aria-label': 'Show or hide characters' }}
            label={user ? 'New password' : 'Password'}
            description={
              user
                ? 'Leave empty to keep the current password. At least 12 characters, not a common one.'
                : 'At least 12 characters, not a common one'
            }
            required={!user}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Switch
            label="Active (may sign in)"
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            disabled={lockedReason !== null}
            description={lockedReason ?? undefined}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {user ? 'Save' : 'Create user'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
