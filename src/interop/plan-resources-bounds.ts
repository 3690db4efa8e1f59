import type { EpochDay, EpochMinute } from '../core/schedule/time.js';
import { epochDayFromCivil } from '../core/schedule/time.js';
import { overLimit, RESOURCE_LIMITS } from './reader-limits.js';

/*
 * What the MSPDI and XER resource readers share: the limits on how many resources and assignments a
 * file may bring, the day that stands for "always" in units and rate steps, and money conversion.
 */

/** MS Project's earliest date: a step from this day holds for the whole plan ("NA" in MS Project). */
export const ALWAYS_DAY: EpochDay = epochDayFromCivil(1984, 1, 1);

/** The day of a date-time (minutes since the epoch). */
export const dayOf = (minute: EpochMinute): EpochDay => Math.floor(minute / 1440);

/** Throws the reader's 400 when a file brings more resources or assignments than RESOURCE_LIMITS. */
export function checkResourceCounts(format: string, resources: number, assignments: number): void {
  if (resources > RESOURCE_LIMITS.resources)
    throw overLimit(format, `more than ${RESOURCE_LIMITS.resources} resources`, RESOURCE_LIMITS.resources);
  if (assignments > RESOURCE_LIMITS.assignments)
    throw overLimit(format, `more than ${RESOURCE_LIMITS.assignments} assignments`, RESOURCE_LIMITS.assignments);
}

/** An amount in major units (a rate, a P6 cost) as whole minor units, never negative, NaN as 0. */
export const minorOf = (major: number | undefined): number =>
  major === undefined || !Number.isFinite(major) || major <= 0 ? 0 : Math.round(major * 100);

/** A three-letter ISO 4217 code, or undefined for anything else (P6 has codes like "AUST"). */
export const isoCurrency = (code: string | undefined): string | undefined =>
  code !== undefined && /^[A-Z]{3}$/.test(code.trim()) ? code.trim() : undefined;

/** Codes unique in the file: a code that is empty or shared keeps its first owner; the others get "-<id>". */
export function uniqueCodes<T extends { readonly id: string; readonly code: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.map((r) => {
    let code = r.code.trim();
    if (code === '' || seen.has(code.toLowerCase())) code = `${code || 'R'}-${r.id}`;
    while (seen.has(code.toLowerCase())) code = `${code}-${r.id}`;
    seen.add(code.toLowerCase());
    return code === r.code ? r : { ...r, code };
  });
}
