import { describe, expect, it } from 'vitest';
import type { PlanTask } from '../../../../src/contracts/index.js';
import { simPlan } from '../plan-fixtures.js';
import { canEditCell, fitFrozenColumns, frozenWidth, gridColumns, wbsColumnWidth } from './columns.js';

describe('grid columns', () => {
  it('freezes ID to task name, and widens the WBS column for long codes', () => {
    const columns = gridColumns(false, wbsColumnWidth('1.12.3.10.4'.length));
    const frozen = columns.filter((c) => c.frozenLeft !== undefined).map((c) => [c.key, c.frozenLeft]);
    expect(frozen).toEqual([
      ['row', 0],
      ['indicators', 52],
      ['wbs', 86],
      ['name', 86 + 99],
    ]);
    expect(wbsColumnWidth(1)).toBe(64);
  });

  it('keeps only a narrowed name frozen in a pane too narrow for all four', () => {
    const columns = gridColumns(false);
    expect(fitFrozenColumns(columns, 800)).toBe(columns);
    const phone = fitFrozenColumns(columns, 205);
    expect(phone.filter((c) => c.frozenLeft !== undefined).map((c) => c.key)).toEqual(['name']);
    expect(frozenWidth(phone)).toBe(100);
  });

  it('shows the money columns only when turned on, after the standard ones', () => {
    const keys = (on: Parameters<typeof gridColumns>[2]) => gridColumns(false, 64, on).map((c) => c.key);
    expect(keys(new Set())).not.toContain('fixedCost');
    expect(keys(new Set(['physicalPercentComplete', 'fixedCost'])).slice(-3)).toEqual([
      'levelingDelay',
      'fixedCost',
      'physicalPercentComplete',
    ]);
  });

  it('lets planners edit the money columns and the responsible team member only the physical % complete', () => {
    const columns = gridColumns(false, 64, new Set(['fixedCost', 'evMethod', 'physicalPercentComplete']));
    const task = { ...(simPlan(['A'], []).tasks[0] as PlanTask), responsibleId: 'lena' };
    const editable = (access: Parameters<typeof canEditCell>[2]) =>
      columns.filter((c) => canEditCell(c, task, access)).map((c) => c.key);
    const lena = editable({ canEditPlan: false, canRecordProgress: true, userId: 'lena' });
    expect(lena).toContain('physicalPercentComplete');
    expect(lena).not.toContain('fixedCost');
    expect(editable({ canEditPlan: true, canRecordProgress: true, userId: 'marco' })).toEqual(
      expect.arrayContaining(['fixedCost', 'evMethod', 'physicalPercentComplete']),
    );
  });
});
