/**
 * How much of a task's budget is earned (PMI's Practice Standard for EVM, "EV techniques"):
 * - physical: the physical % complete someone enters (MS Project's Physical % Complete);
 * - duration: the task's % complete, the share of its duration done (MS Project's default);
 * - zeroHundred: nothing until it finishes (0/100);
 * - fiftyFifty: half when it starts, the rest when it finishes (50/50);
 * - weightedMilestones: the weights of the steps done, over all the steps' weights (P6's steps).
 */
export const EV_METHODS = ['physical', 'duration', 'zeroHundred', 'fiftyFifty', 'weightedMilestones'] as const;
/** One of EV_METHODS. */
export type EvMethod = (typeof EV_METHODS)[number];

/** A weighted step of a task (a milestone inside it), done or not. */
export interface EvStep {
  readonly name: string;
  readonly weight: number;
  readonly done: boolean;
}

/** A task's progress as earning needs it. */
export interface TaskProgress {
  /** 0–100: share of the duration done. */
  readonly percentComplete: number;
  /** 0–100, entered. */
  readonly physicalPercentComplete: number;
  readonly started: boolean;
  readonly finished: boolean;
  readonly steps: readonly EvStep[];
}

/** The fraction (0–1) of a task's budget earned by `method`. */
export function earnedFraction(method: EvMethod, p: TaskProgress): number {
  switch (method) {
    case 'physical':
      return clamp01(p.physicalPercentComplete / 100);
    case 'duration':
      return clamp01(p.percentComplete / 100);
    case 'zeroHundred':
      return p.finished ? 1 : 0;
    case 'fiftyFifty':
      return p.finished ? 1 : p.started ? 0.5 : 0;
    case 'weightedMilestones': {
      if (p.finished) return 1;
      let all = 0;
      let done = 0;
      for (const s of p.steps) {
        all += s.weight;
        if (s.done) done += s.weight;
      }
      return all > 0 ? done / all : 0;
    }
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
