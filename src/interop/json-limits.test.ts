import { describe, expect, it } from 'vitest';
import { readJsonPlan } from './json-plan.js';
import { JSON_LIMITS } from './reader-limits.js';

const plan = (extra: Record<string, unknown>) =>
  JSON.stringify({
    format: 'gantry-plan',
    version: 1,
    projectStart: '2024-01-08T08:00',
    defaultCalendar: 'c',
    calendars: [{ id: 'c', week: { monday: ['08:00-12:00'] } }],
    tasks: [{ id: 'a', duration: '1d' }],
    ...extra,
  });

describe('readJsonPlan on a file over the limits', () => {
  it('refuses deep nesting, long strings and too many tasks, naming the limit', () => {
    const deep = plan({ name: 'x' }).replace('"name":"x"', `"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(() => readJsonPlan(deep)).toThrow('JSON file: values nested more than 32 deep (limit 32)');
    expect(() => readJsonPlan(plan({ name: 'n'.repeat(JSON_LIMITS.stringChars + 1) }))).toThrow(
      'JSON file: a string longer than 10,000 characters (limit 10,000)',
    );
    const many = plan({ tasks: Array.from({ length: JSON_LIMITS.tasks + 1 }, () => ({ id: 'a' })) });
    expect(() => readJsonPlan(many)).toThrow(/^tasks: Too big: expected array to have <=1000000 items/);
  });

  it('still reads strings with escaped quotes and brackets', () => {
    expect(readJsonPlan(plan({ name: 'a "[{quoted}]" \\ name' })).plan.name).toBe('a "[{quoted}]" \\ name');
  });
});
