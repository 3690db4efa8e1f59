import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import {
  CreateWebhookBody,
  EVENT_TYPE_LABELS,
  SUBSCRIBABLE_EVENT_TYPES,
  UpdateWebhookBody,
  type Webhook,
} from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import { usePortfolios } from '../api/portfolios.js';
import { useProjects } from '../api/projects.js';
import { useCreateWebhook, useUpdateWebhook } from '../api/webhooks.js';
import { SecretShownOnce } from '../components/SecretShownOnce.js';
import { apiFieldErrors, type FieldErrors, hasFieldIssues, zodFieldErrors } from '../lib/field-errors.js';

type Scope = 'all' | 'project' | 'portfolio';

function SecretView({ secret, onClose }: { secret: string; onClose: () => void }) {
  return (
    <SecretShownOnce
      title="Copy the signing secret now"
      warning="Your receiver checks each delivery's Gantry-Signature header with this secret. This is the only time Gantry shows it; if you lose it, delete the webhook and register it again."
      label="Signing secret"
      copyLabel="Copy secret"
      secret={secret}
      onClose={onClose}
    />
  );
}

/** Registers a webhook (then shows its secret once), or edits `webhook`. */
export function WebhookFormModal({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const projects = useProjects({ pageSize: 200, sort: 'code' });
  const portfolios = usePortfolios();
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [description, setDescription] = useState(webhook?.description ?? '');
  const [allEvents, setAllEvents] = useState(webhook ? webhook.eventTypes.includes('*') : true);
  const [chosen, setChosen] = useState<string[]>(webhook?.eventTypes.filter((t) => t !== '*') ?? []);
  const [scope, setScope] = useState<Scope>(
    webhook?.projectId ? 'project' : webhook?.portfolioId ? 'portfolio' : 'all',
  );
  const [projectId, setProjectId] = useState<string | null>(webhook?.projectId ?? null);
  const [portfolioId, setPortfolioId] = useState<string | null>(webhook?.portfolioId ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [secret, setSecret] = useState<string | null>(null);
  const mutation = webhook ? update : create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      url,
      description,
      eventTypes: allEvents ? ['*'] : chosen,
      projectId: scope === 'project' ? projectId : null,
      portfolioId: scope === 'portfolio' ? portfolioId : null,
    };
    const parsed = webhook
      ? UpdateWebhookBody.safeParse({ ...input, version: webhook.version })
      : CreateWebhookBody.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    const onError = (e: unknown) => setErrors(apiFieldErrors(e));
    if (webhook) {
      update.mutate(
        { id: webhook.id, ...(parsed.data as UpdateWebhookBody) },
        {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: 'Webhook saved' });
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(parsed.data as CreateWebhookBody, { onSuccess: (c) => setSecret(c.secret), onError });
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={secret ? 'Webhook registered' : webhook ? 'Edit webhook' : 'New webhook'}
      size="lg"
      centered
      closeOnClickOutside={!secret}
    >
      {secret ? (
        <SecretView secret={secret} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {mutation.error && !hasFieldIssues(mutation.error) && (
              <Alert color="red" variant="light" role="alert">
                {isApiError(mutation.error, 'version_conflict')
                  ? 'Someone else changed this webhook meanwhile. Close this dialog and open it again.'
                  : errorMessage(mutation.error)}
              </Alert>
            )}
            <TextInput
              label="Receiver URL"
              description="Gantry POSTs each event here as JSON; redirects are not followed"
              placeholder="https://example.com/hooks/gantry"
              required
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={errors.url}
              data-autofocus
            />
            <TextInput
              label="Description"
              placeholder="What receives it, e.g. “CRM sync”"
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={errors.description}
            />
            <Radio.Group
              label="Events"
              value={allEvents ? 'all' : 'chosen'}
              onChange={(v) => setAllEvents(v === 'all')}
              error={errors.eventTypes}
            >
              <Group mt="xs">
                <Radio value="all" label="All events, including new kinds" />
                <Radio value="chosen" label="Only these" />
              </Group>
            </Radio.Group>
            {!allEvents && (
              <Checkbox.Group value={chosen} onChange={setChosen} aria-label="Event types">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  {SUBSCRIBABLE_EVENT_TYPES.map((t) => (
                    <Checkbox key={t} value={t} label={t} description={EVENT_TYPE_LABELS[t]} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
            <Select
              label="Projects"
              data={[
                { value: 'all', label: 'Every project' },
                { value: 'project', label: 'One project' },
                { value: 'portfolio', label: "One portfolio's projects" },
              ]}
              value={scope}
              onChange={(v) => setScope((v as Scope) ?? 'all')}
              allowDeselect={false}
            />
            {scope === 'project' && (
              <Select
                label="Project"
                searchable
                data={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
                value={projectId}
                onChange={setProjectId}
                error={errors.projectId}
              />
            )}
            {scope === 'portfolio' && (
              <Select
                label="Portfolio"
                data={(portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={portfolioId}
                onChange={setPortfolioId}
                error={errors.portfolioId}
              />
            )}
            <Text size="xs" c="dimmed">
              Deliveries are retried for 24 hours; an endpoint that fails for 24 hours is disabled and you are notified.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {webhook ? 'Save' : 'Register webhook'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
