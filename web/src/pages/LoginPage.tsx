import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { LoginBody } from '../../../src/contracts/index.js';
import { useLogin, useMe } from '../api/auth.js';
import { errorMessage, isApiError } from '../api/client.js';
import { GantryLogo } from '../components/GantryLogo.js';
import { type FieldErrors, zodFieldErrors } from '../lib/field-errors.js';

// Only same-site paths: an open redirect through ?next= would let a link send users anywhere.
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Seconds left until `until` (epoch ms), ticking every second while positive. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Sign-in form. */
export function LoginPage() {
  const me = useMe();
  const login = useLogin();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const waitSeconds = useCountdown(retryUntil);
  const next = safeNext(params.get('next'));

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = LoginBody.safeParse({ email, password });
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data, {
      onError: (e) => {
        if (isApiError(e, 'rate_limited')) {
          const seconds = Number(e.details.retryAfterSeconds ?? 60);
          setRetryUntil(Date.now() + seconds * 1000);
        }
      },
    });
  };

  let message: string | null = null;
  if (waitSeconds > 0) message = `Too many sign-in attempts. Try again in ${formatWait(waitSeconds)}.`;
  else if (isApiError(login.error, 'invalid_credentials')) message = 'Wrong email or password.';
  else if (login.error && !isApiError(login.error, 'rate_limited')) message = errorMessage(login.error);

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={400} gap="lg">
        <Stack align="center" gap={6}>
          <GantryLogo size={44} />
          <Title order={1} size="h2">
            Gantry
          </Title>
          <Text c="dimmed" size="sm">
            Projects and portfolios, under control
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="lg" component="form" onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">
              Sign in
            </Title>
            {message && (
              <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
                {message}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldErrors.email}
              data-autofocus
              autoFocus
            />
            <PasswordInput
              // Its default name contains "password", which would make the field's label ambiguous.
              visibilityToggleButtonProps={{ 'aria-label': 'Show or hide characters' }}
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldErrors.password}
            />
            <Button type="submit" fullWidth loading={login.isPending} disabled={login.isPending || waitSeconds > 0}>
              Sign in
            </Button>
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Gantry is open source ·{' '}
          <Anchor href="/api/docs" size="xs">
            API documentation
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
