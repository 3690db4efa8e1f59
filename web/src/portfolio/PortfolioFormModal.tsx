import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { CreatePortfolioBody, type Portfolio, UpdatePortfolioBody } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useCreatePortfolio, useDeletePortfolio, useUpdatePortfolio } from '../api/portfolios.js';
import { useUserOptions } from '../api/users.js';
import { can } from '../lib/can.js';
import { apiFieldErrors, type FieldErrors, hasFieldIssues, zodFieldErrors } from '../lib/field-errors.js';

/** Creates a portfolio, or edits or deletes `portfolio` (PMO and admin). */
export function PortfolioFormModal({ portfolio, onClose }: { portfolio: Portfolio | null; onClose: () => void }) {
  const me = useCurrentUser();
  const users = useUserOptions(can(me, 'user.list'));
  const create = useCreatePortfolio();
  const update = useUpdatePortfolio();
  const remove = useDeletePortfolio();
  const [name, setName] = useState(portfolio?.name ?? '');
  const [description, setDescription] = useState(portfolio?.description ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(portfolio?.ownerId ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const mutation = portfolio ? update : create;
  const failure = mutation.error ?? remove.error;

  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, description, ownerId: ownerId ?? undefined };
    const parsed = portfolio
      ? UpdatePortfolioBody.safeParse({ ...input, version: portfolio.version })
      : CreatePortfolioBody.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    const onError = (e: unknown) => setErrors(apiFieldErrors(e));
    if (portfolio) {
      update.mutate({ id: portfolio.id, ...parsed.data }, { onSuccess: () => done('Portfolio saved'), onError });
    } else {
      create.mutate(parsed.data as CreatePortfolioBody, { onSuccess: () => done('Portfolio created'), onError });
    }
  };

  const ownerOptions =
    portfolio && !users.options.some((o) => o.value === portfolio.ownerId)
      ? [...users.options, { value: portfolio.ownerId, label: portfolio.ownerName }]
      : users.options;

  return (
    <Modal opened onClose={onClose} title={portfolio ? 'Edit portfolio' : 'New portfolio'} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && !hasFieldIssues(failure) && (
            <Alert color="red" variant="light" role="alert">
              {isApiError(failure, 'version_conflict')
                ? 'Someone else changed this portfolio meanwhile. Close this dialog and open it again to see their changes.'
                : errorMessage(failure)}
            </Alert>
          )}
          <TextInput
            label="Portfolio name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <Textarea
            label="Description"
            autosize
            minRows={3}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          {can(me, 'user.list') && (
            <Select
              label="Owner"
              placeholder={portfolio ? undefined : 'You'}
              data={ownerOptions}
              value={ownerId}
              onChange={setOwnerId}
              error={errors.ownerId}
              searchable
            />
          )}
          {confirmDelete && portfolio && (
            <Alert color="red" variant="light" title="Delete this portfolio?">
              <Stack gap="xs">
                <Text size="sm">“{portfolio.name}” will be removed for everyone. This cannot be undone.</Text>
                <Group>
                  <Button
                    color="red"
                    size="xs"
                    loading={remove.isPending}
                    onClick={() => remove.mutate(portfolio.id, { onSuccess: () => done('Portfolio deleted') })}
                  >
                    Delete portfolio
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setConfirmDelete(false)}>
                    Keep it
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group justify="space-between" mt="sm">
            {portfolio && !confirmDelete ? (
              <Tooltip label="Only an empty portfolio can be deleted" disabled={portfolio.projectCount === 0}>
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => setConfirmDelete(true)}
                  disabled={portfolio.projectCount > 0}
                >
                  Delete…
                </Button>
              </Tooltip>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {portfolio ? 'Save' : 'Create portfolio'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
