import { describe, expect, it } from 'vitest';
import { simPlan } from './plan-fixtures.js';
import { collapsedBelowLevel, revealRow, toggleCollapsed, visibleRowIndices } from './visible-rows.js';

const { tasks } = simPlan(['A', ' A1', ' A2', '  A2a', ' A3', 'B', ' B1', 'C']);
const ids = (collapsed: ReadonlySet<string>) => [...visibleRowIndices(tasks, collapsed)].map((i) => tasks[i]?.id);

describe('visible rows', () => {
  it('shows everything when nothing is collapsed', () => {
    expect(ids(new Set())).toEqual(['A', 'A1', 'A2', 'A2a', 'A3', 'B', 'B1', 'C']);
  });

  it('hides the subtree of a collapsed summary, nested ones included', () => {
    expect(ids(new Set(['A2']))).toEqual(['A', 'A1', 'A2', 'A3', 'B', 'B1', 'C']);
    expect(ids(new Set(['A', 'A2']))).toEqual(['A', 'B', 'B1', 'C']);
    expect(ids(new Set(['A', 'B']))).toEqual(['A', 'B', 'C']);
  });

  it('ignores collapsed ids of tasks that are not summaries', () => {
    expect(ids(new Set(['C', 'A1']))).toHaveLength(8);
  });

  it('toggles, folds to an outline level and reveals a hidden row', () => {
    expect(ids(toggleCollapsed(toggleCollapsed(new Set(), 'A'), 'A'))).toHaveLength(8);
    expect(ids(collapsedBelowLevel(tasks, 1))).toEqual(['A', 'B', 'C']);
    expect(ids(collapsedBelowLevel(tasks, 2))).toEqual(['A', 'A1', 'A2', 'A3', 'B', 'B1', 'C']);
    const byId = new Map(tasks.map((t, i) => [t.id, i]));
    const folded = collapsedBelowLevel(tasks, 1);
    expect(ids(revealRow(tasks, byId, folded, 3))).toContain('A2a');
  });

  it('handles 100,000 rows in one pass', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      id: `t${i}`,
      outlineLevel: i % 10 === 0 ? 1 : 2,
      summary: i % 10 === 0,
    }));
    expect(visibleRowIndices(many, new Set(['t0', 't10']))).toHaveLength(100_000 - 18);
  });
});
