import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateCalendarBody, UpdateCalendarBody } from '../../../src/contracts/index.js';
import { gantry, ok } from './client.js';

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

/** Organisation calendars (scope null), or the calendars a project may use: the organisation's, then its own. */
export function useCalendars(scope: CalendarScope) {
  return useQuery({
    queryKey: calendarKeys.list(scope),
    queryFn: () =>
      ok(
        scope === null
          ? gantry.GET('/api/calendars')
          : gantry.GET('/api/projects/{id}/calendars', { params: { path: { id: scope } } }),
      ),
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
    mutationFn: (body: CreateCalendarBody) =>
      ok(
        scope === null
          ? gantry.POST('/api/calendars', { body })
          : gantry.POST('/api/projects/{id}/calendars', { params: { path: { id: scope } }, body }),
      ),
    onSuccess: written,
  });
}

/** Changes a calendar; `version` guards against overwriting someone else's change. */
export function useUpdateCalendar(scope: CalendarScope) {
  const written = useCalendarWrites();
  return useMutation({
    mutationFn: ({ id: calendarId, ...body }: UpdateCalendarBody & { id: string }) =>
      ok(
        scope === null
          ? gantry.PATCH('/api/calendars/{calendarId}', { params: { path: { calendarId } }, body })
          : gantry.PATCH('/api/projects/{id}/calendars/{calendarId}', {
              params: { path: { id: scope, calendarId } },
              body,
            }),
      ),
    onSuccess: written,
  });
}

/** Deletes a calendar no plan uses (the server answers 409 `conflict`, naming the users, otherwise). */
export function useDeleteCalendar(scope: CalendarScope) {
  const written = useCalendarWrites();
  return useMutation({
    mutationFn: (calendarId: string) =>
      ok(
        scope === null
          ? gantry.DELETE('/api/calendars/{calendarId}', { params: { path: { calendarId } } })
          : gantry.DELETE('/api/projects/{id}/calendars/{calendarId}', { params: { path: { id: scope, calendarId } } }),
      ),
    onSuccess: written,
  });
}
