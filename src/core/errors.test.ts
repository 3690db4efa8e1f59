import { describe, expect, it } from 'vitest';
import { DomainError, domainErrorWithoutStack } from './errors.js';

describe('domainErrorWithoutStack', () => {
  it('is an ordinary DomainError, minus the trace, and leaves the trace limit as it was', () => {
    const before = Error.stackTraceLimit;
    const err = domainErrorWithoutStack('rate_limited', 'Too many', { retryAfterSeconds: 3 });
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'rate_limited', message: 'Too many', details: { retryAfterSeconds: 3 } });
    expect(err.stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new DomainError('conflict', 'x').stack).toMatch(/\n\s+at /);
  });
});
