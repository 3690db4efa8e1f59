import type { z } from 'zod';
import { isApiError } from '../api/client.js';

/** Error messages keyed by form field name (the first path segment of an issue). */
export type FieldErrors = Record<string, string>;

interface Issue {
  readonly path: string | readonly PropertyKey[];
  readonly message: string;
}

/** Collects the first message per field; `rename` maps API field names to form field names (budgetMinor -> budget). */
export function issuesToFieldErrors(issues: readonly Issue[], rename: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const head = path[0] ?? '';
    const field = rename[head] ?? head;
    if (!(field in errors)) errors[field] = capitalise(issue.message);
  }
  return errors;
}

/** Field errors from a failed zod parse. */
export function zodFieldErrors(error: z.ZodError, rename: Record<string, string> = {}): FieldErrors {
  return issuesToFieldErrors(error.issues as Issue[], rename);
}

/** True when an API error names the fields at fault (`validation_failed`, or a `conflict` such as a taken code or email). */
export function hasFieldIssues(e: unknown): boolean {
  return isApiError(e) && Array.isArray(e.details.issues) && e.details.issues.length > 0;
}

/** Field errors from an API error that names fields; empty for any other error. */
export function apiFieldErrors(e: unknown, rename: Record<string, string> = {}): FieldErrors {
  if (!isApiError(e) || !hasFieldIssues(e)) return {};
  return issuesToFieldErrors(e.details.issues as Issue[], rename);
}

// Schema messages read as predicates ("is required") so they also fit API error text; under a field they start a sentence.
function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
