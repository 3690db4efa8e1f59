import { DomainError } from '../core/errors.js';
import type { PlanResources } from '../core/resources/model.js';
import type { Plan } from '../core/schedule/model.js';
import type { ImportReport } from './import-report.js';
import { checkJsonLimits } from './json-limits.js';
import { acceptPlanJson } from './json-plan-check.js';
import { parseQuantity, planFromJson } from './json-plan-convert.js';
import { PlanJson } from './json-plan-schema.js';

export { parseQuantity };

/** The schema's verdict on a plan the fast check did not accept: its data, or its issues as a DomainError. */
function parseWithZod(raw: unknown): PlanJson {
  const parsed = PlanJson.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    throw new DomainError('validation_failed', `${first?.path || 'file'}: ${first?.message}`, { issues });
  }
  return parsed.data;
}

/** Reads a Gantry plan file (JSON text); throws DomainError 'validation_failed' naming the bad field or limit. */
export function readJsonPlan(text: string): { plan: Plan; report: ImportReport; resources?: PlanResources } {
  checkJsonLimits(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DomainError('validation_failed', `file: not JSON (${(error as Error).message})`, { field: 'file' });
  }
  const json = acceptPlanJson(raw) ?? parseWithZod(raw);
  return planFromJson(json);
}

export { writeJsonPlan } from './json-plan-writer.js';
