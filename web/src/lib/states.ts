import { PROJECT_STATE_LABELS, type ProjectState } from '../../../src/core/lifecycle.js';

/** Badge colour per lifecycle state: cool while deciding, green while delivering, grey when done. */
export const STATE_COLORS: Readonly<Record<ProjectState, string>> = {
  proposed: 'gray',
  approved: 'cyan',
  planning: 'blue',
  executing: 'teal',
  closing: 'violet',
  closed: 'dark',
  cancelled: 'red',
  on_hold: 'orange',
};

/** Human label of a state. */
export function stateLabel(state: ProjectState): string {
  return PROJECT_STATE_LABELS[state];
}

/** The main path a project walks; cancelled and on hold are side exits shown apart. */
export const MAIN_PATH: readonly ProjectState[] = [
  'proposed',
  'approved',
  'planning',
  'executing',
  'closing',
  'closed',
];

/** Button label of a move from `from` to `to`. */
export function transitionLabel(from: ProjectState, to: ProjectState): string {
  if (from === 'on_hold') return to === 'cancelled' ? 'Cancel project' : `Resume (${stateLabel(to)})`;
  switch (to) {
    case 'approved':
      return 'Approve';
    case 'planning':
      return 'Start planning';
    case 'executing':
      return from === 'closing' ? 'Reopen execution' : 'Start execution';
    case 'closing':
      return 'Start closing';
    case 'closed':
      return 'Close project';
    case 'cancelled':
      return 'Cancel project';
    case 'on_hold':
      return 'Put on hold';
    default:
      return stateLabel(to);
  }
}

/** Priority labels, 1 (lowest) to 5 (critical). */
export const PRIORITY_LABELS: Readonly<Record<number, string>> = {
  1: 'Lowest',
  2: 'Low',
  3: 'Medium',
  4: 'High',
  5: 'Critical',
};

/** Priority badge colour. */
export function priorityColor(priority: number): string {
  return priority >= 5 ? 'red' : priority === 4 ? 'orange' : priority === 3 ? 'yellow' : 'gray';
}
