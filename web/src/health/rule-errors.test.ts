import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { ruleErrors } from './rule-errors.js';

describe('ruleErrors', () => {
  it('puts the server’s rule issues under the row and column they name, in either path style', () => {
    const e = new ApiError(400, 'validation_failed', 'bad', {
      issues: [
        { path: 'rules[2].red', message: 'must be above the amber threshold for "gt"' },
        { path: 'rules.0.message', message: 'too short' },
        { path: 'version', message: 'is required' },
      ],
    });
    expect(ruleErrors(e)).toEqual({
      '2.red': 'Must be above the amber threshold for "gt"',
      '0.message': 'Too short',
      general: 'Is required',
    });
  });

  it('answers nothing for an error that names no field', () => {
    expect(ruleErrors(new ApiError(409, 'version_conflict', 'stale'))).toEqual({});
    expect(ruleErrors(new Error('x'))).toEqual({});
  });
});
