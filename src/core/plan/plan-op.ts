import type { EvMethod } from '../money/percent-complete.js';
import type { FixedCostAccrual } from '../money/task-cost.js';
import type { TaskType } from '../resources/model.js';
import type { ConstraintType, LinkType } from '../schedule/model.js';

/*
 * A plan edit as data: one tagged object per kind of change, in the units the API carries (dates
 * are local date-times "2024-01-08T08:00", durations and lags working minutes unless their kind
 * says otherwise). The browser builds them, the server applies a list of them in one transaction,
 * and the plan's history keeps them with their inverses. `contracts/plan-ops.ts` holds the zod
 * schemas that validate them on the wire; these types are what core works with.
 */

export type { LinkType };
/** How a link's lag is counted: working minutes, wall-clock minutes, or percent of the predecessor's duration. */
export type LagKind = 'working' | 'elapsed' | 'percent';

/** The fields of a task a planner edits (dates local "YYYY-MM-DDTHH:mm", durations working minutes). */
export interface TaskFieldValues {
  name: string;
  notes: string;
  durationMinutes: number;
  elapsed: boolean;
  milestone: boolean;
  calendarId: string | null;
  constraintType: ConstraintType;
  constraintDate: string | null;
  deadline: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  percentComplete: number;
  remainingDurationMinutes: number | null;
  responsibleId: string | null;
  /** MS Project's task type: which of duration, units and work an edit keeps. */
  taskType: TaskType;
  /** Adding or removing resources keeps the total work (MS Project's effort-driven scheduling). */
  effortDriven: boolean;
  /** 0–1000 (MS Project): leveling delays lower priorities first; 1000 is never delayed. */
  priority: number;
  /** Working minutes leveling delayed the task by (0: not delayed); set by leveling, cleared by it. */
  levelingDelayMinutes: number;
  /** A cost of the task itself besides its resources' (minor units of the project currency). */
  fixedCostMinor: number;
  /** When the fixed cost is incurred: at the start, prorated over the work, at the end. */
  fixedCostAccrual: FixedCostAccrual;
  /** 0–100, entered: earned value's "physical" method reads it. */
  physicalPercentComplete: number;
  /** How the task earns value; null: the project's method. */
  evMethod: EvMethod | null;
}

/** The task fields a team member may change on a task they are responsible for (progress). */
export const PROGRESS_FIELDS = [
  'actualStart',
  'actualFinish',
  'percentComplete',
  'remainingDurationMinutes',
  'physicalPercentComplete',
] as const;

/** A task to insert: a name, any other fields, its parent (absent: top level) and, once applied, its id. */
export type NewTaskInput = Partial<TaskFieldValues> & {
  readonly id?: string;
  readonly parentId?: string | null;
  readonly name: string;
};

/** A link's type and lag (minutes, or percent when `lagKind` is percent; negative is a lead). */
export interface LinkFieldValues {
  type: LinkType;
  lagKind: LagKind;
  lag: number;
}

/** A link to add: finish-to-start with no lag unless told; carries its id once applied. */
export type NewLinkInput = Partial<LinkFieldValues> & {
  readonly id?: string;
  readonly predecessorId: string;
  readonly successorId: string;
};

/** The plan's own settings (local date-times). */
export interface PlanSettingValues {
  projectStart: string;
  statusDate: string | null;
  defaultCalendarId: string;
}

