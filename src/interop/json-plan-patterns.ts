import { localDateTimeProblem } from '../core/schedule/time.js';

/*
 * The plan file's text patterns, shared by its zod schema (json-plan-schema.ts) and the hand check
 * that reads valid plans without zod (json-plan-check.ts).
 */

/** A local date-time as the plan file writes it (no zone): "2024-01-08", "2024-01-08T08:00", with seconds. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;
/** A duration or lag written as text: minutes, or a number with a unit ("5d", "3ed", "50%"). */
export const QUANTITY = /^-?\d+(?:\.\d+)?\s*(?:e?(?:m|min|h|d|w|mo)|e?%)?$/;

/** True for a local date-time the plan file accepts: the pattern, a real calendar day, years 1900-2199. */
export function isPlanDateTime(text: string): boolean {
  return LOCAL_DATE_TIME.test(text) && localDateTimeProblem(text) === null;
}
