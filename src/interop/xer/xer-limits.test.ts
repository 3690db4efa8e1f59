import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { XER_SEED } from '../../test-support/plan-file-seeds.js';
import { XER_LIMITS } from '../reader-limits.js';
import { readXer } from './xer-reader.js';
import { readXerTables } from './xer-tables.js';

const HEADER = 'ERMHDR\t8.1\t2024-01-01\tProject\tadmin';

/** The file from the issue: one table of 30,000 field names and 30,000 rows that carry nothing. */
function wideEmptyXer(fields: number, rows: number): string {
  const names = Array.from({ length: fields }, (_, i) => `f${i}`).join('\t');
  return [HEADER, '%T\tTASK', `%F\t${names}`, ...Array.from({ length: rows }, () => '%R\t'), '%E'].join('\n');
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('an XER file that asks for more than a schedule needs', () => {
  it('refuses 30,000 fields over 30,000 empty rows at once, naming the table and the limit', () => {
    const text = wideEmptyXer(30_000, 30_000);
    expect(text.length).toBeGreaterThan(300_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const error = thrown(() => readXer(text));
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
    expect((error as DomainError).message).toBe('XER file: more than 1,000 fields in table TASK (limit 1,000)');
    expect((error as DomainError).details).toMatchObject({ field: 'file', limit: 1000, table: 'TASK' });
    expect(ms).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('reads empty rows under a wide (allowed) field list with memory that grows with the text', () => {
    const text = wideEmptyXer(XER_LIMITS.fieldsPerTable, 100_000);
    const tables = readXerTables(text);
    const task = tables.get('TASK');
    expect(task?.rows).toHaveLength(100_000);
    // A row that carries one empty value holds that value only, not 1,000 empty strings.
    expect(Object.keys(task?.rows[0] ?? {})).toEqual(['f0']);
  });

  it('refuses too many tables and over-long lines, naming each limit', () => {
    const tables = [HEADER, ...Array.from({ length: XER_LIMITS.tables + 1 }, (_, i) => `%T\tT${i}`)].join('\n');
    expect(() => readXerTables(tables)).toThrow('XER file: more than 1,000 tables (limit 1,000)');
    const line = `${HEADER}\n%T\tTASK\n%F\ta\n%R\t${'x'.repeat(XER_LIMITS.lineChars)}`;
    expect(() => readXerTables(line)).toThrow('XER file: line 4 is longer than 1,000,000 characters (limit 1,000,000)');
  });

  it('leaves out a holiday on a serial day no date has (found by the fuzz: it crashed the process)', () => {
    const text = XER_SEED.replace('(d|45299)', '(d|1e308)');
    expect(text).not.toBe(XER_SEED);
    const read = readXer(text);
    expect(read.plan.calendars[0]?.exceptions).toEqual([]);
    expect(read.report.notes.map((n) => n.what)).toContain('calendar exceptions on impossible dates');
    expect(Number.isFinite(schedulePlan(read.plan).projectFinish)).toBe(true);
  });

  it('refuses calendar data nested deeper than P6 writes it (a 320 KB file overflowed the stack: a 500)', () => {
    const text = XER_SEED.replace(/\t\(0\|\|CalendarData[^\n]*/, `\t${'(0||a()('.repeat(40_000)}`);
    expect(text.length).toBeGreaterThan(300_000);
    expect(() => readXer(text)).toThrow('XER file: calendar data nested more than 32 deep (limit 32)');
  });
});