/** Inserts tasks in order before `beforeId` (absent or null: at the end), and links among or to them. */
export interface InsertTasksOp {
  readonly op: 'insertTasks';
  readonly beforeId?: string | null;
  readonly tasks: readonly NewTaskInput[];
  readonly links?: readonly NewLinkInput[];
}
/** Changes some fields of one task. */
export interface UpdateTaskOp {
  readonly op: 'updateTask';
  readonly taskId: string;
  readonly fields: Partial<TaskFieldValues>;
}
/** Moves tasks with their subtrees under `parentId`, before `beforeId` (absent or null: as its last children). */
export interface MoveTasksOp {
  readonly op: 'moveTasks';
  readonly taskIds: readonly string[];
  readonly parentId: string | null;
  readonly beforeId?: string | null;
}
/** Indents (under the previous sibling), outdents (MS Project's rule) or deletes tasks with their subtrees. */
export interface TaskListOp {
  readonly op: 'indentTasks' | 'outdentTasks' | 'deleteTasks';
  readonly taskIds: readonly string[];
}
/** Adds links. */
export interface AddLinksOp {
  readonly op: 'addLinks';
  readonly links: readonly NewLinkInput[];
}
/** Changes a link's type or lag. */
export interface UpdateLinkOp {
  readonly op: 'updateLink';
  readonly linkId: string;
  readonly fields: Partial<LinkFieldValues>;
}
/** Deletes links. */
export interface DeleteLinksOp {
  readonly op: 'deleteLinks';
  readonly linkIds: readonly string[];
}
/** Changes the project start, status date or default calendar. */
export interface UpdatePlanOp {
  readonly op: 'updatePlan';
  readonly fields: Partial<PlanSettingValues>;
}

/** A generic role replaced by someone else: who the assignment had, until when (ISO timestamp), and who changed it. */
export interface StaffingChange {
  readonly resourceId: string;
  readonly until: string;
  /** The user who staffed it. */
  readonly by: string;
  /** True when the new resource does not fill the role it replaced (the PMO may do that). */
  readonly outsideRole?: boolean;
}

/** One resource on one task: units a fraction (1 = 100 %), work and delays in minutes. */
export interface DraftAssignment {
  readonly id: string;
  readonly taskId: string;
  readonly resourceId: string;
  readonly units: number;
  readonly workMinutes: number;
  readonly actualWorkMinutes: number;
  /** Null: work − actual work. */
  readonly remainingWorkMinutes: number | null;
  readonly levelingDelayMinutes: number;
  /** The resources it had before, oldest first. */
  readonly staffingHistory: readonly StaffingChange[];
}

/** An assignment to add: a resource on a task, units in percent (default 100) and work in minutes (default: duration × units). */
export interface NewAssignmentInput {
  readonly id?: string;
  readonly taskId: string;
  readonly resourceId: string;
  readonly unitsPercent?: number;
  readonly workMinutes?: number;
}
/** Assigns resources to tasks; MS Project's task type and effort-driven rules set the rest. */
export interface AddAssignmentsOp {
  readonly op: 'addAssignments';
  readonly assignments: readonly NewAssignmentInput[];
}
/** Changes an assignment's units, work or resource (a new resource staffs it, keeping its history). */
export interface UpdateAssignmentOp {
  readonly op: 'updateAssignment';
  readonly assignmentId: string;
  readonly fields: { readonly unitsPercent?: number; readonly workMinutes?: number; readonly resourceId?: string };
}
/** Removes assignments. */
export interface DeleteAssignmentsOp {
  readonly op: 'deleteAssignments';
  readonly assignmentIds: readonly string[];
}
/**
 * Puts tasks' durations and assignments back exactly as they were, with no rule applied: what
 * undo uses to take back an edit the task type rules spread over several values. Not on the wire.
 */
export interface RestoreAssignmentsOp {
  readonly op: 'restoreAssignments';
  readonly tasks: readonly {
    readonly taskId: string;
    readonly durationMinutes: number;
    readonly assignments: readonly DraftAssignment[];
  }[];
}

/** One plan edit. */
export type PlanOp =
  | InsertTasksOp
  | UpdateTaskOp
  | MoveTasksOp
  | TaskListOp
  | AddLinksOp
  | UpdateLinkOp
  | DeleteLinksOp
  | UpdatePlanOp
  | AddAssignmentsOp
  | UpdateAssignmentOp
  | DeleteAssignmentsOp
  | RestoreAssignmentsOp;

/** The tag of an op. */
export type PlanOpKind = PlanOp['op'];

/** True when the op changes nothing but progress fields of tasks (what a team member may send). */
export function isProgressOnly(op: PlanOp): boolean {
  if (op.op !== 'updateTask') return false;
  return Object.entries(op.fields).every(
    ([k, v]) => v === undefined || (PROGRESS_FIELDS as readonly string[]).includes(k),
  );
}
