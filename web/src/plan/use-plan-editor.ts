import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PlanHeader, UpdatePlanSettingsBody } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import {
  applyPlanChange,
  cachedPlan,
  currentPlanVersion,
  planKeys,
  sendPlanOp,
  sendPlanSettings,
} from '../api/plan.js';
import { isEmptyOp, type PlanOp } from './plan-ops.js';
import {
  emptyUndoStack,
  nextRedo,
  nextUndo,
  recordEdit,
  runUndoRedo,
  UndoFailed,
  type UndoStack,
  undoEntryFor,
} from './undo-stack.js';

/*
 * All plan writes of one page go through here, one at a time: each carries the version the
 * previous answer gave, its answer is folded into the cache before the next is sent, and a
 * structural change reloads the lists before the next write, so versions and rows never go stale
 * between two quick edits. Undo entries are computed from the cache at the moment of sending.
 */

/** What the plan view needs to change the plan. */
export interface PlanEditor {
  /** Sends an edit and records it for undo; resolves true when the server accepted it. */
  write(op: PlanOp, label: string): Promise<boolean>;
  /** Changes the plan's settings (status date …); not part of undo. */
  settings(body: Omit<UpdatePlanSettingsBody, 'version'>): Promise<boolean>;
  undo(): void;
  redo(): void;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** Writes waiting or in flight. */
  readonly pending: number;
}

/** The plan editor for one project. */
export function usePlanEditor(projectId: string): PlanEditor {
  const qc = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const stackRef = useRef<UndoStack>(emptyUndoStack);
  const [stack, setStack] = useState<UndoStack>(emptyUndoStack);
  const [pending, setPending] = useState(0);

  const setUndo = useCallback((next: UndoStack) => {
    stackRef.current = next;
    setStack(next);
  }, []);

  const reload = useCallback(
    () =>
      Promise.all([
        qc.refetchQueries({ queryKey: planKeys.tasks(projectId) }),
        qc.refetchQueries({ queryKey: planKeys.links(projectId) }),
      ]),
    [qc, projectId],
  );

  /** Sends an operation (a batch part by part), folding each answer into the cache. */
  const send = useCallback(
    async (op: PlanOp): Promise<void> => {
      if (op.kind === 'batch') {
        for (const part of op.ops) await send(part);
        return;
      }
      if (isEmptyOp(op)) return;
      const change = await sendPlanOp(projectId, op, currentPlanVersion(qc, projectId));
      applyPlanChange(qc, projectId, change);
      if (change.structureChanged) await reload();
    },
    [qc, projectId, reload],
  );

  const failed = useCallback(
    async (error: unknown) => {
      if (isApiError(error, 'version_conflict')) {
        notifications.show({
          color: 'orange',
          title: 'Plan reloaded',
          message: 'Someone else changed the plan — reloaded',
        });
      } else {
        notifications.show({ color: 'red', title: 'The plan was not changed', message: errorMessage(error) });
      }
      // Part of a batch may have gone through, or the cache is simply behind: show the server's plan.
      await reload().catch(() => undefined);
    },
    [reload],
  );

  /** Runs jobs one after another; a failed job does not stop the ones queued behind it. */
  const enqueue = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    setPending((n) => n + 1);
    const run = queue.current.then(job).finally(() => setPending((n) => n - 1));
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const write = useCallback(
    (op: PlanOp, label: string) =>
      enqueue(async () => {
        if (isEmptyOp(op)) return true;
        const entry = undoEntryFor(label, op, cachedPlan(qc, projectId));
        try {
          await send(op);
        } catch (error) {
          await failed(error);
          return false;
        }
        setUndo(recordEdit(stackRef.current, entry));
        return true;
      }),
    [enqueue, send, failed, qc, projectId, setUndo],
  );

  const settings = useCallback(
    (body: Omit<UpdatePlanSettingsBody, 'version'>) =>
      enqueue(async () => {
        try {
          const answer = await sendPlanSettings(projectId, { ...body, version: currentPlanVersion(qc, projectId) });
          // A settings change may reschedule (status date): then it answers like any write; else with the header.
          if ('changed' in answer) applyPlanChange(qc, projectId, answer);
          else applyPlanChange(qc, projectId, headerOnly(answer));
          return true;
        } catch (error) {
          await failed(error);
          return false;
        }
      }),
    [enqueue, failed, qc, projectId],
  );

  const undoRedo = useCallback(
    (which: 'undo' | 'redo') =>
      void enqueue(async () => {
        try {
          setUndo(await runUndoRedo(stackRef.current, which, send));
        } catch (error) {
          if (error instanceof UndoFailed) {
            setUndo(error.remaining);
            await failed(error.cause);
          }
        }
      }),
    [enqueue, send, failed, setUndo],
  );

  return useMemo(
    () => ({
      write,
      settings,
      undo: () => undoRedo('undo'),
      redo: () => undoRedo('redo'),
      undoLabel: nextUndo(stack)?.label ?? null,
      redoLabel: nextRedo(stack)?.label ?? null,
      pending,
    }),
    [write, settings, undoRedo, stack, pending],
  );
}

function headerOnly(plan: PlanHeader) {
  return { plan, changed: [], deletedTaskIds: [], links: [], deletedLinkIds: [], structureChanged: false };
}
