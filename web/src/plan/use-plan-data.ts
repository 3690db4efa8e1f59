import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Assignment, PlanLink, PlanTask, ProjectMember } from '../../../src/contracts/index.js';
import { assignmentsQuery } from '../api/assignments.js';
import { usePlanCalendars } from '../api/plan.js';
import { useMembers } from '../api/projects.js';
import { planCalendars } from './calendar-time.js';
import type { EditEnv } from './grid/cell-edit.js';
import { newId } from './new-id.js';
import type { PlanSource } from './plan-source.js';

/** Set once per page load, when the first plan's tasks and links have both arrived. */
let dataMarked = false;

const EMPTY_TASKS: readonly PlanTask[] = [];
const EMPTY_LINKS: readonly PlanLink[] = [];
const EMPTY_ASSIGNMENTS: readonly Assignment[] = [];

/** "Ana [50%]": a resource as MS Project's Resource Names column shows it (100 % goes without saying). */
export const resourceLabel = (a: Assignment) =>
  a.unitsPercent === 100 || a.resourceKind === 'material' || a.resourceKind === 'cost'
    ? a.resourceName
    : `${a.resourceName} [${Math.round(a.unitsPercent * 10) / 10}%]`;

/**
 * The data of the plan `source` shows (the live plan or a scenario of it) and the lookups built
 * from it. Every derived structure is an O(n) memo keyed on the lists themselves, so it is rebuilt
 * when a write or reload changes them, never per render.
 */
export function usePlanData(projectId: string, source: PlanSource, currency: string) {
  const tasksQuery = useQuery(source.tasksQuery);
  const linksQuery = useQuery(source.linksQuery);
  const calendarsQuery = usePlanCalendars(projectId);
  const membersQuery = useMembers(projectId);
  // The live plan's assignments (a scenario's own are not listed: the column shows the live ones).
  const assignmentsResult = useQuery(assignmentsQuery(projectId));
  const assignments = assignmentsResult.data?.items ?? EMPTY_ASSIGNMENTS;

  const tasks = tasksQuery.data?.tasks ?? EMPTY_TASKS;
  const links = linksQuery.data?.links ?? EMPTY_LINKS;
  const plan = tasksQuery.data?.plan;
  const loaded = tasksQuery.data !== undefined && linksQuery.data !== undefined;

  // Marked while rendering, not in an effect: the grid's and chart's effects (children) run before
  // this component's, and the data must be marked as arrived before the plan is marked ready.
  if (loaded && !dataMarked) {
    dataMarked = true;
    performance.mark('gantry:plan-data');
  }

  const byId = useMemo(() => {
    const map = new Map<string, number>();
    for (let i = 0; i < tasks.length; i++) map.set((tasks[i] as PlanTask).id, i);
    return map;
  }, [tasks]);

  const linksTo = useMemo(() => {
    const map = new Map<string, PlanLink[]>();
    for (const l of links) {
      const list = map.get(l.successorId);
      if (list) list.push(l);
      else map.set(l.successorId, [l]);
    }
    return map;
  }, [links]);

  const calendars = useMemo(
    () => planCalendars(calendarsQuery.data?.items ?? [], plan?.defaultCalendarId ?? null),
    [calendarsQuery.data, plan?.defaultCalendarId],
  );

  const byTask = useMemo(() => {
    const map = new Map<string, Assignment[]>();
    for (const a of assignments) {
      const list = map.get(a.taskId);
      if (list) list.push(a);
      else map.set(a.taskId, [a]);
    }
    return map;
  }, [assignments]);

  const env = useMemo<EditEnv>(
    () => ({
      resourceNames: (id) => (byTask.get(id) ?? []).map(resourceLabel).join(', '),
      tasks,
      calendars,
      linksTo: (id) => linksTo.get(id) ?? EMPTY_LINKS,
      rowOf: (id) => {
        const i = byId.get(id);
        return i === undefined ? undefined : i + 1;
      },
      newId,
      currency,
    }),
    [tasks, calendars, linksTo, byId, byTask, currency],
  );

  const members = useMemo(
    () =>
      (membersQuery.data ?? [])
        .filter((m: ProjectMember) => m.relation !== 'stakeholder')
        .map((m) => ({ value: m.userId, label: m.name })),
    [membersQuery.data],
  );

  return { tasksQuery, linksQuery, tasks, links, plan, loaded, byId, calendars, env, members, byTask };
}
