import {
  CreateProjectBody,
  type CreateProjectBody as CreateProjectInput,
  type Project,
  UpdateProjectBody,
  type UpdateProjectBody as UpdateProjectInput,
} from '../../../src/contracts/index.js';
import { type FieldErrors, zodFieldErrors } from './field-errors.js';
import { minorToAmountText, parseAmount } from './money.js';

/** A project charter as the form holds it: text as typed, budget as a decimal amount. */
export interface CharterDraft {
  code: string;
  name: string;
  objective: string;
  inScope: string;
  outOfScope: string;
  client: string;
  sponsor: string;
  managerId: string | null;
  portfolioId: string | null;
  plannedStart: string;
  plannedFinish: string;
  budget: string;
  currency: string;
  priority: string;
  tags: string[];
}

/** API field names that the form shows under another name. */
export const CHARTER_FIELD_RENAMES: Record<string, string> = { budgetMinor: 'budget' };

/** A blank charter for a new project. */
export function emptyDraft(portfolioId: string | null = null): CharterDraft {
  return {
    code: '',
    name: '',
    objective: '',
    inScope: '',
    outOfScope: '',
    client: '',
    sponsor: '',
    managerId: null,
    portfolioId,
    plannedStart: '',
    plannedFinish: '',
    budget: '',
    currency: 'EUR',
    priority: '3',
    tags: [],
  };
}

/** The form's view of a saved project. */
export function draftFromProject(p: Project): CharterDraft {
  return {
    code: p.code,
    name: p.name,
    objective: p.objective,
    inScope: p.inScope,
    outOfScope: p.outOfScope,
    client: p.client,
    sponsor: p.sponsor,
    managerId: p.managerId,
    portfolioId: p.portfolioId,
    plannedStart: p.plannedStart ?? '',
    plannedFinish: p.plannedFinish ?? '',
    budget: minorToAmountText(p.budgetMinor, p.currency),
    currency: p.currency,
    priority: String(p.priority),
    tags: [...p.tags],
  };
}

// Converts the typed values to the API's shapes; a budget that is not a number becomes NaN and is reported separately.
function draftValues(d: CharterDraft) {
  const amount = parseAmount(d.budget, d.currency.trim().toUpperCase() || 'EUR');
  return {
    amountError: amount.ok ? null : amount.message,
    values: {
      name: d.name,
      objective: d.objective,
      inScope: d.inScope,
      outOfScope: d.outOfScope,
      client: d.client,
      sponsor: d.sponsor,
      managerId: d.managerId,
      portfolioId: d.portfolioId,
      plannedStart: d.plannedStart || null,
      plannedFinish: d.plannedFinish || null,
      budgetMinor: amount.ok ? amount.minor : 0,
      currency: d.currency,
      priority: Number(d.priority),
      tags: d.tags,
    },
  };
}

/** Validation outcome: a request body when the draft is valid, otherwise messages per field. */
export type DraftResult<T> =
  | { readonly body: T; readonly errors: null }
  | { readonly body: null; readonly errors: FieldErrors };

/** Validates a new project against the same schema the server uses. Code and manager are left to the server when blank. */
export function createBodyFromDraft(d: CharterDraft): DraftResult<CreateProjectInput> {
  const { amountError, values } = draftValues(d);
  const input: Record<string, unknown> = { ...values };
  if (d.code.trim()) input.code = d.code;
  if (d.managerId === null) delete input.managerId;
  const parsed = CreateProjectBody.safeParse(input);
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error, CHARTER_FIELD_RENAMES);
  if (amountError) errors.budget = amountError;
  if (parsed.success && !amountError) return { body: parsed.data, errors: null };
  return { body: null, errors };
}

/** Validates an edit and keeps only the fields that changed, plus the version it is based on. */
export function updateBodyFromDraft(d: CharterDraft, project: Project): DraftResult<UpdateProjectInput> {
  const { amountError, values } = draftValues(d);
  const parsed = UpdateProjectBody.safeParse({ ...values, code: d.code, version: project.version });
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error, CHARTER_FIELD_RENAMES);
  if (amountError) errors.budget = amountError;
  if (!parsed.success || amountError) return { body: null, errors };
  const body: Record<string, unknown> = { version: project.version };
  for (const [key, value] of Object.entries(parsed.data)) {
    if (key === 'version') continue;
    const before = (project as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(before) !== JSON.stringify(value)) body[key] = value;
  }
  return { body: body as UpdateProjectInput, errors: null };
}
