import { DomainError } from '../../core/errors.js';
import type { PlanResources } from '../../core/resources/model.js';
import { type Calendar, calendarId, type Plan, type ScheduleOptions } from '../../core/schedule/model.js';
import { type ImportReport, ReportCollector } from '../import-report.js';
import { checkXmlLimits } from '../xml-limits.js';
import { readCalendars } from './mspdi-calendars.js';
import { readMspdiResources } from './mspdi-resources.js';
import { readTasks, type StoredTaskDates } from './mspdi-tasks.js';
import { bool, child, children, dateTime, num, text, type XmlNode } from './mspdi-values.js';
import { parseXmlTree } from './xml-tree.js';

/** A plan read from MS Project XML, what was left out, and MS Project's own results per task. */
export interface MspdiImport {
  readonly plan: Plan;
  readonly report: ImportReport;
  /** Index-aligned with plan.tasks. */
  readonly stored: readonly StoredTaskDates[];
  /** Resources, assignments and task type rules, when the file has any. */
  readonly resources?: PlanResources;
}

const REPEATED = new Set([
  'Calendar',
  'WeekDay',
  'WorkingTime',
  'Exception',
  'WorkWeek',
  'Task',
  'PredecessorLink',
  'Resource',
  'Assignment',
]);

const STANDARD: Calendar = {
  id: calendarId('__standard'),
  name: 'Standard',
  week: [
    [],
    ...Array.from({ length: 5 }, () => [
      { startMinute: 480, endMinute: 720 },
      { startMinute: 780, endMinute: 1020 },
    ]),
    [],
  ],
  exceptions: [],
};

/** Elements of a project that the plan has no place for, reported when present. */
const NOT_CARRIED: readonly [string, string][] = [
  ['ExtendedAttributes', 'custom fields'],
  ['OutlineCodes', 'outline codes'],
];

/**
 * Reads MS Project XML (MSPDI) text into a plan: WBS from outline levels, tasks with durations,
 * constraints, deadlines and progress, links with lags (tenths of minutes, elapsed or percent),
 * calendars with week days, exceptions (recurring too) and work weeks, keeping task UIDs as ids;
 * beside the plan, resources and assignments (mspdi-resources.ts).
 * Throws DomainError 'validation_failed' when the text is not an MSPDI project or goes over XML_LIMITS.
 */
export function readMspdi(xml: string): MspdiImport {
  // Before any parser: a file over the element or depth limits never reaches one.
  checkXmlLimits(xml, 'MS Project XML');
  let doc: XmlNode;
  try {
    doc = parseXmlTree(xml, REPEATED);
  } catch (error) {
    throw new DomainError('validation_failed', `file: not well-formed XML (${(error as Error).message})`, {
      field: 'file',
    });
  }
  const project = child(doc, 'Project');
  if (!project) throw new DomainError('validation_failed', 'file: no MS Project <Project> element', { field: 'file' });
  const report = new ReportCollector('mspdi');

  const minutesPerDay = num(project, 'MinutesPerDay') ?? 480;
  const conversion = {
    hoursPerDay: minutesPerDay / 60,
    hoursPerWeek: (num(project, 'MinutesPerWeek') ?? 2400) / 60,
    daysPerMonth: num(project, 'DaysPerMonth') ?? 20,
  };
  const calendars = readCalendars(project, report, conversion);
  let defaultUid = text(project, 'CalendarUID');
  if (defaultUid === undefined || !calendars.has(defaultUid)) {
    report.add('approximated', 'project calendar missing: a standard calendar was used');
    calendars.set(STANDARD.id, { ...STANDARD, ...conversion });
    defaultUid = STANDARD.id;
  }
  const { tasks, links, stored } = readTasks(project, calendars, report);

  for (const [element, what] of NOT_CARRIED) {
    if (children(child(project, element), element.slice(0, -1)).length > 0) report.add('not_carried', what);
  }
  const resources = readMspdiResources(
    project,
    new Set(tasks.map((t) => t.id as string)),
    new Set(calendars.keys()),
    report,
  );

  const start = dateTime(project, 'StartDate');
  const fromStart = text(project, 'ScheduleFromStart') !== '0';
  const finish = dateTime(project, 'FinishDate');
  if (start === null)
    throw new DomainError('validation_failed', 'StartDate: missing project start', { field: 'StartDate' });
  const options: ScheduleOptions = {
    projectStart: start,
    ...(fromStart || finish === null ? {} : { direction: 'backward' as const, projectFinish: finish }),
    statusDate: dateTime(project, 'StatusDate'),
    flavour: 'msproject',
    totalFloat: 'smallest',
    criticalFloatMinutes: (num(project, 'CriticalSlackLimit') ?? 0) * minutesPerDay,
    ...(bool(project, 'MultipleCriticalPaths') ? { critical: 'longestPath' as const } : {}),
    lagCalendar: 'successor',
  };
  return {
    plan: {
      name: text(project, 'Title') ?? text(project, 'Name') ?? 'Project',
      defaultCalendarId: calendarId(defaultUid),
      calendars: [...calendars.values()],
      tasks,
      links,
      options,
    },
    report: report.report(),
    stored,
    ...(resources ? { resources } : {}),
  };
}
