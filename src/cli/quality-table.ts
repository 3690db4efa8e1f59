import type { QualityCheckResult, ScheduleQuality } from '../core/quality/model.js';

/*
 * `gantry check` without --json: the 14 checks as an aligned table a person reads in a terminal.
 */

const verdict = (pass: boolean | null) => (pass === null ? 'n.a.' : pass ? 'PASS' : 'FAIL');

const ratioKeys = new Set(['cpli', 'bei']);

function shownValue(c: QualityCheckResult): string {
  if (c.value === null) return '-';
  return ratioKeys.has(c.key) ? c.value.toFixed(2) : `${c.value.toFixed(1)} %`;
}

function shownThreshold(c: QualityCheckResult): string {
  if (c.threshold === null) return 'reported';
  const op = c.threshold.operator === '<=' ? '≤' : '≥';
  return ratioKeys.has(c.key) ? `${op} ${c.threshold.value.toFixed(2)}` : `${op} ${c.threshold.value} %`;
}

/** The assessment as a text table (id, check, count/total, value, threshold, PASS/FAIL/n.a.), then a one-line verdict. */
export function renderQualityTable(q: ScheduleQuality): string {
  const header = ['id', 'check', 'count/total', 'value', 'threshold', 'result'];
  const rows = q.checks.map((c) => [
    String(c.id),
    c.name,
    `${c.count}/${c.total}`,
    shownValue(c),
    shownThreshold(c),
    verdict(c.pass),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === 2 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const failed = q.checks.filter((c) => c.pass === false).length;
  const applicable = q.checks.filter((c) => c.pass !== null).length;
  return [
    line(header),
    ...rows.map(line),
    '',
    `${failed === 0 ? 'passed' : 'failed'}: ${failed} of ${applicable} applicable checks failed`,
  ].join('\n');
}
