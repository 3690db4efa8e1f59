import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TimesheetWeek } from '../../../src/contracts/index.js';
import { errorMessage, isApiError } from '../api/client.js';
import { useSaveWeek, useSubmitWeek } from '../api/timesheets.js';
import {
  type BookableTask,
  type DraftErrors,
  type DraftLine,
  draftErrors,
  draftOf,
  isClean,
  isDirty,
  lineMinutes,
  newLine,
  saveBody,
  serverErrors,
} from './timesheet-draft.js';

/** The server's refusal of a save or submit, as the editor shows it. */
type Refusal = { readonly kind: 'stale' } | { readonly kind: 'fields'; readonly errors: DraftErrors } | null;

function merge(a: DraftErrors, b: DraftErrors): DraftErrors {
  const cells: Record<string, Record<number, string>> = { ...a.cells };
  for (const [task, days] of Object.entries(b.cells)) cells[task] = { ...cells[task], ...days };
  return { cells, lines: { ...a.lines, ...b.lines }, week: [...a.week, ...b.week] };
}

/**
 * The week being edited: the draft lines, what is wrong with them (as typed, and as the server
 * last answered), save and submit. A newer week from the server replaces the draft only when
 * nothing typed is unsaved; a save's answer always does.
 */
export function useTimesheetEditor(week: TimesheetWeek) {
  const [base, setBase] = useState(week);
  const [draft, setDraft] = useState(() => draftOf(week));
  const [refusal, setRefusal] = useState<Refusal>(null);
  const save = useSaveWeek(week.weekStart);
  const submit = useSubmitWeek(week.weekStart);
  if (week !== base) {
    setBase(week);
    if (!isDirty(base, draft)) setDraft(draftOf(week));
  }

  const dirty = isDirty(week, draft);
  const typed = draftErrors(week, draft);
  const errors = refusal?.kind === 'fields' ? merge(typed, refusal.errors) : typed;
  const edit = (taskId: string, change: (l: DraftLine) => DraftLine) => {
    setDraft((lines) => lines.map((l) => (l.taskId === taskId ? change(l) : l)));
    // What the server said about this line no longer holds once it changes.
    if (refusal?.kind === 'fields' && (refusal.errors.cells[taskId] || refusal.errors.lines[taskId])) {
      const { [taskId]: _c, ...cells } = refusal.errors.cells;
      const { [taskId]: _l, ...lines } = refusal.errors.lines;
      setRefusal({ kind: 'fields', errors: { cells, lines, week: refusal.errors.week } });
    }
  };

  const refused = (e: unknown) => {
    if (isApiError(e, 'version_conflict')) setRefusal({ kind: 'stale' });
    else if (isApiError(e, 'validation_failed') && Array.isArray(e.details.issues)) {
      const issues = e.details.issues as { path: string; message: string }[];
      setRefusal({
        kind: 'fields',
        errors: serverErrors(
          issues,
          draft.map((l) => l.taskId),
        ),
      });
    } else notifications.show({ color: 'red', message: errorMessage(e) });
  };

  /** Saves the draft; the saved week, or null when it was refused. */
  async function saveDraft(): Promise<TimesheetWeek | null> {
    setRefusal(null);
    try {
      const saved = await save.mutateAsync(saveBody(week, draft));
      setBase(saved);
      setDraft(draftOf(saved));
      return saved;
    } catch (e) {
      refused(e);
      return null;
    }
  }

  return {
    draft,
    errors,
    dirty,
    stale: refusal?.kind === 'stale',
    busy: save.isPending || submit.isPending,
    /** Something typed would not save: unreadable hours or a day over 24 hours. */
    blocked: !isClean(typed),
    /** The week has hours its owner could still submit (saved or not). */
    submittable: draft.some((l) => lineMinutes(l).some((m) => m > 0)),
    setCell: (taskId: string, day: number, text: string) =>
      edit(taskId, (l) => ({ ...l, cells: l.cells.map((c, d) => (d === day ? text : c)) })),
    setNote: (taskId: string, note: string) => edit(taskId, (l) => ({ ...l, note })),
    add: (task: BookableTask) => setDraft((lines) => [...lines, newLine(task)]),
    remove: (taskId: string) => setDraft((lines) => lines.filter((l) => l.taskId !== taskId)),
    async save() {
      if (await saveDraft()) notifications.show({ color: 'teal', message: 'Timesheet saved as a draft' });
    },
    async submit() {
      const saved = dirty ? await saveDraft() : week;
      if (!saved) return;
      try {
        const done = await submit.mutateAsync(saved.version);
        setBase(done);
        setDraft(draftOf(done));
        notifications.show({ color: 'teal', message: 'Timesheet submitted for approval' });
      } catch (e) {
        refused(e);
      }
    },
  };
}

/** What the editor gives its views. */
export type WeekEditor = ReturnType<typeof useTimesheetEditor>;
