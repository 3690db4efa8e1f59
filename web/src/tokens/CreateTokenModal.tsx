import { Alert, Button, Code, CopyButton, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconShieldLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { type CreatedToken, CreateTokenBody } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useCreateToken } from '../api/tokens.js';
import { apiFieldErrors, type FieldErrors, hasFieldIssues, zodFieldErrors } from '../lib/field-errors.js';

function SecretView({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  return (
    <Stack>
      <Alert color="yellow" variant="light" icon={<IconShieldLock />} title="Copy this token now">
        This is the only time Gantry shows the secret. Store it in your password manager or CI secrets; if you lose it,
        revoke the token and create a new one.
      </Alert>
      <Text size="sm" fw={500}>
        {created.token.name}
      </Text>
      <Code block aria-label="Token secret" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {created.secret}
      </Code>
      <Text size="xs" c="dimmed">
        Use it as <Code>Authorization: Bearer &lt;token&gt;</Code>.
      </Text>
      <Group justify="flex-end">
        <CopyButton value={created.secret}>
          {({ copied, copy }) => (
            <Button
              variant="light"
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy token'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}

/** Creates a personal API token and shows its secret once. */
export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(90);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateTokenBody.safeParse({ name, expiresInDays: typeof days === 'number' ? days : Number(days) });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: setCreated, onError: (e) => setErrors(apiFieldErrors(e)) });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={created ? 'Your new API token' : 'New API token'}
      centered
      // A stray click outside must not throw away a secret that cannot be shown again.
      closeOnClickOutside={!created}
    >
      {created ? (
        <SecretView created={created} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && !hasFieldIssues(create.error) && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(create.error)}
              </Alert>
            )}
            <TextInput
              label="Token name"
              description="What it is for, e.g. “CI pipeline” or “Reporting script”"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              data-autofocus
            />
            <NumberInput
              label="Expires in (days)"
              min={1}
              max={365}
              allowDecimal={false}
              value={days}
              onChange={setDays}
              error={errors.expiresInDays}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
