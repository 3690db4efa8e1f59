import { useMemo } from 'react';
import { usePlanCalendars, usePlanTasks } from '../api/plan.js';
import { planCalendars } from '../plan/calendar-time.js';
import type { WorkBetween } from './forecast.js';

/**
 * Working time on the project's calendar (the plan's default), which earned schedule counts in;
 * MS Project's Standard calendar until the plan and its calendars have loaded.
 */
export function useProjectCalendar(projectId: string): WorkBetween {
  const plan = usePlanTasks(projectId);
  const calendars = usePlanCalendars(projectId);
  const defaultId = plan.data?.plan.defaultCalendarId ?? null;
  return useMemo(() => {
    const c = planCalendars(defaultId ? (calendars.data?.items ?? []) : [], defaultId);
    return (from, to) => c.workBetween(null, from, to);
  }, [calendars.data, defaultId]);
}
