import { DomainError } from '../../core/errors.js';

/** One XER table: its field names and rows (each row maps field name → raw text). */
export interface XerTable {
  readonly fields: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/**
 * Splits Primavera P6 XER text into tables: "ERMHDR" header, then per table a "%T name" line, a
 * "%F" line of tab-separated field names and "%R" rows, ending with "%E". Unknown lines are
 * skipped. Throws DomainError 'validation_failed' when the text is not XER.
 */
export function readXerTables(text: string): Map<string, XerTable> {
  const lines = text.split(/\r?\n/);
  if (!lines[0]?.startsWith('ERMHDR')) {
    throw new DomainError('validation_failed', 'file: not a Primavera XER file (no ERMHDR header)', { field: 'file' });
  }
  const tables = new Map<string, { fields: string[]; rows: Record<string, string>[] }>();
  let current: { fields: string[]; rows: Record<string, string>[] } | undefined;
  for (const line of lines) {
    if (line.startsWith('%T\t')) {
      current = { fields: [], rows: [] };
      tables.set(line.slice(3).trim(), current);
    } else if (line.startsWith('%F\t') && current) {
      current.fields = line.slice(3).split('\t');
    } else if (line.startsWith('%R\t') && current) {
      const values = line.slice(3).split('\t');
      const row: Record<string, string> = {};
      current.fields.forEach((f, i) => {
        row[f] = values[i] ?? '';
      });
      current.rows.push(row);
    } else if (line.startsWith('%E')) {
      current = undefined;
    }
  }
  return tables;
}
