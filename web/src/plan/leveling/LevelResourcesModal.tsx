import { Alert, Button, Group, Modal, Progress, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Job, LevelJobResult } from '../../../../src/contracts/index.js';
import { errorMessage, gantry, ok } from '../../api/client.js';
import { useCancelJob, useJob } from '../../api/jobs.js';

/**
 * "Level resources": scope, within slack, splitting and an optional date range, then the job's
 * progress; when it is done, the preview scenario opens (its banner and impact panel show the moved
 * tasks and the finish before and after, with Apply and Discard).
 */
export function LevelResourcesModal(props: {
  projectId: string;
  opened: boolean;
  onClose(): void;
  onPreview(scenarioId: string): void;
}) {
  const [scope, setScope] = useState<'project' | 'pool'>('project');
  const [withinSlack, setWithinSlack] = useState(false);
  const [split, setSplit] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [job, setJob] = useState<Job | null>(null);
  const start = useMutation({
    mutationFn: () =>
      ok(
        gantry.POST('/api/projects/{id}/level', {
          params: { path: { id: props.projectId } },
          body: { scope, withinSlack, split, preview: true, ...(from ? { from } : {}), ...(to ? { to } : {}) },
        }),
      ),
    onSuccess: (body) => setJob(body.job as Job),
  });
  const close = () => {
    setJob(null);
    start.reset();
    props.onClose();
  };
  return (
    <Modal opened={props.opened} onClose={close} title="Level resources" size="md">
      {job ? (
        <LevelProgress job={job} onPreview={props.onPreview} onClose={close} />
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            Delays tasks so that nobody works more than their capacity each day. The result opens as a scenario to
            review before it changes the plan.
          </Text>
          <SegmentedControl
            aria-label="Scope"
            value={scope}
            onChange={(v) => setScope(v as 'project' | 'pool')}
            data={[
              { value: 'project', label: 'This project' },
              { value: 'pool', label: 'Pool, by project priority' },
            ]}
          />
          <Switch
            label="Level only within available slack"
            checked={withinSlack}
            onChange={(e) => setWithinSlack(e.currentTarget.checked)}
          />
          <Switch
            label="Leveling can split remaining work"
            checked={split}
            onChange={(e) => setSplit(e.currentTarget.checked)}
          />
          <Group grow>
            <TextInput
              type="date"
              label="From (optional)"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <TextInput type="date" label="To (optional)" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </Group>
          {start.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(start.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={start.isPending} onClick={() => start.mutate()}>
              Level
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function LevelProgress(props: { job: Job; onPreview(scenarioId: string): void; onClose(): void }) {
  const job = useJob(props.job) ?? props.job;
  const cancel = useCancelJob();
  const result = job.state === 'done' ? (job.result as LevelJobResult) : null;
  const { onPreview, onClose } = props;
  useEffect(() => {
    if (result?.scenarioId) {
      onPreview(result.scenarioId);
      onClose();
    }
  }, [result, onPreview, onClose]);
  if (job.state === 'failed' || job.state === 'cancelled') {
    return (
      <Alert color={job.state === 'failed' ? 'red' : 'gray'} variant="light" role="alert" title="Not leveled">
        {job.state === 'failed' ? (job.error?.message ?? job.message) : 'Cancelled; the plan is unchanged.'}
      </Alert>
    );
  }
  if (result && !result.scenarioId) {
    return (
      <Stack>
        <Alert color="teal" variant="light" role="status" title="Nothing to move">
          {result.conflicts.length === 0
            ? 'No resource is over-allocated in this plan.'
            : `${result.conflicts.length} over-allocated tasks cannot move (priority 1000, progress, constraints or slack).`}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    );
  }
  const percent = Math.round(job.progress * 100);
  return (
    <Stack>
      <Progress
        value={percent}
        animated
        size="lg"
        aria-label="Leveling progress"
        aria-valuetext={`${percent}% — ${job.message}`}
      />
      <Group justify="space-between">
        <Text size="sm" aria-live="polite">
          {job.message}
        </Text>
        <Button size="xs" variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(job.id)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
