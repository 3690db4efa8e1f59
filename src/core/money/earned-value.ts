/**
 * Earned value figures from the four sums (ANSI/EIA-748; PMI's Practice Standard for EVM). Money
 * is minor units (estimates rounded to whole units); ratios are plain numbers, null where their denominator is zero (nothing planned,
 * nothing spent, nothing left), so a reader never sees Infinity or NaN.
 */
export interface EvmSums {
  /** Budget at completion: the baseline's total cost. */
  readonly bac: number;
  /** Planned value at the status date. */
  readonly pv: number;
  /** Earned value. */
  readonly ev: number;
  /** Actual cost. */
  readonly ac: number;
  /** Bottom-up estimate to complete: the current plan's remaining cost. */
  readonly etcBottomUp: number;
}

/** Estimates at completion by the four methods. */
export interface EstimatesAtCompletion {
  /** AC + (BAC − EV) / CPI = BAC / CPI: the cost efficiency so far continues. */
  readonly cpi: number | null;
  /** AC + (BAC − EV) / (CPI × SPI): cost and schedule efficiency both weigh on the rest. */
  readonly spiCpi: number | null;
  /** AC + the plan's bottom-up ETC. */
  readonly bottomUp: number;
  /** AC + (BAC − EV): the rest goes at budget. */
  readonly remainingAtBudget: number;
}

/** The earned value figures at one status date. */
export interface EvmFigures extends Omit<EvmSums, 'etcBottomUp'> {
  readonly sv: number;
  readonly cv: number;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly eac: EstimatesAtCompletion;
  /** EAC(CPI) − AC: the forecast the PMI standard calls typical, bottom-up when CPI is undefined. */
  readonly etc: number;
  /** BAC − EAC(CPI) (bottom-up when CPI is undefined). */
  readonly vac: number;
  /** The cost efficiency the rest must reach: (BAC − EV) / (BAC − AC), and / (EAC − AC). */
  readonly tcpi: { readonly bac: number | null; readonly eac: number | null };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Every earned value figure from the sums. */
export function earnedValueFigures(s: EvmSums): EvmFigures {
  const spi = ratio(s.ev, s.pv);
  const cpi = ratio(s.ev, s.ac);
  const remaining = s.bac - s.ev;
  const eacCpi = cpi === null || cpi === 0 ? null : Math.round(s.ac + remaining / cpi);
  const eacSpiCpi = cpi === null || spi === null || cpi * spi === 0 ? null : Math.round(s.ac + remaining / (cpi * spi));
  const bottomUp = s.ac + s.etcBottomUp;
  const forecast = eacCpi ?? bottomUp;
  return {
    bac: s.bac,
    pv: s.pv,
    ev: s.ev,
    ac: s.ac,
    sv: s.ev - s.pv,
    cv: s.ev - s.ac,
    spi,
    cpi,
    eac: { cpi: eacCpi, spiCpi: eacSpiCpi, bottomUp, remainingAtBudget: s.ac + remaining },
    etc: forecast - s.ac,
    vac: s.bac - forecast,
    tcpi: { bac: ratio(remaining, s.bac - s.ac), eac: ratio(remaining, forecast - s.ac) },
  };
}
