import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PlanChange, PlanHistory } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import {
  applyPlanChange,
  currentPlanVersion,
  planKeys,
  sendPlanOps,
  sendPlanStep,
  usePlanHistory,
} from '../api/plan.js';
import type { PlanOp } from './plan-ops.js';

/*
 * All plan writes of one page go through here, one at a time: each user action is one request
 * (its ops, applied by the server all or none) carrying the version the previous answer gave; its
 * answer is folded into the cache before the next is sent, and a structural change reloads the
 * lists first, so versions and rows never go stale between two quick edits. Undo and redo are the
 * server's (per user, kept across reloads): this hook only asks for them and shows their labels.
 */

/** What the plan view needs to change the plan. */
export interface PlanEditor {
  /** Sends the ops of one user action; resolves true when the server accepted them. */
  write(ops: readonly PlanOp[], label: string): Promise<boolean>;
  undo(): void;
  redo(): void;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** Writes waiting or in flight. */
  readonly pending: number;
}

/** The plan editor for one project; `canEdit` is false for people who may change nothing. */
export function usePlanEditor(projectId: string, canEdit: boolean): PlanEditor {
  const qc = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  const history = usePlanHistory(projectId, canEdit);

  const reload = useCallback(
    () =>
      Promise.all([
        qc.refetchQueries({ queryKey: planKeys.tasks(projectId) }),
        qc.refetchQueries({ queryKey: planKeys.links(projectId) }),
      ]),
    [qc, projectId],
  );

  const received = useCallback(
    async (change: PlanChange, next: PlanHistory) => {
      applyPlanChange(qc, projectId, change);
      qc.setQueryData(planKeys.history(projectId), next);
      if (change.structureChanged) await reload();
    },
    [qc, projectId, reload],
  );

  const failed = useCallback(
    async (error: unknown, title: string) => {
      if (isApiError(error, 'version_conflict')) {
        notifications.show({
          color: 'orange',
          title: 'Plan reloaded',
          message: 'Someone else changed the plan — reloaded',
        });
      } else {
        notifications.show({ color: 'red', title, message: errorMessage(error) });
      }
      // The cache may simply be behind: show the server's plan and history.
      await Promise.all([reload(), qc.invalidateQueries({ queryKey: planKeys.history(projectId) })]).catch(
        () => undefined,
      );
    },
    [reload, qc, projectId],
  );

  /** Runs jobs one after another; a failed job does not stop the ones queued behind it. */
  const enqueue = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    setPending((n) => n + 1);
    const run = queue.current.then(job).finally(() => setPending((n) => n - 1));
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const write = useCallback(
    (ops: readonly PlanOp[], label: string) =>
      enqueue(async () => {
        if (ops.length === 0) return true;
        try {
          const change = await sendPlanOps(projectId, ops, label, currentPlanVersion(qc, projectId));
          // The edit is now this user's newest step, and a new edit forgets what they had undone;
          // the server has the last word (an edit that changed nothing is not a step).
          await received(change, { undo: { label }, redo: null });
          void qc.invalidateQueries({ queryKey: planKeys.history(projectId) });
          return true;
        } catch (error) {
          await failed(error, 'The plan was not changed');
          return false;
        }
      }),
    [enqueue, received, failed, qc, projectId],
  );

  const undoLabel = history.data?.undo?.label ?? null;
  const redoLabel = history.data?.redo?.label ?? null;
  const labels = useRef({ undo: undoLabel, redo: redoLabel });
  labels.current = { undo: undoLabel, redo: redoLabel };

  const step = useCallback(
    (which: 'undo' | 'redo') =>
      // Ctrl+Z with nothing to undo does nothing, as in any editor.
      labels.current[which] !== null &&
      void enqueue(async () => {
        try {
          const result = await sendPlanStep(projectId, which, currentPlanVersion(qc, projectId));
          await received(result, result.history);
        } catch (error) {
          await failed(error, which === 'undo' ? 'Nothing was undone' : 'Nothing was redone');
        }
      }),
    [enqueue, received, failed, qc, projectId],
  );

  return useMemo(
    () => ({ write, undo: () => step('undo'), redo: () => step('redo'), undoLabel, redoLabel, pending }),
    [write, step, undoLabel, redoLabel, pending],
  );
}
