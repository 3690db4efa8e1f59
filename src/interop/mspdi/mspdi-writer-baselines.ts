import type { EpochMinute } from '../../core/schedule/time.js';
import { durationFormat, type XmlOut, xmlDateTime, xsdDuration } from './mspdi-writer-values.js';

/** One task's dates in a saved baseline. */
export interface BaselineDates {
  readonly start: EpochMinute | null;
  readonly finish: EpochMinute | null;
  readonly durationMinutes: number | null;
}

/** A saved baseline for the export: MS Project's number (0 = "Baseline", 1-10), the project's and each task's dates. */
export interface MspdiBaseline {
  readonly number: number;
  readonly project: BaselineDates;
  /** Task id -> its dates; tasks added after the baseline was saved have none. */
  readonly tasks: ReadonlyMap<string, BaselineDates>;
}

/**
 * The Task's Baseline elements, by number, as MS Project writes them: Number, Start, Finish,
 * Duration, DurationFormat. Undefined when the task is in no baseline, so the element is left out.
 */
export function baselineElements(
  baselines: readonly MspdiBaseline[] | undefined,
  dates: (b: MspdiBaseline) => BaselineDates | undefined,
  minutesPerDay: number,
): XmlOut[] | undefined {
  const out: XmlOut[] = [];
  for (const b of [...(baselines ?? [])].sort((x, y) => x.number - y.number)) {
    const d = dates(b);
    if (!d) continue;
    const duration = d.durationMinutes ?? undefined;
    out.push({
      Number: b.number,
      Start: xmlDateTime(d.start),
      Finish: xmlDateTime(d.finish),
      Duration: duration === undefined ? undefined : xsdDuration(duration),
      DurationFormat: duration === undefined ? undefined : durationFormat(Math.round(duration), false, minutesPerDay),
    });
  }
  return out.length > 0 ? out : undefined;
}
