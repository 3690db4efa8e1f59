import { Alert, Badge, Button, FileInput, Group, List, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { type FormEvent, useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { ImportResult, Project } from '../../../src/contracts/index.js';
import { errorMessage } from '../api/client.js';
import { useImportPlan } from '../api/plan-files.js';
import { usePortfolios } from '../api/portfolios.js';
import { ImportJobProgress } from './ImportJobProgress.js';

const NOTE_COLOURS = { not_carried: 'red', approximated: 'orange', info: 'gray' } as const;
const NOTE_LABELS = { not_carried: 'not carried over', approximated: 'approximated', info: 'note' } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A finished import: the new project and the report of what came across. */
type Imported = { readonly project: Project; readonly report: ImportResult['report'] };

/** What came across and what did not: the import's report, with the way into the new plan. */
function ImportReport({ result, onClose }: { result: Imported; onClose(): void }) {
  const r = result.report;
  return (
    <Stack>
      <Alert color="teal" variant="light" title={`${result.project.code} · ${result.project.name} created`}>
        From {r.fileName}: {plural(r.taskCount, 'task')}, {plural(r.linkCount, 'link')} and{' '}
        {plural(r.calendarCount, 'calendar')} carried over.
      </Alert>
      {r.notes.length === 0 ? (
        <Text size="sm">Everything in the file was carried over.</Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            What was not carried over exactly
          </Text>
          <List spacing="xs" size="sm" aria-label="Import notes">
            {r.notes.map((n) => (
              <List.Item key={`${n.kind}:${n.what}`}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Badge size="xs" variant="light" color={NOTE_COLOURS[n.kind]} style={{ flex: 'none' }}>
                    {NOTE_LABELS[n.kind]}
                  </Badge>
                  <Text size="sm">
                    {n.what}
                    {n.count > 1 ? ` (${n.count}×)` : ''}
                    {n.examples.length > 0 && (
                      <Text span c="dimmed" size="xs">
                        {' '}
                        — e.g. {n.examples.slice(0, 3).join(', ')}
                      </Text>
                    )}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
        <Button component={Link} to={`/projects/${result.project.id}/plan`} onClick={onClose}>
          Open the plan
        </Button>
      </Group>
    </Stack>
  );
}

/** Creates a project from an MS Project XML or Primavera P6 XER file, then shows what came across. */
export function ImportPlanModal({ onClose, portfolioId }: { onClose(): void; portfolioId: string | null }) {
  const importPlan = useImportPlan();
  const portfolios = usePortfolios();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [portfolio, setPortfolio] = useState<string | null>(portfolioId);
  const [fileError, setFileError] = useState<string | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const onJobDone = useCallback((r: Imported) => setImported(r), []);
  const outcome = importPlan.data;
  const done = imported ?? (outcome && 'project' in outcome ? outcome : null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setFileError('Choose a .xml (MS Project) or .xer (Primavera P6) file');
      return;
    }
    setFileError(null);
    importPlan.mutate({ file, name: name.trim() || undefined, portfolioId: portfolio ?? undefined });
  };

  return (
    <Modal opened onClose={onClose} title="Import from MS Project / P6" size="lg" centered>
      {done ? (
        <ImportReport result={done} onClose={onClose} />
      ) : outcome && 'job' in outcome ? (
        <ImportJobProgress job={outcome.job} onDone={onJobDone} onRetry={() => importPlan.reset()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              A new project is created with the file’s tasks, links, calendars and constraints. You will see what could
              not be carried over.
            </Text>
            {importPlan.error && (
              <Alert color="red" variant="light" role="alert" title="The file was not imported">
                {errorMessage(importPlan.error)}
              </Alert>
            )}
            <FileInput
              label="Plan file"
              description="MS Project XML (.xml), Primavera P6 (.xer) or a Gantry plan (.json)"
              placeholder="Choose a file"
              accept=".xml,.xer,.json,application/xml,text/xml"
              required
              clearable
              value={file}
              onChange={setFile}
              error={fileError}
              leftSection={<IconFileImport size={16} />}
            />
            <TextInput
              label="Project name"
              description="Leave empty to use the name in the file"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Select
              label="Portfolio"
              placeholder="None"
              clearable
              data={(portfolios.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={portfolio}
              onChange={setPortfolio}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={importPlan.isPending}>
                Import
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
