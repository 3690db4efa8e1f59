import type { ScheduleOptions } from './model.js';
import { backwardTaskP6 } from './p6-backward.js';
import { isActivity } from './p6-common.js';
import { forwardTaskP6 } from './p6-forward.js';
import { levelOfEffortPass } from './p6-loe.js';
import type { PassState } from './pass-state.js';

/**
 * P6 scheduling: remaining work starts no earlier than the data date (the project start moves up
 * to it), activities are scheduled forward then backward, then level-of-effort activities span
 * the activities they are linked to. The project finish is the latest early finish, or the
 * project's "must finish by" date when that is later.
 */
export function runP6Passes(s: PassState, options: ScheduleOptions): void {
  prepareP6State(s, options);
  const order = s.order;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (isActivity(s, i)) forwardTaskP6(s, i);
  }
  let finish = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (isActivity(s, i)) finish = Math.max(finish, s.ef[i] as number);
  }
  if (finish === Number.NEGATIVE_INFINITY) finish = s.projectStart;
  s.projectFinish = Number.isNaN(s.mustFinishBy) || finish > s.mustFinishBy ? finish : s.mustFinishBy;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    if (isActivity(s, i)) backwardTaskP6(s, i);
  }
  levelOfEffortPass(s);
}

/** P6's settings on a fresh pass state: data date (default: the project start), must finish by, progress override. */
export function prepareP6State(s: PassState, options: ScheduleOptions): void {
  const statusDate = options.statusDate ?? Number.NaN;
  s.statusDate = Number.isFinite(statusDate) ? statusDate : s.projectStart;
  if (s.projectStart < s.statusDate) s.projectStart = s.statusDate;
  s.mustFinishBy = options.mustFinishBy ?? Number.NaN;
  s.progressOverride = options.progress === 'progressOverride';
}
