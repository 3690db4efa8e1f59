import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportResult, Job, Project } from '../../../src/contracts/index.js';
import { errorMessage, gantry, ok } from '../api/client.js';
import { useCancelJob, useJob } from '../api/jobs.js';

/** What a finished import job answers. */
interface ImportJobResult {
  readonly projectId: string;
  readonly report: ImportResult['report'];
}

/**
 * A large file's import, running on the server as a job: a progress bar with what it is doing
 * and a Cancel button; once done, hands the new project and the report to `onDone`.
 */
export function ImportJobProgress({
  job: initial,
  onDone,
  onRetry,
}: {
  job: Job;
  onDone(result: { project: Project; report: ImportResult['report'] }): void;
  onRetry(): void;
}) {
  const job = useJob(initial) ?? initial;
  const cancel = useCancelJob();
  const result = job.state === 'done' ? (job.result as ImportJobResult) : null;
  const project = useQuery({
    queryKey: ['projects', result?.projectId],
    queryFn: () => ok(gantry.GET('/api/projects/{id}', { params: { path: { id: result?.projectId ?? '' } } })),
    enabled: !!result,
  });
  useEffect(() => {
    if (result && project.data) onDone({ project: project.data, report: result.report });
  }, [result, project.data, onDone]);

  if (job.state === 'failed' || job.state === 'cancelled') {
    return (
      <Stack>
        <Alert
          color={job.state === 'failed' ? 'red' : 'gray'}
          variant="light"
          role="alert"
          title={job.state === 'failed' ? 'The file was not imported' : 'Import cancelled'}
        >
          {job.state === 'failed' ? (job.error?.message ?? job.message) : 'Nothing was created.'}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onRetry}>Choose another file</Button>
        </Group>
      </Stack>
    );
  }
  const percent = Math.round(job.progress * 100);
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        This is a large file, so it is imported in the background: you may close this window, the import goes on.
      </Text>
      <Progress
        value={percent}
        animated={job.state !== 'done'}
        size="lg"
        aria-label="Import progress"
        aria-valuetext={`${percent}% — ${job.message}`}
      />
      <Group justify="space-between">
        <Text size="sm" aria-live="polite" data-testid="job-message">
          {job.message}
        </Text>
        <Text size="sm" c="dimmed">
          {percent}%
        </Text>
      </Group>
      {cancel.error && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(cancel.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          color="red"
          loading={cancel.isPending}
          disabled={job.state === 'done' || job.cancelRequested}
          onClick={() => cancel.mutate(job.id)}
        >
          {job.cancelRequested ? 'Cancelling…' : 'Cancel import'}
        </Button>
      </Group>
    </Stack>
  );
}
