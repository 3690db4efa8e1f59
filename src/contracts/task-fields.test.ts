import { describe, expect, it } from 'vitest';
import { PlanTask } from './plan.js';
import { PlanTaskColumnSet } from './plan-columns.js';
import { TASK_FIELDS } from './task-fields.js';

/** The descriptor names wire fields and list columns as text: hold it to the schemas, both ways. */
describe('task field descriptor', () => {
  it('names only fields of the JSON task and columns of the task list', () => {
    const taskKeys = Object.keys(PlanTask.shape);
    for (const f of TASK_FIELDS) if (f.wire !== null) expect(taskKeys).toContain(f.wire);
    const listed = TASK_FIELDS.flatMap((f) => (f.list ? [f.list.name] : []));
    // The rest come from the outline (row, parent row, WBS code, level, summary) or are the key.
    expect([...listed, 'id', 'parentRow', 'wbs', 'outlineLevel', 'summary'].sort()).toEqual(
      Object.keys(PlanTaskColumnSet.shape).sort(),
    );
  });
});
