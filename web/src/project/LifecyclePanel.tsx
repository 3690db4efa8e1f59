import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlayerPause, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Project } from '../../../src/contracts/index.js';
import type { ProjectState } from '../../../src/core/lifecycle.js';
import { StateBadge } from '../components/StateBadge.js';
import { can } from '../lib/can.js';
import { MAIN_PATH, stateLabel, transitionLabel } from '../lib/states.js';
import { ApprovalRequestNotice, RequestApprovalButton } from './ApprovalRequest.js';
import { LifecycleSteps } from './LifecycleSteps.js';
import { TransitionModal } from './TransitionModal.js';

const SIDE_EXITS: readonly ProjectState[] = ['cancelled', 'on_hold'];

/** Where the project stands in its lifecycle, and the moves this user may make now. */
export function LifecyclePanel({ project }: { project: Project }) {
  const [target, setTarget] = useState<ProjectState | null>(null);
  // Six labelled steps need about 700px; narrower screens get a one-line summary instead.
  const narrow = useMediaQuery('(max-width: 62em)');
  const index = MAIN_PATH.indexOf(project.state);
  const forward = project.allowedTransitions.filter((s) => !SIDE_EXITS.includes(s));
  const exits = project.allowedTransitions.filter((s) => SIDE_EXITS.includes(s));

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="lifecycle-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h5" id="lifecycle-heading">
          Lifecycle
        </Title>
        <StateBadge state={project.state} size="md" />
      </Group>
      {project.state === 'on_hold' && (
        <Alert color="orange" variant="light" icon={<IconPlayerPause />} mb="md">
          This project is on hold.
        </Alert>
      )}
      {project.state === 'cancelled' && (
        <Alert color="red" variant="light" icon={<IconX />} mb="md">
          This project was cancelled.
        </Alert>
      )}
      <ApprovalRequestNotice project={project} />
      {index >= 0 &&
        (narrow ? (
          <Stack gap={4} mb="md">
            <Text size="sm">
              Step {Math.min(index + 1, MAIN_PATH.length)} of {MAIN_PATH.length}: {stateLabel(project.state)}
            </Text>
            <Progress value={((index + 1) / MAIN_PATH.length) * 100} size="sm" aria-hidden />
          </Stack>
        ) : (
          <LifecycleSteps state={project.state} />
        ))}
      {project.allowedTransitions.length > 0 || can(project, 'project.approval.request') ? (
        <Group gap="sm">
          <RequestApprovalButton project={project} />
          {forward.map((to) => (
            <Button
              key={to}
              size="sm"
              variant={to === forward[0] && !can(project, 'project.approval.request') ? 'filled' : 'light'}
              onClick={() => setTarget(to)}
            >
              {transitionLabel(project.state, to)}
            </Button>
          ))}
          {exits.map((to) => (
            <Button
              key={to}
              size="sm"
              variant="subtle"
              color={to === 'cancelled' ? 'red' : 'orange'}
              onClick={() => setTarget(to)}
            >
              {transitionLabel(project.state, to)}
            </Button>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {project.state === 'closed' || project.state === 'cancelled'
            ? 'This project has reached the end of its lifecycle.'
            : 'You cannot change the state of this project.'}
        </Text>
      )}
      {target && <TransitionModal project={project} to={target} onClose={() => setTarget(null)} />}
    </Card>
  );
}
