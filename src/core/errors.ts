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

/**
 * A DomainError without a stack trace, for answers that come by the hundred: a burst of sign-ins
 * refused at their limit. V8 records the trace (every async frame through the framework) when the
 * error is made, about a tenth of what such a refusal costs; it is never read, as the error only
 * becomes a response.
 */
export function domainErrorWithoutStack(
  code: ErrorCode,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): DomainError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new DomainError(code, message, details);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Shorthand for a validation failure on one field (`field` is a dotted path like `budget.currency`). */
export function invalidField(field: string, reason: string): DomainError {
  return new DomainError('validation_failed', `${field}: ${reason}`, { issues: [{ path: field, message: reason }] });
}
