import { Alert, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { PutReportingBody, type ReportingSettings } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useSetReporting } from '../api/status-reports.js';
import { hasFieldIssues } from '../lib/field-errors.js';
import { TemplateEditor } from './TemplateEditor.js';
import { type DraftSection, draftSection, toTemplate } from './template-sections.js';

/** How each cadence reads in the app. */
export const CADENCE_LABELS: Readonly<Record<ReportingSettings['cadence'], string>> = {
  inherit: 'As the portfolio',
  none: 'No reports',
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
};

type Issue = { readonly path: string | readonly PropertyKey[]; readonly message: string };

// Keyed by the whole path ("sections.2.title"), not only the field, so each section row shows its own.
function pathErrors(issues: readonly Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const path = typeof i.path === 'string' ? i.path : i.path.map(String).join('.');
    out[path] ??= i.message.charAt(0).toUpperCase() + i.message.slice(1);
  }
  return out;
}

/**
 * The PMO's form for a portfolio's or a project's cadence, start date and template. A project may
 * follow its portfolio entirely (`inherit`), or set its own cadence and either follow the
 * portfolio's template or keep its own.
 */
export function ReportingForm({
  scope,
  settings,
  onDone,
}: {
  scope: 'portfolio' | 'project';
  settings: ReportingSettings;
  onDone?: () => void;
}) {
  const save = useSetReporting(scope, settings.scopeId);
  const [cadence, setCadence] = useState(settings.cadence);
  const [startDate, setStartDate] = useState(settings.startDate ?? '');
  const [ownTemplate, setOwnTemplate] = useState(scope === 'portfolio' || settings.sections !== null);
  const [sections, setSections] = useState<DraftSection[]>(() =>
    (settings.sections ?? settings.effective.sections).map(draftSection),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const inherits = cadence === 'inherit';
  const options = Object.entries(CADENCE_LABELS)
    .filter(([value]) => scope === 'project' || value !== 'inherit')
    .map(([value, label]) => ({ value, label }));

  // Section errors are keyed by position: once rows change they would sit under the wrong one.
  const editSections = (next: DraftSection[]) => {
    setSections(next);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !path.startsWith('sections'))));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = inherits
      ? { cadence, version: settings.version }
      : {
          cadence,
          startDate: startDate === '' ? null : startDate,
          sections: ownTemplate ? toTemplate(sections) : null,
          version: settings.version,
        };
    const parsed = PutReportingBody.safeParse(body);
    if (!parsed.success) return setErrors(pathErrors(parsed.error.issues as Issue[]));
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        // The saved keys replace the drafts' nulls, so a second save keeps them.
        setSections((saved.sections ?? saved.effective.sections).map(draftSection));
        notifications.show({ color: 'teal', message: 'Reporting settings saved' });
        onDone?.();
      },
      onError: (e) => setErrors(hasFieldIssues(e) && isApiError(e) ? pathErrors(e.details.issues as Issue[]) : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error && !hasFieldIssues(save.error) && (
          <Alert color="red" variant="light" role="alert">
            {isApiError(save.error, 'version_conflict')
              ? 'Someone else changed these settings meanwhile. Close this dialog and open it again to see their changes.'
              : errorMessage(save.error)}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label="Reporting cadence"
            data={options}
            value={cadence}
            allowDeselect={false}
            onChange={(v) => v && setCadence(v as ReportingSettings['cadence'])}
            error={errors.cadence}
          />
          {!inherits && (
            <TextInput
              type="date"
              label="Periods start on"
              description={`Empty: the Monday on or after ${scope === 'project' ? 'the' : 'each'} project’s planned start`}
              value={startDate}
              onChange={(e) => setStartDate(e.currentTarget.value)}
              error={errors.startDate}
            />
          )}
        </Group>
        {inherits ? (
          <Text size="sm" c="dimmed">
            This project follows its portfolio: {CADENCE_LABELS[settings.effective.cadence].toLowerCase()}, with the
            portfolio’s template.
          </Text>
        ) : (
          <>
            {scope === 'project' && (
              <SegmentedControl
                aria-label="Report template"
                value={ownTemplate ? 'own' : 'portfolio'}
                onChange={(v) => setOwnTemplate(v === 'own')}
                data={[
                  { value: 'portfolio', label: 'Portfolio’s template' },
                  { value: 'own', label: 'Own template' },
                ]}
              />
            )}
            {ownTemplate ? (
              <TemplateEditor sections={sections} onChange={editSections} errors={errors} />
            ) : (
              <Text size="sm" c="dimmed">
                Reports use the portfolio’s sections, and follow any change the PMO makes to them.
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            Save reporting settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
