import { insertPlan } from '../../store/repos/plan-repo.js';
import { STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import type { Executor } from '../../store/transaction.js';
import { rowDate } from './plan-model.js';

/** Creates the empty plan of a new project: starts on `startDay` (YYYY-MM-DD) at 08:00 on the standard calendar. */
export async function createEmptyPlan(ex: Executor, projectId: string, startDay: string, now: string): Promise<void> {
  await insertPlan(ex, {
    project_id: projectId,
    version: 1,
    schedule_version: 1,
    project_start: rowDate(`${startDay}T08:00`) as number,
    status_date: null,
    default_calendar_id: STANDARD_CALENDAR_ID,
    options: '{}',
    project_finish: null,
    task_count: 0,
    updated_at: now,
  });
}
