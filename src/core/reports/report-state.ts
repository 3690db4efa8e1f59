/*
 * A status report's workflow: draft -> submitted -> reviewed | returned -> (edited) -> submitted.
 * Only the PM's draft or a returned report changes; a submitted or reviewed one is a record.
 */

/** The states of a status report. */
export const REPORT_STATES = ['draft', 'submitted', 'reviewed', 'returned'] as const;
/** A status report's state. */
export type ReportState = (typeof REPORT_STATES)[number];

/** The steps of the workflow, as the API names them. */
export type ReportStep = 'update' | 'submit' | 'review' | 'return';

/** The states each step may start from. */
export const REPORT_STEP_FROM: Readonly<Record<ReportStep, readonly ReportState[]>> = {
  update: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  review: ['submitted'],
  return: ['submitted'],
};

/** The state each transition leads to (an update leaves the state as it is). */
export const REPORT_STEP_TO: Readonly<Record<Exclude<ReportStep, 'update'>, ReportState>> = {
  submit: 'submitted',
  review: 'reviewed',
  return: 'returned',
};

/** Whether a report counts as delivered for its period (a returned one is owed again). */
export function isDelivered(state: string): boolean {
  return state === 'submitted' || state === 'reviewed';
}

/** Why `step` cannot start from `state`, as the user reads it; null when it can. */
export function stepRefusal(step: ReportStep, state: ReportState): string | null {
  if (REPORT_STEP_FROM[step].includes(state)) return null;
  switch (step) {
    case 'update':
    case 'submit':
      return `This report is ${state}: only a draft or a returned report can be changed or submitted`;
    case 'review':
    case 'return':
      return `This report is ${state}: only a submitted report can be reviewed or returned`;
  }
}
