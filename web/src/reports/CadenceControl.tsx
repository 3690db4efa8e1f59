import { Button, Group, Select, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReportingSettings } from '../../../src/contracts/index.js';
import { useProjectReporting, useSetReporting } from '../api/status-reports.js';
import { can } from '../lib/can.js';
import { ReportingDialog } from './ReportingDialog.js';
import { CADENCE_LABELS } from './ReportingForm.js';

const OPTIONS = Object.entries(CADENCE_LABELS).map(([value, label]) => ({ value, label }));

function templateLine(s: ReportingSettings): string {
  const n = s.effective.sections.length;
  const count = `${n} ${n === 1 ? 'section' : 'sections'}`;
  if (s.effective.source === 'default') return `default, ${count}`;
  return s.sections === null ? `the portfolio’s, ${count}` : `this project’s own, ${count}`;
}

/**
 * The project's reporting cadence (a quick choice for the PMO) and its report template: the PMO
 * edits both in a dialog; others see what applies.
 */
export function CadenceControl({ projectId }: { projectId: string }) {
  const settings = useProjectReporting(projectId);
  const set = useSetReporting('project', projectId);
  const [open, setOpen] = useState(false);
  if (!settings.data) return null;
  const pmo = can(settings.data, 'reporting.configure');
  return (
    <>
      {pmo && (
        <Select
          size="xs"
          label="Reporting cadence"
          data={OPTIONS}
          value={settings.data.cadence}
          allowDeselect={false}
          disabled={set.isPending}
          error={set.error ? 'Could not change the cadence' : undefined}
          onChange={(v) =>
            v && set.mutate({ cadence: v as ReportingSettings['cadence'], version: settings.data.version })
          }
        />
      )}
      <Group justify="space-between" gap="xs">
        <Text size="sm">Template: {templateLine(settings.data)}</Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconTemplate size={14} />}
          onClick={() => setOpen(true)}
        >
          {pmo ? 'Edit template' : 'View template'}
        </Button>
      </Group>
      {open && (
        <ReportingDialog
          scope="project"
          title="Project reporting settings"
          query={settings}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
