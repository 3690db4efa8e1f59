import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarList,
  CalendarResource,
  CreateCalendarBody,
  UpdateCalendarBody,
} from '../../../src/contracts/index.js';
import { api } from './client.js';

/*
 * Working calendars: the organisation's (/calendars, kept by the PMO) and a project's own
 * (/projects/{id}/calendars, which also lists the organisation's). A change of working time
 * reschedules every plan that uses the calendar, so a write drops every cached plan as well.
 */

/** Null: the organisation's calendars; a project's id: that project's. */
export type CalendarScope = string | null;

/** Query keys of the calendar lists. */
export const calendarKeys = {
  all: ['calendars'] as const,
  list: (scope: CalendarScope) => ['calendars', scope ?? 'organisation'] as const,
};

const base = (scope: CalendarScope) => (scope === null ? '/calendars' : `/projects/${scope}/calendars`);

/** Organisation calendars (scope null), or the calendars a project may use: the organisation's, then its own. */
export function useCalendars(scope: CalendarScope) {
  return useQuery({
    queryKey: calendarKeys.list(scope),
    queryFn: () => api<CalendarList>('GET', base(scope)),
  });
}

function useCalendarWrites() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: calendarKeys.all });
    // Plans on the calendar were rescheduled, and the plan page keeps its own copy of the list.
    void qc.invalidateQueries({ queryKey: ['plan'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Adds a calendar to the organisation (PMO, admin) or to a project (its manager, PMO). */
export function useCreateCalendar(scope: CalendarScope) {
  const written = useCalendarWrites();
  return useMutation({
    mutationFn: (body: CreateCalendarBody) => api<CalendarResource>('POST', base(scope), body),
    onSuccess: written,
  });
}

/** Changes a calendar; `version` guards against overwriting someone else's change. */
export function useUpdateCalendar(scope: CalendarScope) {
  const written = useCalendarWrites();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateCalendarBody & { id: string }) =>
      api<CalendarResource>('PATCH', `${base(scope)}/${id}`, body),
    onSuccess: written,
  });
}

/** Deletes a calendar no plan uses (the server answers 409 `conflict`, naming the users, otherwise). */
export function useDeleteCalendar(scope: CalendarScope) {
  const written = useCalendarWrites();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `${base(scope)}/${id}`),
    onSuccess: written,
  });
}
