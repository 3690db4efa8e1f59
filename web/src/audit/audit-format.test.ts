import { describe, expect, it } from 'vitest';
import { formatMoney } from '../lib/money.js';
import { actionLabel, changeRows } from './audit-format.js';

const ID = '0190a000-0000-7000-8000-000000000001';

describe('audit entries as people read them', () => {
  it('names actions in words', () => {
    expect(actionLabel('plan.tasks.update')).toBe('Tasks updated');
    expect(actionLabel('project.approval.request')).toBe('Approval requested');
    expect(actionLabel('something.new')).toBe('something.new');
  });

  it('splits a plan write into task and field, with values formatted as the plan shows them', () => {
    const rows = changeRows(
      {
        [`Design review [${ID}] durationMinutes`]: { before: 2400, after: 4800 },
        [`Design review [${ID}] actualStart`]: { before: null, after: '2026-03-02T08:00' },
        [`Design review [${ID}] percentComplete`]: { before: 0, after: 40 },
        count: { before: 1, after: 1 },
      },
      new Map(),
    );
    expect(rows.map((r) => [r.task, r.label, r.before, r.after])).toEqual([
      ['Design review', 'Duration', '5d', '10d'],
      ['Design review', 'Actual start', '—', 'Mon 03/02/2026'],
      ['Design review', '% complete', '0%', '40%'],
    ]);
  });

  it('shows budgets as money in the charter currency and ids as names', () => {
    const rows = changeRows(
      {
        budgetMinor: { before: 92000000, after: 95000000 },
        currency: { before: 'EUR', after: 'EUR' },
        managerId: { before: null, after: 'u1' },
        state: { before: 'proposed', after: 'on_hold' },
      },
      new Map([['u1', 'Marco Rossi']]),
    );
    expect(rows[0]).toMatchObject({ label: 'Budget', before: formatMoney(92000000, 'EUR') });
    expect(rows[0]?.before).toMatch(/920,000/);
    expect(rows[2]).toMatchObject({ label: 'Manager', after: 'Marco Rossi' });
    expect(rows[3]).toMatchObject({ before: 'Proposed', after: 'On hold' });
  });
});
