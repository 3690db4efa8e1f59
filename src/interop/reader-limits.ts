import { DomainError } from '../core/errors.js';

/*
 * How much a plan reader will hold. Uploads are read on the server's main thread, so a file that
 * asks for more than a real schedule ever needs is refused before it costs memory or time. The
 * limits are generous: the largest real files (a 4,000-activity P6 export with 69 fields per table,
 * a 200,000-task MS Project file of ~50 MB) pass with room to spare.
 */

/** Limits on a Primavera XER file. */
export const XER_LIMITS = {
  /** `%T` tables in the file (P6 writes at most a few dozen). */
  tables: 1_000,
  /** Field names on one table's `%F` line (P6's widest tables carry under 200). */
  fieldsPerTable: 1_000,
  /** `%R` rows over all tables (a 200,000-activity schedule with its links and assignments fits). */
  rows: 5_000_000,
  /** Characters on one line, so one field value (P6 memos run to a few thousand). */
  lineChars: 1_000_000,
} as const;

/** Limits on MS Project XML, checked on the text before any parser builds a tree. */
export const XML_LIMITS = {
  /** Elements in the document (a 200,000-task, ~50 MB file holds a few million). */
  elements: 10_000_000,
  /** Element nesting (MSPDI nests 6 deep; timephased data a little deeper). */
  depth: 64,
  /** Characters in an element name (MSPDI's longest is under 40; a parser's work grows with them). */
  nameChars: 64,
} as const;

/** Limits on a Gantry JSON plan. */
export const JSON_LIMITS = {
  /** Characters of JSON text. */
  chars: 200_000_000,
  /** Nesting of arrays and objects (the format nests 6 deep). */
  depth: 32,
  tasks: 1_000_000,
  links: 2_000_000,
  calendars: 10_000,
  /** Characters in one string value (names, ids). */
  stringChars: 10_000,
} as const;

/**
 * Limits on the resource side of any plan file (issue 11). The pool of a real organisation holds a
 * few thousand resources; a 200,000-task plan with a few assignments per task stays under the second.
 */
export const RESOURCE_LIMITS = {
  resources: 100_000,
  assignments: 2_000_000,
} as const;

/** A limit as the messages print it: 1,000,000. */
export const formatLimit = (n: number): string => n.toLocaleString('en-US');

/** The 400 a reader throws when a file goes over one of its limits; `limit` names which. */
export function overLimit(format: string, what: string, limit: number, details: Record<string, unknown> = {}) {
  return new DomainError('validation_failed', `${format} file: ${what} (limit ${formatLimit(limit)})`, {
    field: 'file',
    limit,
    ...details,
  });
}
