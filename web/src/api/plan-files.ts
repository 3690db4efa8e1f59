import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportJobAccepted, ImportResult } from '../../../src/contracts/index.js';
import { ApiError } from './client.js';

/** The fields of the import form. */
export interface ImportPlanInput {
  readonly file: File;
  readonly name?: string;
  readonly portfolioId?: string;
}

/** What an upload gives: the imported plan (201), or for a large file the job importing it (202). */
export type ImportOutcome = ImportResult | ImportJobAccepted;

/** Creates a project from an MS Project XML or Primavera XER file (multipart, so not through `api`). */
export function useImportPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: ImportPlanInput): Promise<ImportOutcome> => {
      const form = new FormData();
      form.set('file', input.file);
      if (input.name) form.set('name', input.name);
      if (input.portfolioId) form.set('portfolioId', input.portfolioId);
      let res: Response;
      try {
        res = await fetch('/api/projects/import', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
          body: form,
        });
      } catch {
        throw new ApiError(0, 'network', 'Cannot reach the Gantry server. Check your connection and try again.');
      }
      const body = (await res.json().catch(() => null)) as
        | ((ImportResult | ImportJobAccepted) & { error?: undefined })
        | { error?: { code: string; message: string; details?: Record<string, unknown> } }
        | null;
      if (!res.ok) {
        const e = body?.error;
        throw e
          ? new ApiError(res.status, e.code, e.message, e.details ?? {})
          : new ApiError(res.status, 'http_error', `The server answered ${res.status}`);
      }
      return body as ImportOutcome;
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['projects'] });
      void qc.invalidateQueries({ queryKey: ['portfolios'] });
    },
  });
}
