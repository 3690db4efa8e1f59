import type { ScheduleJsonTask } from '../contracts/plan.js';
import { DomainError } from '../core/errors.js';
import type { PlanResources } from '../core/resources/model.js';
import type { Plan, ScheduleResult } from '../core/schedule/model.js';
import { schedulePlan } from '../core/schedule/schedule.js';
import { formatLocalDateTime } from '../core/schedule/time.js';
import type { ImportReport } from './import-report.js';
import { readValidJsonPlan } from './json-plan-convert.js';
import { readMspdi } from './mspdi/mspdi-reader.js';
import { readXer } from './xer/xer-reader.js';

/** The plan file formats Gantry schedules. */
export type FileFormat = 'mspdi' | 'xer' | 'json';

/** A file read and scheduled. */
export interface ScheduledFile {
  readonly format: FileFormat;
  readonly plan: Plan;
  readonly report: ImportReport;
  readonly result: ScheduleResult;
}

/** The whole `--json` document. */
export interface ScheduleJson {
  readonly projectFinish: string;
  readonly tasks: readonly ScheduleJsonTask[];
}

/** Guesses the format from the text: XER starts with ERMHDR, MSPDI is MS Project's XML, JSON is an object. */
export function detectFormat(text: string): FileFormat {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('ERMHDR')) return 'xer';
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    if (head.includes('schemas.microsoft.com/project')) return 'mspdi';
    if (head.includes('APIBusinessObjects')) {
      throw new DomainError(
        'validation_failed',
        'file: Primavera P6 XML (PMXML) is not supported; export XER instead',
        {
          field: 'file',
        },
      );
    }
    return 'mspdi';
  }
  throw new DomainError('validation_failed', 'file: not MS Project XML, Primavera XER or a Gantry JSON plan', {
    field: 'file',
  });
}

/**
 * Reads a plan file (format detected unless given) and schedules it. No I/O: the caller reads the
 * file. A JSON plan that is not valid loads the zod schema only to say why (json-plan.ts): loading
 * zod on every start cost `gantry schedule` as much as scheduling 5,000 tasks.
 */
export async function scheduleFile(text: string, format: FileFormat = detectFormat(text)): Promise<ScheduledFile> {
  const { plan, report } = await readPlanFile(text, format);
  return { format, plan, report, result: schedulePlan(plan) };
}

/** Reads a plan file (format detected unless given) without scheduling it, for callers that schedule their own way. */
export async function readPlanFile(
  text: string,
  format: FileFormat = detectFormat(text),
): Promise<{ format: FileFormat; plan: Plan; report: ImportReport; resources?: PlanResources }> {
  const read: { plan: Plan; report: ImportReport; resources?: PlanResources } =
    format === 'xer'
      ? readXer(text)
      : format === 'json'
        ? (readValidJsonPlan(text) ?? (await import('./json-plan.js')).readJsonPlan(text))
        : readMspdi(text);
  const { plan, report, resources } = read;
  return { format, plan, report, ...(resources ? { resources } : {}) };
}

/** A date as `gantry schedule --json` writes it: local, with seconds; null when there is none. */
export const scheduleJsonDate = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? null : formatLocalDateTime(v);
const date = scheduleJsonDate;
const minutes = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

/** Results in the shape of `gantry schedule --json`: project finish, then every task in plan order. */
export function renderScheduleJson(plan: Plan, result: ScheduleResult): ScheduleJson {
  return {
    projectFinish: formatLocalDateTime(result.projectFinish),
    tasks: plan.tasks.map((t, i) => ({
      id: t.id,
      name: t.name,
      summary: result.summary[i] === 1,
      milestone: t.milestone === true,
      earlyStart: date(result.earlyStart[i]),
      earlyFinish: date(result.earlyFinish[i]),
      lateStart: date(result.lateStart[i]),
      lateFinish: date(result.lateFinish[i]),
      totalFloatMinutes: minutes(result.totalFloatMinutes[i]),
      freeFloatMinutes: minutes(result.freeFloatMinutes[i]),
      critical: result.critical[i] === 1,
    })),
  };
}

/** Results as an aligned text table (for `gantry schedule` without --json), then the project finish. */
export function renderScheduleTable(plan: Plan, result: ScheduleResult): string {
  const rows = renderScheduleJson(plan, result).tasks.map((t) => [
    t.id,
    t.name,
    (t.earlyStart ?? '-').slice(0, 16),
    (t.earlyFinish ?? '-').slice(0, 16),
    (t.lateStart ?? '-').slice(0, 16),
    (t.lateFinish ?? '-').slice(0, 16),
    t.totalFloatMinutes === null ? '-' : String(t.totalFloatMinutes),
    t.freeFloatMinutes === null ? '-' : String(t.freeFloatMinutes),
    t.critical ? 'yes' : '',
  ]);
  const header = [
    'id',
    'name',
    'early start',
    'early finish',
    'late start',
    'late finish',
    'total float min',
    'free float min',
    'critical',
  ];
  const widths = header.map((h, c) => Math.min(40, Math.max(h.length, ...rows.map((r) => (r[c] as string).length))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        cell.length > (widths[c] as number)
          ? `${cell.slice(0, (widths[c] as number) - 1)}…`
          : cell.padEnd(widths[c] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), '', `project finish ${formatLocalDateTime(result.projectFinish)}`].join(
    '\n',
  );
}
