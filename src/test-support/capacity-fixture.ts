import type { Store } from '../store/db.js';
import { insertAssignments } from '../store/repos/assignments-repo.js';
import { insertResources } from '../store/repos/resources-repo.js';
import type { AssignmentRow, ResourceRow } from '../store/schema.js';

/*
 * Resources and assignments written straight to the store for capacity tests: the pool's and the
 * assignments' own write routes belong to other features. Write them before the first capacity
 * read of the plans they touch: real assignment edits claim a plan version, these do not.
 */

/** A resource row with defaults (a full-time person on the Standard calendar). */
export function resourceRow(fields: Partial<ResourceRow> & Pick<ResourceRow, 'id' | 'code' | 'name'>): ResourceRow {
  const now = '2026-01-01T00:00:00.000Z';
  return {
    kind: 'person',
    user_id: null,
    email: '',
    department: '',
    role_id: null,
    material_unit: '',
    calendar_id: null,
    skills: '[]',
    exceptions: '[]',
    max_units: '[]',
    rates: '[]',
    currency: 'EUR',
    booking: 'committed',
    active: 1,
    notes: '',
    created_at: now,
    updated_at: now,
    version: 1,
    ...fields,
  };
}

/** An assignment row: units a fraction, work in minutes. */
export function assignmentRow(
  fields: Pick<AssignmentRow, 'id' | 'project_id' | 'task_id' | 'resource_id' | 'work_minutes'> &
    Partial<AssignmentRow>,
): AssignmentRow {
  return {
    units: 1,
    actual_work_minutes: 0,
    remaining_work_minutes: null,
    leveling_delay_minutes: 0,
    staffing_history: '[]',
    ...fields,
  };
}

/** Writes resources then assignments. */
export async function seedCapacity(
  store: Store,
  resources: readonly ResourceRow[],
  assignments: readonly AssignmentRow[],
): Promise<void> {
  await insertResources(store.db, resources);
  await insertAssignments(store.db, assignments);
}
