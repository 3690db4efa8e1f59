import { describe, expect, it } from 'vitest';
import { deleteSubtrees, indent, insertBefore, moveSubtrees, outdent } from './wbs-edit.js';
import { wbsOutline } from './wbs-outline.js';

/** Builds a list from an indented sketch: "A", " A1" (one space per level). */
function sketch(...lines: string[]) {
  const stack: string[] = [];
  return lines.map((line) => {
    const depth = line.length - line.trimStart().length;
    const id = line.trim();
    stack.length = depth;
    const parentId = depth === 0 ? null : (stack[depth - 1] as string);
    stack.push(id);
    return { id, parentId };
  });
}
const show = (list: { id: string; parentId: string | null }[]) => {
  const { level } = wbsOutline(list);
  return list.map((n, i) => `${' '.repeat((level[i] as number) - 1)}${n.id}`);
};

describe('WBS outline', () => {
  it('numbers the outline and marks summaries', () => {
    const o = wbsOutline(sketch('A', ' A1', ' A2', '  A2a', 'B'));
    expect(o.wbs).toEqual(['1', '1.1', '1.2', '1.2.1', '2']);
    expect([...o.summary]).toEqual([1, 0, 1, 0, 0]);
  });
  it('rejects a child separated from its parent', () => {
    expect(() => wbsOutline([...sketch('A', 'B'), { id: 'x', parentId: 'A' }])).toThrow(
      /row 3 must sit directly under/,
    );
  });
});

describe('WBS edits (MS Project semantics)', () => {
  it('indents under the previous sibling and outdents adopting following siblings', () => {
    const list = sketch('A', 'B', 'C', 'D');
    expect(show(indent(list, ['B', 'C']).list)).toEqual(['A', ' B', ' C', 'D']);
    const nested = sketch('A', ' B', ' C', ' D');
    expect(show(outdent(nested, ['C']).list)).toEqual(['A', ' B', 'C', ' D']);
    expect(show(outdent(nested, ['C', 'D']).list)).toEqual(['A', ' B', 'C', 'D']);
  });
  it('refuses to indent the first task or outdent a top-level one', () => {
    expect(() => indent(sketch('A', 'B'), ['A'])).toThrow(/no task above/);
    expect(() => outdent(sketch('A'), ['A'])).toThrow(/top-level/);
  });
  it('moves subtrees and keeps them whole', () => {
    const list = sketch('A', ' A1', 'B', 'C');
    expect(show(moveSubtrees(list, ['A'], null, null))).toEqual(['B', 'C', 'A', ' A1']);
    expect(show(moveSubtrees(list, ['C'], 'A', 'A1'))).toEqual(['A', ' C', ' A1', 'B']);
    expect(show(moveSubtrees(list, ['B'], 'A', null))).toEqual(['A', ' A1', ' B', 'C']);
    expect(() => moveSubtrees(list, ['A'], 'A1', null)).toThrow(/under itself/);
  });
  it('deletes subtrees and inserts before a task', () => {
    const list = sketch('A', ' A1', 'B');
    const d = deleteSubtrees(list, ['A']);
    expect(d.removedIds).toEqual(['A', 'A1']);
    expect(show(insertBefore(list, [{ id: 'N', parentId: 'A' }], 'A1'))).toEqual(['A', ' N', ' A1', 'B']);
  });
});
