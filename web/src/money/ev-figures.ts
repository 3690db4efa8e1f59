import type { EarnedValueReport } from '../../../src/contracts/index.js';
import { formatMoney } from '../lib/money.js';

/*
 * The earned value report as the Money page's cards show it: each figure with its abbreviation,
 * its value formatted (money in the project currency, indices to two decimals, earned schedule in
 * working days), what it means, and whether it reads well or badly for the project.
 */

/** good: on or better than plan; bad: behind or over budget; null: neither, or undefined. */
export type Tone = 'good' | 'bad' | null;

/** One card. */
export interface Figure {
  /** Stable key (data-figure in the page). */
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly hint: string;
  readonly tone: Tone;
}

/** A titled group of cards. */
export interface FigureGroup {
  readonly title: string;
  readonly figures: readonly Figure[];
}

const NONE = '—';

/** An index (SPI, CPI, TCPI) to two decimals; a dash where it is undefined. */
export function formatIndex(value: number | null): string {
  return value === null || !Number.isFinite(value)
    ? NONE
    : new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Working days to at most two decimals: "13.75 d". */
export function formatWorkingDays(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value)} d`;
}

// Variances: below zero is behind or over budget.
const signTone = (v: number | null): Tone => (v === null || v === 0 ? null : v > 0 ? 'good' : 'bad');
// Performance indices: below 1 is worse than planned.
const indexTone = (v: number | null): Tone => (v === null ? null : v >= 1 ? 'good' : 'bad');
// To-complete indices: above 1 asks for better performance than planned from here on.
const toCompleteTone = (v: number | null): Tone => (v === null ? null : v > 1 ? 'bad' : 'good');

/** The cards of a report, in four groups. */
export function evFigures(r: EarnedValueReport): readonly FigureGroup[] {
  const money = (minor: number | null) => (minor === null ? NONE : formatMoney(minor, r.currency));
  const es = r.earnedSchedule;
  return [
    {
      title: 'Budget and progress',
      figures: [
        { key: 'bac', label: 'BAC', value: money(r.bac), hint: 'Budget at completion', tone: null },
        {
          key: 'pv',
          label: 'PV',
          value: money(r.pv),
          hint: 'Planned value: budget of the work planned by now',
          tone: null,
        },
        { key: 'ev', label: 'EV', value: money(r.ev), hint: 'Earned value: budget of the work done', tone: null },
        { key: 'ac', label: 'AC', value: money(r.ac), hint: 'Actual cost of the work done', tone: null },
      ],
    },
    {
      title: 'Variances and indices',
      figures: [
        { key: 'sv', label: 'SV', value: money(r.sv), hint: 'Schedule variance: EV − PV', tone: signTone(r.sv) },
        { key: 'cv', label: 'CV', value: money(r.cv), hint: 'Cost variance: EV − AC', tone: signTone(r.cv) },
        {
          key: 'spi',
          label: 'SPI',
          value: formatIndex(r.spi),
          hint: 'Schedule performance: EV / PV',
          tone: indexTone(r.spi),
        },
        {
          key: 'cpi',
          label: 'CPI',
          value: formatIndex(r.cpi),
          hint: 'Cost performance: EV / AC',
          tone: indexTone(r.cpi),
        },
      ],
    },
    {
      title: 'Forecast',
      figures: [
        {
          key: 'eac-cpi',
          label: 'EAC (CPI)',
          value: money(r.eac.cpi),
          hint: 'BAC / CPI: cost efficiency goes on',
          tone: null,
        },
        {
          key: 'eac-budget',
          label: 'EAC (at budget)',
          value: money(r.eac.remainingAtBudget),
          hint: 'AC + (BAC − EV): the rest at the planned rate',
          tone: null,
        },
        {
          key: 'eac-spi-cpi',
          label: 'EAC (CPI × SPI)',
          value: money(r.eac.spiCpi),
          hint: 'AC + (BAC − EV) / (CPI × SPI): schedule pressure costs too',
          tone: null,
        },
        {
          key: 'eac-bottom-up',
          label: 'EAC (bottom-up)',
          value: money(r.eac.bottomUp),
          hint: "AC + the current plan's cost still ahead",
          tone: null,
        },
        { key: 'etc', label: 'ETC', value: money(r.etc), hint: 'Estimate to complete: EAC − AC', tone: null },
        {
          key: 'vac',
          label: 'VAC',
          value: money(r.vac),
          hint: 'Variance at completion: BAC − EAC',
          tone: signTone(r.vac),
        },
        {
          key: 'tcpi-bac',
          label: 'TCPI (BAC)',
          value: formatIndex(r.tcpi.bac),
          hint: 'Cost performance needed to finish on budget',
          tone: toCompleteTone(r.tcpi.bac),
        },
        {
          key: 'tcpi-eac',
          label: 'TCPI (EAC)',
          value: formatIndex(r.tcpi.eac),
          hint: 'Cost performance needed to finish at EAC',
          tone: toCompleteTone(r.tcpi.eac),
        },
      ],
    },
    {
      title: 'Earned schedule (working days)',
      figures: [
        {
          key: 'es',
          label: 'ES',
          value: formatWorkingDays(es.es),
          hint: 'Earned schedule: when the plan meant to earn EV',
          tone: null,
        },
        { key: 'at', label: 'AT', value: formatWorkingDays(es.at), hint: 'Actual time since the start', tone: null },
        {
          key: 'svt',
          label: 'SV(t)',
          value: formatWorkingDays(es.sv),
          hint: 'Schedule variance in time: ES − AT',
          tone: signTone(es.sv),
        },
        { key: 'spit', label: 'SPI(t)', value: formatIndex(es.spi), hint: 'ES / AT', tone: indexTone(es.spi) },
        {
          key: 'ieact',
          label: 'IEAC(t)',
          value: formatWorkingDays(es.ieac),
          hint: `Forecast duration: planned ${formatWorkingDays(es.pd)} / SPI(t)`,
          tone: null,
        },
        {
          key: 'tspi',
          label: 'TSPI',
          value: formatIndex(es.tspi),
          hint: 'Schedule performance needed to finish on time',
          tone: toCompleteTone(es.tspi),
        },
      ],
    },
  ];
}
