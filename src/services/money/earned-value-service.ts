import type { EarnedValueQuery, EarnedValueReport } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import {
  addSeries,
  apportion,
  cumulativeByWorkingDay,
  type DailySeries,
  type EvMethod,
  type EvmTaskInput,
  earnedFraction,
  earnedSchedule,
  earnedValueFigures,
  type PhasedSpan,
  periodsBetween,
  plannedValueAt,
  rollUpEarnedValue,
  sumBefore,
  weekStartDay,
  workingDaysSince,
} from '../../core/money/index.js';
import type { Actor } from '../../core/permissions.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import { formatLocalDate, parseLocalDateTime } from '../../core/schedule/time.js';
import { listAssignments } from '../../store/repos/assignments-repo.js';
import * as baselinesRepo from '../../store/repos/baselines-repo.js';
import { approvedExpenses } from '../../store/repos/expenses-repo.js';
import { projectSnapshots } from '../../store/repos/status-periods-repo.js';
import { approvedLines } from '../../store/repos/timesheets-repo.js';
import type { AssignmentRow, BaselineTaskRow, TaskRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { workCalendars } from '../plan/baseline-measure.js';
import { wireDate } from '../plan/plan-model.js';
import { readScheduledPlan } from '../plan/plan-schedule.js';
import { loadProjectFor } from '../project-service.js';
import { planCosts } from './plan-costs.js';

/*
 * Earned value and earned schedule of one project at a status date (issue 12): planned value from
 * the baseline's time-phased costs, earned value from each task's progress by its method, actual
 * cost from approved expenses to the status date and imported actuals, the bottom-up estimate to
 * complete from the current plan's cost still ahead of the status date.
 */

const DAY = 1440;
/** The project's method until projects can choose theirs: MS Project's (duration % complete). */
const PROJECT_EV_METHOD: EvMethod = 'duration';
/** Weekly points on the S-curve up to this many; monthly beyond. */
const MAX_WEEKLY_POINTS = 260;

/** The earned value report of a project at `q.statusDate` (default: the plan's status date, else now). */
export async function projectEarnedValue(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  q: EarnedValueQuery,
): Promise<EarnedValueReport> {
  const db = ctx.store.db;
  const project = await loadProjectFor(db, actor, projectId, 'money.read');
  const { plan, tasks, calendars } = await readScheduledPlan(ctx, projectId);
  const status =
    (q.statusDate ? parseLocalDateTime(q.statusDate) : null) ??
    plan.status_date ??
    Math.floor(ctx.now().getTime() / 60_000);
  const calendar = workCalendars(calendars);
  const calendarOf = (t: Pick<TaskRow, 'calendar_id'> | undefined) =>
    calendar(t?.calendar_id ?? plan.default_calendar_id);
  const projectCalendar = calendar(plan.default_calendar_id);

  const baselines = await baselinesRepo.listBaselines(db, projectId);
  const chosen =
    q.baseline !== undefined
      ? baselines.find((b) => b.number === q.baseline)
      : (baselines.find((b) => (b.cost_minor ?? 0) > 0) ?? baselines[0]);
  if (q.baseline !== undefined && !chosen) throw invalidField('baseline', 'is not a saved baseline of this project');
  const baselineTasks = chosen ? await baselinesRepo.listBaselineTasks(db, chosen.id) : [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const spans = new Map<string, PhasedSpan>();
  for (const b of baselineTasks) {
    const span = spanOf(b, calendarOf(byId.get(b.task_id)));
    if (span) spans.set(b.task_id, span);
  }

  const assignments = await listAssignments(db, projectId);
  const current = await planCosts(db, assignments, tasks, calendarOf);
  const actual = await actualCosts(db, projectId, assignments, status, new Set(byId.keys()));
  const inputs: EvmTaskInput[] = tasks.map((t) => {
    const cost = current.get(t.id);
    const ahead =
      cost && t.early_start !== null && t.early_finish !== null
        ? cost.costMinor -
          plannedValueAt(
            { cost: cost.cost, start: t.early_start, finish: t.early_finish, calendar: calendarOf(t) },
            status,
          )
        : 0;
    return {
      id: t.id,
      parentId: t.parent_id,
      baseline: spans.get(t.id) ?? null,
      earned: earnedFraction((t.ev_method as EvMethod | null) ?? PROJECT_EV_METHOD, {
        percentComplete: t.percent_complete,
        physicalPercentComplete: t.physical_percent_complete,
        started: t.actual_start !== null || t.percent_complete > 0,
        finished: t.actual_finish !== null || t.percent_complete >= 100,
        steps: [],
      }),
      acMinor: actual.byTask.get(t.id) ?? 0,
      etcMinor: Math.max(0, Math.round(ahead)),
    };
  });
  // Baselined tasks deleted since still carry their planned value (and earn nothing).
  for (const [taskId, span] of spans) {
    if (!byId.has(taskId))
      inputs.push({ id: taskId, parentId: null, baseline: span, earned: 0, acMinor: 0, etcMinor: 0 });
  }
  const roll = rollUpEarnedValue(inputs, status);
  const sums = { ...roll.project, ac: roll.project.ac + actual.unassigned };
  const figures = earnedValueFigures(sums);

  const daily: DailySeries = chosen?.phased_cost
    ? { firstDay: chosen.phased_first_day ?? 0, values: JSON.parse(chosen.phased_cost) as number[] }
    : addSeries([]);
  const originDay = Math.floor((chosen?.project_start ?? plan.project_start) / DAY);
  const es = earnedSchedule({
    cumulativePv: cumulativeByWorkingDay(daily, projectCalendar, originDay),
    ev: sums.ev,
    at: Math.max(0, workingDaysSince(projectCalendar, originDay, status)),
  });

  // Earned value at past period ends is known where a closed status period froze it.
  const frozen = new Map((await projectSnapshots(db, projectId)).map((s) => [s.status_date, s.ev]));
  const outline = wbsOutline(tasks.map((t) => ({ id: t.id, parentId: t.parent_id })));
  return {
    statusDate: wireDate(status) as string,
    currency: project.currency,
    baseline: chosen ? { id: chosen.id, number: chosen.number, name: chosen.name, savedAt: chosen.saved_at } : null,
    evMethod: PROJECT_EV_METHOD,
    ...figures,
    earnedSchedule: { ...es, unit: 'workingDays' },
    periods: [
      // The curve starts at zero at the start of the baseline's first day.
      ...(chosen && originDay * DAY < status
        ? [{ end: originDay * DAY, pv: sumBefore(daily, originDay), ev: null, ac: actual.through(originDay * DAY) }]
        : []),
      ...periodEnds(originDay, Math.max(daily.firstDay + daily.values.length, Math.floor(status / DAY)))
        .filter((end) => end !== status)
        .map((end) => ({
          end,
          pv: sumBefore(daily, Math.floor(end / DAY)),
          ev: frozen.get(end) ?? null,
          ac: end < status ? actual.through(end) : null,
        })),
      { end: status, pv: sums.pv, ev: sums.ev, ac: sums.ac },
    ]
      .sort((a, b) => a.end - b.end)
      .map((p) => ({ ...p, end: wireDate(p.end) as string })),
    tasks: tasks.map((t, i) => {
      const s = roll.byTask.get(t.id)!;
      const f = earnedValueFigures(s);
      return {
        taskId: t.id,
        wbs: outline.wbs[i] as string,
        name: t.name,
        summary: outline.summary[i] === 1,
        bac: s.bac,
        pv: s.pv,
        ev: s.ev,
        ac: s.ac,
        sv: f.sv,
        cv: f.cv,
        spi: f.spi,
        cpi: f.cpi,
        etc: s.etcBottomUp,
        eac: f.eac.cpi ?? f.eac.bottomUp,
      };
    }),
  };
}

/** A baselined task's phased cost with its baseline span; null for one saved without costs or dates. */
function spanOf(b: BaselineTaskRow, calendar: PhasedSpan['calendar']): PhasedSpan | null {
  if (b.phased_cost === null || b.phased_first_day === null || b.start === null || b.finish === null) return null;
  return {
    cost: { firstDay: b.phased_first_day, values: JSON.parse(b.phased_cost) as number[] },
    start: b.start,
    finish: b.finish,
    calendar,
  };
}

/**
 * Actual cost to a status minute: approved timesheet hours and approved expenses dated on or before
 * its day (by task; those on no task, or on a task deleted since, count for the project) and the
 * actual costs imported with assignments (undated: they count at any status date). An approved
 * line's cost is spread over its days by its minutes. `through(minute)` is the dated part up to a
 * period end, for the S-curve.
 */
async function actualCosts(
  db: Executor,
  projectId: string,
  assignments: readonly AssignmentRow[],
  status: number,
  tasks: ReadonlySet<string>,
) {
  const statusDay = formatLocalDate(Math.floor(status / DAY));
  const expenses: { task_id: string | null; date: string; amount_minor: number }[] = [
    ...(await approvedExpenses(db, projectId, statusDay)),
  ];
  for (const l of await approvedLines(db, projectId, statusDay)) {
    const minutes = JSON.parse(l.minutes) as number[];
    const first = weekStartDay(l.week_start, 'weekStart');
    apportion(l.cost_minor ?? 0, minutes).forEach((amount, i) => {
      const date = formatLocalDate(first + i);
      if (amount !== 0 && date <= statusDay) expenses.push({ task_id: l.task_id, date, amount_minor: amount });
    });
  }
  const byTask = new Map<string, number>();
  let unassigned = 0;
  for (const e of expenses) {
    if (e.task_id === null) unassigned += e.amount_minor;
    else byTask.set(e.task_id, (byTask.get(e.task_id) ?? 0) + e.amount_minor);
  }
  for (const a of assignments) {
    if (a.actual_cost_minor) byTask.set(a.task_id, (byTask.get(a.task_id) ?? 0) + a.actual_cost_minor);
  }
  for (const [taskId, amount] of byTask) {
    if (!tasks.has(taskId)) {
      unassigned += amount;
      byTask.delete(taskId);
    }
  }
  return {
    byTask,
    unassigned,
    through(end: number): number {
      const last = formatLocalDate(Math.floor((end - 1) / DAY));
      let sum = 0;
      for (const e of expenses) if (e.date <= last) sum += e.amount_minor;
      return sum;
    },
  };
}

/**
 * Period ends (midnight after each Sunday; after each month's last day when that would make more
 * than MAX_WEEKLY_POINTS weeks) from the period of `fromDay` through the one holding `toDay`.
 */
function periodEnds(fromDay: number, toDay: number): number[] {
  const cadence = (toDay - fromDay) / 7 <= MAX_WEEKLY_POINTS ? 'week' : 'month';
  return periodsBetween(cadence, fromDay, toDay).map((p) => (p.end + 1) * DAY);
}
