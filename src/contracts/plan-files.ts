import { z } from 'zod';
import { Id } from './common.js';
import { PlanHeader } from './plan.js';
import { Project } from './projects.js';

/** One thing an import could not carry over (or carried over approximately), with how often and where. */
export const ImportNote = z.object({
  kind: z.enum(['not_carried', 'approximated', 'info']),
  what: z.string(),
  count: z.number().int().nonnegative(),
  examples: z.array(z.string()),
});

/** The answer to POST /api/projects/import: the new project, its plan and what did not make it across. */
export const ImportResult = z
  .object({
    project: Project,
    plan: PlanHeader,
    report: z.object({
      format: z.enum(['mspdi', 'xer', 'json']),
      fileName: z.string(),
      taskCount: z.number().int().nonnegative(),
      linkCount: z.number().int().nonnegative(),
      calendarCount: z.number().int().nonnegative(),
      /** The file's resources: how many joined the pool, how many were already in it, assignments written. */
      resources: z
        .object({
          created: z.number().int().nonnegative(),
          matched: z.number().int().nonnegative(),
          assignments: z.number().int().nonnegative(),
        })
        .optional(),
      notes: z.array(ImportNote),
    }),
  })
  .meta({ id: 'ImportResult' });
/** An import result. */
export type ImportResult = z.infer<typeof ImportResult>;

/** Multipart form of POST /api/projects/import: the file, and optionally the new project's name, portfolio and manager. */
export const ImportForm = z.object({
  file: z
    .any()
    .meta({ type: 'string', format: 'binary', description: 'MS Project XML (.xml) or Primavera XER (.xer)' }),
  name: z.string().trim().min(1).max(200).optional(),
  portfolioId: Id.optional(),
  managerId: Id.optional(),
});

/** Query of GET /api/projects/{id}/export. */
export const ExportQuery = z.object({ format: z.enum(['mspdi', 'csv']).default('mspdi') });
/** Parsed export query. */
export type ExportQuery = z.infer<typeof ExportQuery>;
