/** Stable error codes: clients and tests depend on these strings, so never rename one. */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'version_conflict'
  | 'conflict'
  | 'invalid_transition'
  | 'rate_limited'
  | 'payload_too_large'
  | 'internal';

/** A failure the caller can act on; `details` carries machine-readable context (field paths, versions). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Shorthand for a validation failure on one field (`field` is a dotted path like `budget.currency`). */
export function invalidField(field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `${field}: ${reason}`, { issues: [{ path: field, message: reason }] });
}
