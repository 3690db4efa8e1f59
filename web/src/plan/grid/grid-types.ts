import type { PlanTask } from '../../../../src/contracts/index.js';
import type { PlanOp } from '../plan-ops.js';
import type { EditEnv } from './cell-edit.js';
import type { GridColumn } from './columns.js';

/** Who is looking: planners edit everything, team members the progress of their own tasks. */
export interface GridAccess {
  readonly canEditPlan: boolean;
  readonly canRecordProgress: boolean;
  readonly userId: string;
}

/** The plan commands the grid's keys trigger (the toolbar triggers the same ones). */
export interface GridCommands {
  insertAbove(task: PlanTask | null): void;
  append(): void;
  deleteTasks(ids: readonly string[]): void;
  indent(ids: readonly string[]): void;
  outdent(ids: readonly string[]): void;
  undo(): void;
  redo(): void;
}

/** Ask the grid to focus a task's name (and open its editor) once the task is on screen, e.g. after an insert. */
export interface FocusRequest {
  readonly taskId: string;
  readonly edit: boolean;
}

/** Everything the grid is given. */
export interface WbsGridProps {
  /** The visible rows in display order. */
  readonly rows: readonly PlanTask[];
  readonly columns: readonly GridColumn[];
  readonly env: EditEnv;
  readonly access: GridAccess;
  readonly members: readonly { readonly value: string; readonly label: string }[];
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly scrollTop: number;
  onScrollTop(top: number): void;
  readonly selection: ReadonlySet<string>;
  onSelect(ids: ReadonlySet<string>): void;
  readonly collapsed: ReadonlySet<string>;
  onToggle(taskId: string): void;
  /** Sends the ops of one edit as one write; `label` names it for undo ("Undo edit duration"). */
  onWrite(ops: readonly PlanOp[], label: string): Promise<boolean>;
  readonly commands: GridCommands;
  readonly focusRequest: FocusRequest | null;
  /** Opens the assignments editor of a task (the Resources column's editor). */
  onOpenAssignments?(taskId: string): void;
  /** Shown under the blank row while the plan is empty. */
  readonly emptyText: string | null;
}
