import { describe, expect, it } from 'vitest';
import { fitFrozenColumns, frozenWidth, gridColumns, wbsColumnWidth } from './columns.js';

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
});
