import { readFileSync } from 'node:fs';
import type { TaskType } from '../core/resources/model.js';
import { bool, child, children, num, text, xsdDurationMinutes } from '../interop/mspdi/mspdi-values.js';
import { parseXmlTree } from '../interop/mspdi/xml-tree.js';

/*
 * Just enough of an MSPDI file to hold MS Project's task type rules against it: each task's type,
 * effort-driven flag and duration, and its assignments' units, work and what would make the rules
 * not apply as such (contours, delays, material or cost resources). The production reader of
 * MSPDI resources and assignments is the interop module's; this is a test's own view.
 */

/** An assignment as the file has it: units a fraction, work minutes. */
export interface OracleAssignment {
  readonly resourceUid: string;
  readonly resourceType: 'work' | 'material' | 'cost' | 'none';
  readonly units: number;
  readonly workMinutes: number;
  readonly contour: number;
  readonly delayMinutes: number;
  /** As written ("2006-08-25T08:00:00"). */
  readonly start: string | undefined;
}

/** A task with assignments as the file has it: duration in working minutes. */
export interface OracleTask {
  readonly file: string;
  readonly uid: string;
  readonly name: string;
  readonly taskType: TaskType;
  readonly effortDriven: boolean;
  readonly durationMinutes: number;
  readonly elapsed: boolean;
  readonly summary: boolean;
  readonly milestone: boolean;
  readonly split: boolean;
  readonly start: string | undefined;
  readonly assignments: readonly OracleAssignment[];
}

const TYPES: Record<string, TaskType> = { '0': 'fixedUnits', '1': 'fixedDuration', '2': 'fixedWork' };
const ELAPSED = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);
const REPEATED = new Set(['Task', 'Resource', 'Assignment', 'TimephasedData']);

/** The tasks of an MSPDI file that have assignments. */
export function oracleTasks(path: string, file: string): OracleTask[] {
  const doc = parseXmlTree(readFileSync(path, 'utf8'), REPEATED);
  const project = child(doc, 'Project');
  const resourceTypes = new Map<string, OracleAssignment['resourceType']>();
  for (const r of children(child(project, 'Resources'), 'Resource')) {
    const type = text(r, 'Type');
    resourceTypes.set(text(r, 'UID') ?? '', type === '0' ? 'material' : type === '2' ? 'cost' : 'work');
  }
  const byTask = new Map<string, OracleAssignment[]>();
  for (const a of children(child(project, 'Assignments'), 'Assignment')) {
    const resourceUid = text(a, 'ResourceUID') ?? '';
    // -65535: MS Project's "unassigned" placeholder, not a resource.
    if (resourceUid === '-65535') continue;
    const list = byTask.get(text(a, 'TaskUID') ?? '') ?? [];
    list.push({
      resourceUid,
      resourceType: resourceTypes.get(resourceUid) ?? 'none',
      units: num(a, 'Units') ?? 1,
      workMinutes: xsdDurationMinutes(text(a, 'Work')) ?? 0,
      contour: num(a, 'WorkContour') ?? 0,
      // Delay is in tenths of minutes; leveling delay likewise.
      delayMinutes: ((num(a, 'Delay') ?? 0) + (num(a, 'LevelingDelay') ?? 0)) / 10,
      start: text(a, 'Start'),
    });
    byTask.set(text(a, 'TaskUID') ?? '', list);
  }
  return children(child(project, 'Tasks'), 'Task').flatMap((t) => {
    const uid = text(t, 'UID') ?? '';
    const assignments = byTask.get(uid);
    if (!assignments) return [];
    const stop = text(t, 'Stop');
    const resume = text(t, 'Resume');
    return [
      {
        file,
        uid,
        name: text(t, 'Name') ?? '',
        taskType: TYPES[text(t, 'Type') ?? '0'] ?? 'fixedUnits',
        effortDriven: bool(t, 'EffortDriven'),
        durationMinutes: xsdDurationMinutes(text(t, 'Duration')) ?? 0,
        elapsed: ELAPSED.has(num(t, 'DurationFormat') ?? 7),
        summary: bool(t, 'Summary'),
        milestone: bool(t, 'Milestone'),
        // A task interrupted and resumed later than it stopped is split: its work does not span its duration evenly.
        start: text(t, 'Start'),
        split: stop !== undefined && resume !== undefined && resume > stop && num(t, 'PercentComplete') !== 100,
        assignments,
      },
    ];
  });
}
