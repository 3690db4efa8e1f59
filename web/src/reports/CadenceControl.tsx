import { Select } from '@mantine/core';
import { useProjectReporting, useSetProjectCadence } from '../api/status-reports.js';
import { can } from '../lib/can.js';

const OPTIONS = [
  { value: 'inherit', label: 'As the portfolio' },
  { value: 'none', label: 'No reports' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'fortnightly', label: 'Fortnightly' },
  { value: 'monthly', label: 'Monthly' },
];

/** The PMO's choice of the project's reporting cadence; nothing for those who may not set it. */
export function CadenceControl({ projectId }: { projectId: string }) {
  const settings = useProjectReporting(projectId);
  const set = useSetProjectCadence(projectId);
  if (!settings.data || !can(settings.data, 'reporting.configure')) return null;
  return (
    <Select
      size="xs"
      label="Reporting cadence"
      data={OPTIONS}
      value={settings.data.cadence}
      allowDeselect={false}
      disabled={set.isPending}
      error={set.error ? 'Could not change the cadence' : undefined}
      onChange={(v) => v && set.mutate({ cadence: v as 'inherit', version: settings.data.version })}
    />
  );
}
