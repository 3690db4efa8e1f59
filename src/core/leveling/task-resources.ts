import { WORK_KINDS } from '../resources/model.js';
import { compileDayRules } from '../schedule/calendar-rules.js';
import type { Calendar, Plan } from '../schedule/model.js';
import type { TaskArrays } from '../schedule/network.js';
import { WorkCalendar } from '../schedule/work-calendar.js';
import type { LevelingInput } from './model.js';

/**
 * Who works on each task, as the decoders read it millions of times: the pool's work resources
 * (people, roles, equipment; material and cost resources take no time), their calendars compiled
 * once each, and each task's assignments to them (resource index and units) in CSR form.
 */
export class TaskResources {
  /** The work resources, indexed as `resource` refers to them. */
  readonly work: LevelingInput['resources'];
  /** Each work resource's calendar (resources sharing a calendar share the compiled one). */
  readonly calendars: readonly WorkCalendar[];
  /** Task i's assignments are [start[i], start[i + 1]). */
  readonly start: Int32Array;
  readonly resource: Int32Array;
  readonly units: Float64Array;

  constructor(input: LevelingInput, plan: Plan, t: TaskArrays) {
    const n = t.count;
    const work = input.resources.filter((r) => WORK_KINDS.includes(r.kind));
    this.work = work;
    // Resources mostly share a few calendars, often the plan's own: compile each one once.
    const compiled = new Map<Calendar, WorkCalendar>(plan.calendars.map((c, k) => [c, t.calendars[k] as WorkCalendar]));
    this.calendars = work.map((r) => {
      const known = compiled.get(r.calendar);
      if (known) return known;
      const cal = new WorkCalendar(compileDayRules(r.calendar));
      compiled.set(r.calendar, cal);
      return cal;
    });
    const resourceIndex = new Map(work.map((r, k) => [r.id, k]));
    // By task, in input order: count, then fill.
    const asgs = input.assignments;
    const taskOf = new Int32Array(asgs.length).fill(-1);
    const resourceOf = new Int32Array(asgs.length);
    this.start = new Int32Array(n + 1);
    for (let k = 0; k < asgs.length; k++) {
      const a = asgs[k] as (typeof asgs)[number];
      const i = t.indexOf.get(a.taskId);
      const r = resourceIndex.get(a.resourceId);
      if (i < 0 || r === undefined || !(a.units > 0)) continue;
      taskOf[k] = i;
      resourceOf[k] = r;
      this.start[i + 1] = (this.start[i + 1] as number) + 1;
    }
    for (let i = 0; i < n; i++) this.start[i + 1] = (this.start[i + 1] as number) + (this.start[i] as number);
    this.resource = new Int32Array(this.start[n] as number);
    this.units = new Float64Array(this.start[n] as number);
    const next = this.start.slice(0, n);
    for (let k = 0; k < asgs.length; k++) {
      const i = taskOf[k] as number;
      if (i < 0) continue;
      const at = next[i] as number;
      next[i] = at + 1;
      this.resource[at] = resourceOf[k] as number;
      this.units[at] = (asgs[k] as (typeof asgs)[number]).units;
    }
  }

  /** Whether task i needs any work resource. */
  hasWork(i: number): boolean {
    return (this.start[i + 1] as number) > (this.start[i] as number);
  }
}
