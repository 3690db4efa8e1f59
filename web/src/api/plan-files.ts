import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportJobAccepted, ImportResult } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

/** The fields of the import form. */
export interface ImportPlanInput {
  readonly file: File;
  readonly name?: string;
  readonly portfolioId?: string;
}

/** What an upload gives: the imported plan (201), or for a large file the job importing it (202). */
export type ImportOutcome = ImportResult | ImportJobAccepted;

/** The multipart form a browser's file form would send; empty fields are left out. */
function asForm(body: { file?: Blob; name?: string; portfolioId?: string }): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) if (value) form.set(key, value);
  return form;
}

/** Creates a project from an MS Project XML or Primavera XER file. */
export function useImportPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportPlanInput): Promise<ImportOutcome> =>
      ok(gantry.POST('/api/projects/import', { body: { ...input }, bodySerializer: asForm })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['projects'] });
      void qc.invalidateQueries({ queryKey: ['portfolios'] });
    },
  });
}
