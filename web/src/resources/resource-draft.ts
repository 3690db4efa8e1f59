import type { z } from 'zod';
import { CreateResourceBody, type Resource, type ResourceFields } from '../../../src/contracts/index.js';
import { WORK_KINDS } from '../../../src/core/resources/model.js';
import { minorToAmountText, parseAmount } from '../lib/money.js';

/*
 * The resource editor's state: the wire fields, with cost rates as typed amounts (major units of
 * the currency) until saved. What a kind does not have (a material's calendar, a role's user) is
 * dropped when the body is built, so switching the kind back and forth loses nothing typed.
 */

/** A cost-rate step as typed: amounts in the currency's major units. */
export interface RateDraft {
  readonly from: string;
  readonly standard: string;
  readonly overtime: string;
  readonly perUse: string;
}

/** The editor's fields. */
export type ResourceDraft = Omit<ResourceFields, 'rates'> & { readonly rates: readonly RateDraft[] };

/** Errors by the API's dotted field path ("maxUnits.1.from"). */
export type PathErrors = Record<string, string>;

/** The draft of a resource, or of a new one (a committed, active person in EUR). */
export function draftOf(r: Resource | null): ResourceDraft {
  if (!r) {
    return {
      ...{ code: '', name: '', kind: 'person', userId: null, email: '', department: '', roleId: null },
      ...{ materialUnit: '', calendarId: null, skills: [], exceptions: [], maxUnits: [], rates: [] },
      ...{ currency: 'EUR', booking: 'committed', active: true, notes: '' },
    };
  }
  const { id: _i, userName: _u, roleName: _r, version: _v, createdAt: _c, updatedAt: _up, ...fields } = r;
  const { allowedActions: _a, refusedActions: _rf, ...rest } = fields;
  return {
    ...rest,
    rates: r.rates.map((s) => ({
      from: s.from,
      standard: minorToAmountText(s.standardPerHourMinor, r.currency),
      overtime: minorToAmountText(s.overtimePerHourMinor, r.currency),
      perUse: minorToAmountText(s.perUseMinor, r.currency),
    })),
  };
}

/** True when resources of this kind have working time (a calendar, exceptions, maximum units). */
export const hasWorkingTime = (kind: ResourceFields['kind']) => WORK_KINDS.includes(kind);

const capitalise = (m: string) => m.charAt(0).toUpperCase() + m.slice(1);

/** Issues (zod's or the API's) as errors by dotted path, the first per path. */
export function pathErrors(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]): PathErrors {
  const errors: PathErrors = {};
  for (const i of issues) {
    const path = typeof i.path === 'string' ? i.path : i.path.map(String).join('.');
    if (!(path in errors)) errors[path] = capitalise(i.message);
  }
  return errors;
}

/** The body to send for a draft, or the errors by path that stop it (checked with the API's own schema). */
export function bodyOf(d: ResourceDraft): { body: ResourceFields } | { errors: PathErrors } {
  const errors: PathErrors = {};
  const amount = (text: string, path: string) => {
    const parsed = parseAmount(text, d.currency);
    if (parsed.ok) return parsed.minor;
    errors[path] = parsed.message;
    return 0;
  };
  const work = hasWorkingTime(d.kind);
  const fields: ResourceFields = {
    ...d,
    userId: d.kind === 'person' ? d.userId : null,
    roleId: d.kind === 'person' ? d.roleId : null,
    materialUnit: d.kind === 'material' ? d.materialUnit : '',
    calendarId: work ? d.calendarId : null,
    exceptions: work ? d.exceptions : [],
    maxUnits: work ? d.maxUnits : [],
    rates:
      d.kind === 'cost'
        ? []
        : d.rates.map((r, i) => ({
            from: r.from,
            standardPerHourMinor: amount(r.standard, `rates.${i}.standardPerHourMinor`),
            overtimePerHourMinor: amount(r.overtime, `rates.${i}.overtimePerHourMinor`),
            perUseMinor: amount(r.perUse, `rates.${i}.perUseMinor`),
          })),
  };
  const parsed = CreateResourceBody.safeParse(fields);
  if (!parsed.success) Object.assign(errors, pathErrors((parsed.error as z.ZodError).issues));
  if (Object.keys(errors).length > 0) return { errors };
  return { body: fields };
}
