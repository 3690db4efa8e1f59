import { DomainError } from '../../core/errors.js';
import { formatLimit, overLimit, XER_LIMITS } from '../reader-limits.js';

/** One XER table: its field names and rows (each row maps field name → raw text). */
export interface XerTable {
  readonly fields: readonly string[];
  /** A row holds only the fields its line carries: a short row's missing fields are absent, not ''. */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/**
 * Splits Primavera P6 XER text into tables: "ERMHDR" header, then per table a "%T name" line, a
 * "%F" line of tab-separated field names and "%R" rows, ending with "%E". Unknown lines are
 * skipped. Throws DomainError 'validation_failed' when the text is not XER or goes over
 * XER_LIMITS. A row holds only the values its line carries, so memory grows with the text, never
 * with fields × rows (an empty row under a wide %F line costs one value, not one per field).
 */
export function readXerTables(text: string): Map<string, XerTable> {
  if (!text.startsWith('ERMHDR')) {
    throw new DomainError('validation_failed', 'file: not a Primavera XER file (no ERMHDR header)', { field: 'file' });
  }
  const tables = new Map<string, { fields: string[]; rows: Record<string, string>[] }>();
  let current: { fields: string[]; rows: Record<string, string>[] } | undefined;
  let rowCount = 0;
  let lineNo = 0;
  // Walks the text by index: no array of every line, and each line is checked before it is split.
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lineNo++;
    if (end - at > XER_LIMITS.lineChars) {
      throw overLimit(
        'XER',
        `line ${lineNo} is longer than ${formatLimit(XER_LIMITS.lineChars)} characters`,
        XER_LIMITS.lineChars,
      );
    }
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(at, end - 1) : text.slice(at, end);
    at = end + 1;
    if (line.startsWith('%T\t')) {
      if (tables.size >= XER_LIMITS.tables) {
        throw overLimit('XER', `more than ${formatLimit(XER_LIMITS.tables)} tables`, XER_LIMITS.tables);
      }
      current = { fields: [], rows: [] };
      tables.set(line.slice(3).trim(), current);
    } else if (line.startsWith('%F\t') && current) {
      const fields = line.slice(3).split('\t', XER_LIMITS.fieldsPerTable + 1);
      if (fields.length > XER_LIMITS.fieldsPerTable) {
        const table = [...tables].find(([, t]) => t === current)?.[0] ?? '';
        throw overLimit(
          'XER',
          `more than ${formatLimit(XER_LIMITS.fieldsPerTable)} fields in table ${table}`,
          XER_LIMITS.fieldsPerTable,
          { table },
        );
      }
      current.fields = fields;
    } else if (line.startsWith('%R\t') && current) {
      if (++rowCount > XER_LIMITS.rows)
        throw overLimit('XER', `more than ${formatLimit(XER_LIMITS.rows)} rows`, XER_LIMITS.rows);
      const { fields } = current;
      // Values past the last field name have nowhere to go: the split stops there.
      const values = line.slice(3).split('\t', fields.length);
      const row: Record<string, string> = {};
      for (let i = 0; i < values.length; i++) row[fields[i] as string] = values[i] as string;
      current.rows.push(row);
    } else if (line.startsWith('%E')) {
      current = undefined;
    }
  }
  return tables;
}
