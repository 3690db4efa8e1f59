import { Alert, Button, Group, Modal, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { ProjectBudget } from '../../../src/contracts/index.js';
import { useBudgetStep } from '../api/budgets.js';
import { errorMessage } from '../api/client.js';
import { can, refusal } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';
import { formatMoney } from '../lib/money.js';

type Step = 'submit' | 'approve' | 'return';

const STEPS: Record<Step, { title: string; field: string; required: boolean; button: string }> = {
  submit: { title: 'Submit the budget for approval', field: 'Reason', required: true, button: 'Submit' },
  approve: { title: 'Approve the budget', field: 'Note', required: false, button: 'Approve' },
  return: { title: 'Return the budget to its manager', field: 'Comment', required: true, button: 'Return' },
};

/** Where the working budget stands: waiting for the PMO, or returned with a comment. */
export function BudgetStatus({ budget }: { budget: ProjectBudget }) {
  return (
    <>
      {budget.submission && (
        <Alert color="blue" variant="light" title="Waiting for the PMO's approval">
          Submitted by {budget.submission.by.name} on {formatDateTime(budget.submission.at)}: “
          {budget.submission.reason}
          ”. It cannot change until the PMO approves or returns it.
        </Alert>
      )}
      {budget.returned && budget.status === 'draft' && (
        <Alert color="orange" variant="light" title="Returned by the PMO">
          {budget.returned.by.name} on {formatDateTime(budget.returned.at)}: “{budget.returned.comment}”
        </Alert>
      )}
    </>
  );
}

/** The approval steps the caller may take now: submit (the manager), approve or return (the PMO). */
export function BudgetApprovalButtons({ budget, unsaved }: { budget: ProjectBudget; unsaved: boolean }) {
  const [step, setStep] = useState<Step | null>(null);
  const submitRefused = refusal(budget, 'budget.submit');
  // The server refuses to copy the latest approved version into an identical new one.
  const why = unsaved
    ? 'Save your changes first'
    : !budget.changedSinceApproval && budget.approved
      ? `Nothing has changed since version ${budget.approved.number}`
      : null;
  return (
    <>
      {can(budget, 'budget.submit') && (
        <Tooltip label={why} disabled={why === null}>
          <Button leftSection={<IconSend size={16} />} onClick={() => setStep('submit')} disabled={why !== null}>
            Submit for approval
          </Button>
        </Tooltip>
      )}
      {submitRefused && budget.status === 'draft' && (
        <Tooltip label={submitRefused}>
          <Button leftSection={<IconSend size={16} />} data-disabled onClick={(e) => e.preventDefault()}>
            Submit for approval
          </Button>
        </Tooltip>
      )}
      {can(budget, 'budget.approve') && (
        <Button color="teal" leftSection={<IconCheck size={16} />} onClick={() => setStep('approve')}>
          Approve
        </Button>
      )}
      {can(budget, 'budget.return') && (
        <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setStep('return')}>
          Return
        </Button>
      )}
      {step && <StepModal budget={budget} step={step} onClose={() => setStep(null)} />}
    </>
  );
}

function StepModal({ budget, step, onClose }: { budget: ProjectBudget; step: Step; onClose: () => void }) {
  const run = useBudgetStep(budget.projectId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const s = STEPS[step];

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (s.required && !value) return setError(`Give a ${s.field.toLowerCase()}: it is kept with the budget`);
    const version = budget.version;
    const call =
      step === 'submit'
        ? ({ step, body: { reason: value, version } } as const)
        : step === 'approve'
          ? ({ step, body: { note: value, version } } as const)
          : ({ step, body: { comment: value, version } } as const);
    run.mutate(call, {
      onSuccess: (b) => {
        const message =
          step === 'approve'
            ? `Budget approved as version ${b.approved?.number}: the charter's budget is ${formatMoney(b.charterBudgetMinor, b.currency)}`
            : step === 'submit'
              ? 'Budget submitted to the PMO'
              : 'Budget returned to its manager';
        notifications.show({ color: 'teal', message });
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={s.title} centered>
      <form onSubmit={confirm} noValidate>
        <Stack>
          <Text size="sm">
            Total {formatMoney(budget.totalMinor, budget.currency)}: lines{' '}
            {formatMoney(budget.linesMinor, budget.currency)}, contingency{' '}
            {formatMoney(budget.contingencyMinor, budget.currency)}, management reserve{' '}
            {formatMoney(budget.managementReserveMinor, budget.currency)}.
            {step === 'approve' && " It becomes the next version and the charter's budget."}
          </Text>
          {run.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(run.error)}
            </Alert>
          )}
          <Textarea
            label={s.field}
            required={s.required}
            autosize
            minRows={3}
            maxLength={2000}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button type="submit" loading={run.isPending}>
              {s.button}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
