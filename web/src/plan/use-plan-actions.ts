import { notifications } from '@mantine/notifications';
import { useMemo, useRef } from 'react';
import type { PlanLink, PlanTask } from '../../../src/contracts/index.js';
import type { PlanCalendars } from './calendar-time.js';
import type { FocusRequest, GridCommands } from './grid/grid-types.js';
import { newId } from './new-id.js';
import { insertTaskOp, linkChain, linkTasksOp, moveTaskOp, resizeTaskOp } from './plan-commands.js';
import type { PlanEditor } from './use-plan-editor.js';

/** What the plan's commands read; passed fresh each render, read through a ref so the commands stay stable. */
export interface PlanActionInputs {
  readonly editor: PlanEditor;
  readonly tasks: readonly PlanTask[];
  readonly links: readonly PlanLink[];
  readonly byId: ReadonlyMap<string, number>;
  readonly calendars: PlanCalendars;
  readonly selection: ReadonlySet<string>;
  requestFocus(request: FocusRequest): void;
  /** Deleting summaries takes their subtasks too: ask first. */
  confirmDelete(ids: readonly string[]): void;
}

/** Commands shared by the grid's keys, the toolbar and the chart's drags. */
export interface PlanActions extends GridCommands {
  deleteNow(ids: readonly string[]): void;
  /** The toolbar's Insert task: above the first selected task, or at the end. */
  insertAboveSelection(): void;
  linkSelected(): void;
  selectedIds(): string[];
  moveTask(taskId: string, newStart: string): void;
  resizeTask(taskId: string, newFinish: string): void;
  linkTasks(predecessorId: string, successorId: string): void;
}

/**
 * The plan commands. They are created once and read the latest plan through a ref, so passing
 * them to memoised rows and the chart never forces a re-render.
 */
export function usePlanActions(inputs: PlanActionInputs): PlanActions {
  const ref = useRef(inputs);
  ref.current = inputs;

  return useMemo<PlanActions>(() => {
    const current = () => ref.current;
    const task = (id: string) => {
      const { tasks, byId } = current();
      const i = byId.get(id);
      return i === undefined ? undefined : tasks[i];
    };
    const insert = (before: PlanTask | null) => {
      const { editor, tasks, calendars, requestFocus } = current();
      const id = newId();
      requestFocus({ taskId: id, edit: true });
      void editor.write([insertTaskOp(before, tasks, calendars, id)], 'insert task');
    };
    const deleteNow = (ids: readonly string[]) => {
      if (ids.length > 0) void current().editor.write([{ op: 'deleteTasks', taskIds: [...ids] }], 'delete');
    };
    const selectedIds = () => {
      const { selection, byId } = current();
      return [...selection].filter((id) => byId.has(id)).sort((a, b) => (byId.get(a) ?? 0) - (byId.get(b) ?? 0));
    };
    return {
      insertAbove: insert,
      insertAboveSelection() {
        const first = selectedIds()[0];
        insert((first && task(first)) || null);
      },
      append: () => insert(null),
      deleteTasks(ids) {
        if (ids.some((id) => task(id)?.summary)) current().confirmDelete(ids);
        else deleteNow(ids);
      },
      deleteNow,
      indent(ids) {
        if (ids.length > 0) void current().editor.write([{ op: 'indentTasks', taskIds: [...ids] }], 'indent');
      },
      outdent(ids) {
        if (ids.length > 0) void current().editor.write([{ op: 'outdentTasks', taskIds: [...ids] }], 'outdent');
      },
      undo: () => current().editor.undo(),
      redo: () => current().editor.redo(),
      selectedIds,
      linkSelected() {
        const { tasks, byId, links, editor, selection } = current();
        const chain = linkChain([...selection], tasks, byId, links, newId);
        if (selection.size < 2) {
          notifications.show({ message: 'Select two or more tasks to link (Shift- or Ctrl-click their rows).' });
        } else if (chain.length === 0) {
          notifications.show({ message: 'Those tasks are linked already (or one is the summary of the other).' });
        } else {
          void editor.write([{ op: 'addLinks', links: chain }], 'link tasks');
        }
      },
      moveTask(taskId, newStart) {
        const t = task(taskId);
        const op = t && moveTaskOp(t, newStart);
        if (op) void current().editor.write([op], 'move task');
      },
      resizeTask(taskId, newFinish) {
        const t = task(taskId);
        const op = t && resizeTaskOp(t, newFinish, current().calendars);
        if (op) void current().editor.write([op], 'change duration');
      },
      linkTasks(predecessorId, successorId) {
        const { tasks, byId, links, editor } = current();
        const op = linkTasksOp(predecessorId, successorId, tasks, byId, links, newId);
        if (op) void editor.write([op], 'link tasks');
      },
    };
  }, []);
}
