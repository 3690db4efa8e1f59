import { Alert, Button, Code, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type CreatedToken, CreateTokenBody, type TokenScope } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useCreateToken } from '../api/tokens.js';
import { SecretShownOnce } from '../components/SecretShownOnce.js';
import { apiFieldErrors, type FieldErrors, hasFieldIssues, zodFieldErrors } from '../lib/field-errors.js';

function SecretView({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  return (
    <SecretShownOnce
      title="Copy this token now"
      warning="This is the only time Gantry shows the secret. Store it in your password manager or CI secrets; if you lose it, revoke the token and create a new one."
      label="Token secret"
      copyLabel="Copy token"
      secret={created.secret}
      above={
        <Text size="sm" fw={500}>
          {created.token.name}
        </Text>
      }
      below={
        <Text size="xs" c="dimmed">
          Use it as <Code>Authorization: Bearer &lt;token&gt;</Code>.
        </Text>
      }
      onClose={onClose}
    />
  );
}

/** The three levels a token can have; each includes the ones above it. */
const ACCESS: ReadonlyArray<{ scope: TokenScope; label: string; description: string }> = [
  { scope: 'read', label: 'Read only', description: 'Look at projects, plans and reports; change nothing' },
  { scope: 'write', label: 'Read and write', description: 'Also create and change what your role allows' },
  { scope: 'admin', label: 'Full access', description: 'Also administer users, if you are an admin' },
];

/** Creates a personal API token and shows its secret once. */
export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(90);
  const [access, setAccess] = useState<TokenScope>('write');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateTokenBody.safeParse({
      name,
      expiresInDays: typeof days === 'number' ? days : Number(days),
      scopes: [access],
    });
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
            <Radio.Group
              label="Access"
              description="Give a script no more than it needs"
              value={access}
              onChange={(v) => setAccess(v as TokenScope)}
              error={errors.scopes}
            >
              <Stack gap="xs" mt="xs">
                {ACCESS.map((a) => (
                  <Radio key={a.scope} value={a.scope} label={a.label} description={a.description} />
                ))}
              </Stack>
            </Radio.Group>
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
