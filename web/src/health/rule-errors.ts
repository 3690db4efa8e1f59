import { isApiError } from '../api/client.js';

/** Errors of the rules table, keyed `index.field` ("2.red"); `general` for what names no rule. */
export type RuleErrors = Record<string, string>;

const RULE_PATH = /^rules(?:\[(\d+)\]|\.(\d+))\.?([A-Za-z]+)?/;

/** Maps an API error's `details.issues` (paths `rules[2].red` or `rules.2.red`) to the table's cells. */
export function ruleErrors(e: unknown): RuleErrors {
  const out: RuleErrors = {};
  if (!isApiError(e) || !Array.isArray(e.details.issues)) return out;
  for (const issue of e.details.issues as { path: string | (string | number)[]; message: string }[]) {
    const path = Array.isArray(issue.path) ? issue.path.join('.') : issue.path;
    const m = RULE_PATH.exec(path);
    const key = m ? `${m[1] ?? m[2]}.${m[3] ?? 'id'}` : 'general';
    if (!(key in out)) out[key] = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
  return out;
}
