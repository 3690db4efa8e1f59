import type { ConstraintType } from './model.js';

/** Milestone (zero-length marker). */
export const F_MILESTONE = 1;
/** Manually scheduled (MS Project). */
export const F_MANUAL = 2;
/** Duration in wall-clock minutes. */
export const F_ELAPSED = 4;
/** Has an actual start. */
export const F_STARTED = 8;
/** Has an actual finish. */
export const F_FINISHED = 16;
/** Has children (a WBS summary). */
export const F_SUMMARY = 32;
/** P6 finish milestone. */
export const F_FINISH_MILESTONE = 64;
/** Timed by resource duration drivers. */
export const F_DRIVERS = 128;
/** P6 level-of-effort activity. */
export const F2_LOE = 1;
/** Has a deadline. */
export const F2_DEADLINE = 2;
/** Delayed by leveling (levelingDelay holds the working minutes). */
export const F2_DELAY = 4;

/** As soon as possible. */
export const C_ASAP = 0;
/** As late as possible. */
export const C_ALAP = 1;
/** Start no earlier than. */
export const C_SNET = 2;
/** Start no later than. */
export const C_SNLT = 3;
/** Finish no earlier than. */
export const C_FNET = 4;
/** Finish no later than. */
export const C_FNLT = 5;
/** Must start on (hard). */
export const C_MSO = 6;
/** Must finish on (hard). */
export const C_MFO = 7;
/** Start on (soft, P6). */
export const C_START_ON = 8;
/** Finish on (soft, P6). */
export const C_FINISH_ON = 9;

/** Constraint type → code. */
export const CONSTRAINT_CODES: Readonly<Record<ConstraintType, number>> = {
  asap: C_ASAP,
  alap: C_ALAP,
  startNoEarlierThan: C_SNET,
  startNoLaterThan: C_SNLT,
  finishNoEarlierThan: C_FNET,
  finishNoLaterThan: C_FNLT,
  mustStartOn: C_MSO,
  mustFinishOn: C_MFO,
  startOn: C_START_ON,
  finishOn: C_FINISH_ON,
};
