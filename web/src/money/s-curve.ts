import type { EarnedValueReport } from '../../../src/contracts/index.js';
import { formatLocalDate, parseLocalDateTime } from '../../../src/core/schedule/time.js';
import { forecastFinishDay, type WorkBetween } from './forecast.js';

/** A point of a line: a plan date-time (YYYY-MM-DDTHH:mm) and a cumulative amount in minor units. */
export type CurvePoint = readonly [at: string, minor: number];

/** The S-curve's lines: cumulative PV, EV and AC, and the forecast from the status point to completion. */
export interface SCurve {
  readonly pv: readonly CurvePoint[];
  /** Known only where earned value was measured (the status date). */
  readonly ev: readonly CurvePoint[];
  /** Up to the status date. */
  readonly ac: readonly CurvePoint[];
  /** From (status date, AC) to (the IEAC(t) finish, EAC); null when SPI(t) is undefined (nothing earned yet). */
  readonly forecast: {
    readonly finishDay: string;
    readonly eacMinor: number;
    readonly line: readonly CurvePoint[];
  } | null;
}

type Report = Pick<EarnedValueReport, 'statusDate' | 'periods' | 'ac' | 'etc' | 'earnedSchedule'>;

/**
 * The S-curve of a report. The forecast ends at EAC = AC + ETC (the report's ETC: EAC by CPI, or
 * bottom-up where CPI is undefined, as its VAC is) at the end of the day earned schedule's IEAC(t)
 * runs out on the project calendar (`work`).
 */
export function sCurveOf(report: Report, work: WorkBetween): SCurve {
  const known = (pick: (p: Report['periods'][number]) => number | null) =>
    report.periods.flatMap((p): CurvePoint[] => {
      const v = pick(p);
      return v === null ? [] : [[p.end, v]];
    });
  const es = report.earnedSchedule;
  const finishDay = es.ieac === null ? null : forecastFinishDay(report.statusDate, Math.max(0, es.ieac - es.at), work);
  const eacMinor = report.ac + report.etc;
  return {
    pv: report.periods.map((p): CurvePoint => [p.end, p.pv]),
    ev: known((p) => p.ev),
    ac: known((p) => p.ac),
    forecast:
      finishDay === null
        ? null
        : {
            finishDay,
            eacMinor,
            line: [
              [report.statusDate, report.ac],
              [dayEnd(finishDay), eacMinor],
            ],
          },
  };
}

/** Midnight after a day, as the report's period ends are. */
function dayEnd(day: string): string {
  const minute = parseLocalDateTime(`${day}T00:00`) ?? 0;
  return `${formatLocalDate(Math.floor(minute / 1440) + 1)}T00:00`;
}
