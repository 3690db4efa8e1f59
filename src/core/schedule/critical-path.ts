import type { Floats } from './floats.js';
import type { ScheduleOptions, ScheduleWarning, TaskId } from './model.js';
import { F_FINISHED, F_SUMMARY, F2_DEADLINE } from './network.js';
import { L_FF, L_FS, L_SS } from './network-links.js';
import type { PassState } from './pass-state.js';
import { workBetween } from './task-time.js';

/** Warnings listed one by one per kind; the rest are counted in a final 'warnings_truncated'. */
const MAX_WARNINGS_PER_CODE = 50;

/** Leaf tasks on the longest path: back from the tasks that finish last, along links with no slack. */
function longestPath(s: PassState): Uint8Array {
  const t = s.tasks;
  const l = s.links;
  const on = new Uint8Array(t.count);
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    if (s.ef[i] === s.projectFinish) on[i] = 1;
  }
  for (let k = s.order.length - 1; k >= 0; k--) {
    const q = s.order[k] as number;
    if (on[q] === 0) continue;
    const end = l.inStart[q + 1] as number;
    for (let e = l.inStart[q] as number; e < end; e++) {
      const link = l.inEdges[e] as number;
      const p = l.edgeFrom[link] as number;
      const type = l.type[link];
      const from = (type === L_FS || type === L_FF ? s.ef[p] : s.es[p]) as number;
      const to = (type === L_FS || type === L_SS ? s.es[q] : s.ef[q]) as number;
      if (workBetween(t, p, from, to) - (l.lag[link] as number) <= 0) on[p] = 1;
    }
  }
  return on;
}

/** Critical flags for leaf tasks: total float at or below the threshold, or on the longest path. */
export function criticalFlags(s: PassState, floats: Floats, options: ScheduleOptions): Uint8Array {
  const t = s.tasks;
  if (options.critical === 'longestPath') return longestPath(s);
  const threshold = options.criticalFloatMinutes ?? 0;
  const critical = new Uint8Array(t.count);
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    if ((t.flags[i] as number) & F_FINISHED) continue;
    if ((floats.total[i] as number) <= threshold) critical[i] = 1;
  }
  return critical;
}

/** Warnings for negative float, hard constraints that logic overruns, and missed deadlines. */
export function scheduleWarnings(s: PassState, floats: Floats): ScheduleWarning[] {
  const t = s.tasks;
  const out: ScheduleWarning[] = [];
  let dropped = 0;
  const perCode = new Map<ScheduleWarning['code'], number>();
  const add = (code: ScheduleWarning['code'], i: number, message: string) => {
    const seen = perCode.get(code) ?? 0;
    perCode.set(code, seen + 1);
    if (seen < MAX_WARNINGS_PER_CODE) out.push({ code, taskId: t.ids[i] as TaskId, message });
    else dropped++;
  };
  for (let i = 0; i < t.count; i++) {
    if ((t.flags[i] as number) & (F_SUMMARY | F_FINISHED)) continue;
    const tf = floats.total[i] as number;
    if (tf < 0) add('negative_float', i, `task ${t.ids[i]} has ${tf} minutes of total float`);
    if (s.constraintUnmet[i] === 1) {
      add('constraint_unmet', i, `task ${t.ids[i]}: its constraint puts it before its predecessors allow`);
    }
    if ((t.flags2[i] as number) & F2_DEADLINE && (s.ef[i] as number) > (t.deadline[i] as number)) {
      add('deadline_missed', i, `task ${t.ids[i]} finishes after its deadline`);
    }
  }
  if (dropped > 0)
    out.push({ code: 'warnings_truncated', taskId: null, message: `${dropped} more warnings not listed` });
  return out;
}
