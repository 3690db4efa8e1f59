import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../api/client.js';
import type { PlanOp } from './plan-ops.js';
import type { PlanSource, SourceAnswer } from './plan-source.js';

/*
 * All plan writes of one page go through here, one at a time: each user action is one request
 * (its ops, applied by the server all or none) carrying the version the previous answer gave; its
 * answer is folded into the cache before the next is sent, and a structural change reloads the
 * lists first, so versions and rows never go stale between two quick edits. Undo and redo are the
 * server's (per user, kept across reloads): this hook only asks for them and shows their labels.
 * Where the edits go (the live plan or a scenario) is the source's business (plan-source.ts).
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

/** The editor of the plan `source` shows; `canEdit` is false for people who may change nothing. */
export function usePlanEditor(source: PlanSource, canEdit: boolean): PlanEditor {
  const qc = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  const history = useQuery({ ...source.historyQuery, enabled: canEdit, staleTime: 60_000 });

  const reload = useCallback(
    () =>
      Promise.all([
        qc.refetchQueries({ queryKey: source.tasksQuery.queryKey }),
        qc.refetchQueries({ queryKey: source.linksQuery.queryKey }),
      ]),
    [qc, source],
  );

  const received = useCallback(
    async ({ change, history: next }: SourceAnswer) => {
      if (change) source.fold(qc, change);
      qc.setQueryData(source.historyQuery.queryKey, next);
      if (!change || change.structureChanged) await reload();
    },
    [qc, source, reload],
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
      await Promise.all(source.keys.map((queryKey) => qc.invalidateQueries({ queryKey }))).catch(() => undefined);
    },
    [qc, source],
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
          await received(await source.write(qc, ops, label));
          // The server has the last word on the history (an edit that changed nothing is not a step).
          void qc.invalidateQueries({ queryKey: source.historyQuery.queryKey });
          return true;
        } catch (error) {
          await failed(error, 'The plan was not changed');
          return false;
        }
      }),
    [enqueue, received, failed, qc, source],
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
          await received(await source.step(qc, which));
        } catch (error) {
          await failed(error, which === 'undo' ? 'Nothing was undone' : 'Nothing was redone');
        }
      }),
    [enqueue, received, failed, qc, source],
  );

  return useMemo(
    () => ({ write, undo: () => step('undo'), redo: () => step('redo'), undoLabel, redoLabel, pending }),
    [write, step, undoLabel, redoLabel, pending],
  );
}
