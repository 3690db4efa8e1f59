import { useState } from 'react';
import type { CharterDraft } from '../lib/charter-draft.js';
import type { FieldErrors } from '../lib/field-errors.js';

/**
 * Form state for a charter: a field's message shows once it was visited or a save was tried, so
 * problems surface before anything is sent; server messages show until the field is edited.
 */
export function useCharterForm(initial: () => CharterDraft, validate: (d: CharterDraft) => FieldErrors) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const clientErrors = validate(draft);
  const errors: FieldErrors = { ...serverErrors };
  for (const [field, message] of Object.entries(clientErrors)) {
    if (submitted || touched.has(field)) errors[field] = message;
  }

  const change = (patch: Partial<CharterDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      // The budget's meaning depends on the currency's decimals, so a currency change re-opens it.
      if ('currency' in patch) delete next.budget;
      return next;
    });
  };

  return {
    draft,
    errors,
    change,
    touch: (field: string) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field))),
    /** Call on save: shows every message; true when the draft is valid. */
    trySubmit: () => {
      setSubmitted(true);
      return Object.keys(clientErrors).length === 0;
    },
    setServerErrors,
    reset: (next: CharterDraft) => {
      setDraft(next);
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
    },
  };
}
