/**
 * Earned schedule (Lipke; PMI's Practice Standard for EVM, appendix D): the time at which the
 * earned value should have been earned, read off the baseline's cumulative planned value. Time is
 * counted in working days of the project calendar from the baseline's start: `cumulativePv[k]` is
 * the planned value at the end of working day k (`cumulativePv[0]` = 0 at the start), and the
 * planned duration PD is the first day on which it reaches the BAC.
 */
export interface EarnedScheduleInput {
  readonly cumulativePv: readonly number[];
  readonly ev: number;
  /** Actual time: working days from the baseline's start to the status date (fractional). */
  readonly at: number;
}

/** Earned schedule figures, in working days; ratios null where undefined. */
export interface EarnedSchedule {
  /** Earned schedule: C + (EV − PV_C) / (PV_C+1 − PV_C). */
  readonly es: number;
  readonly at: number;
  /** Planned duration. */
  readonly pd: number;
  /** SV(t) = ES − AT. */
  readonly sv: number;
  /** SPI(t) = ES / AT. */
  readonly spi: number | null;
  /** IEAC(t) = PD / SPI(t): the forecast duration. */
  readonly ieac: number | null;
  /**
   * To-complete schedule performance index: (PD − ES) / (PD − AT) while the planned duration has
   * not passed, then against the forecast, (PD − ES) / (IEAC(t) − AT).
   */
  readonly tspi: number | null;
}

/** Planned duration: the first working day whose cumulative planned value reaches the last one. */
export function plannedDuration(cumulativePv: readonly number[]): number {
  const bac = cumulativePv[cumulativePv.length - 1] ?? 0;
  for (let k = 0; k < cumulativePv.length; k++) if (cumulativePv[k]! >= bac) return k;
  return 0;
}

/** Earned schedule at one status date. */
export function earnedSchedule(input: EarnedScheduleInput): EarnedSchedule {
  const pv = input.cumulativePv;
  const pd = plannedDuration(pv);
  const bac = pv[pd] ?? 0;
  let es: number;
  if (pd === 0 || input.ev >= bac) es = pd;
  else {
    // C: the last day whose planned value the earned value has reached (strictly below PD here).
    let c = 0;
    while (c + 1 < pd && pv[c + 1]! <= input.ev) c++;
    const step = pv[c + 1]! - pv[c]!;
    es = c + (step > 0 ? (input.ev - pv[c]!) / step : 0);
  }
  const at = input.at;
  const spi = at > 0 ? es / at : null;
  const ieac = spi !== null && spi > 0 ? pd / spi : null;
  let tspi: number | null = null;
  if (pd - at > 0) tspi = (pd - es) / (pd - at);
  else if (ieac !== null && ieac - at > 0) tspi = (pd - es) / (ieac - at);
  return { es, at, pd, sv: es - at, spi, ieac, tspi };
}
