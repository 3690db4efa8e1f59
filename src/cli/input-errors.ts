import { readFileSync } from 'node:fs';
import { BAD_INPUT, CliError } from './cli-error.js';

/** One rejected field, as the server's `details.issues` and our contracts report it. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * How a command's options map onto the fields it sends: `{ plannedStart: { flag: '--start', value: '2027-13-40' } }`.
 * The server and the contracts name fields (`budgetMinor`); the user typed options (`--budget`).
 */
export type OptionsByField = Readonly<Record<string, { readonly flag: string; readonly value?: string | undefined }>>;

/** Bad CLI input: one line naming the option, exit code 2. */
export function badOption(flag: string, expected: string, value: string | undefined): CliError {
  return new CliError(`${flag}: ${expected}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`, BAD_INPUT);
}

/**
 * Turns validation issues (from a local contract check or a server's 400 `validation_failed`) into
 * one CliError (exit 2) that names the option the user typed and what it expects, in words.
 */
export function inputError(issues: readonly InputIssue[], options: OptionsByField): CliError {
  const first = issues[0] ?? { path: '', message: 'invalid input' };
  const option = options[first.path.split('.')[0] ?? ''];
  if (!option) return new CliError(`${first.path || 'input'}: ${readable(first.message)}`, BAD_INPUT);
  return badOption(option.flag, readable(first.message), option.value);
}

/** zod's machine-flavoured messages ("Invalid input: expected number, received NaN") as plain words. */
export function readable(message: string): string {
  const choices = /^Invalid option: expected one of (.+)$/.exec(message);
  if (choices?.[1]) {
    const all = choices[1].split('|').map((c) => c.replaceAll('"', ''));
    // A sort field list holds each field twice ("name" and "-name"): show it once and say what "-" does.
    const plain = all.filter((c) => !c.startsWith('-'));
    const paired = plain.length * 2 === all.length && plain.every((c) => all.includes(`-${c}`));
    return paired
      ? `expected one of ${plain.join(', ')} (a leading - sorts descending)`
      : `expected one of ${all.join(', ')}`;
  }
  const typed = /^Invalid input: expected (\w+), received \w+$/.exec(message);
  if (typed?.[1]) return `expected a ${typed[1]}`;
  if (/^Invalid ISO date$/i.test(message) || /^Invalid date$/i.test(message)) return 'expected a date like 2027-01-04';
  return message;
}

/** A money amount typed in major units ("125000", "1250.50") as integer minor units, exactly (no float rounding). */
export function parseAmountMinor(flag: string, value: string): number {
  const m = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) throw badOption(flag, 'expected an amount such as 125000 or 1250.50', value);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** A plan file's text, or one line naming the file and why it could not be read (exit 2). */
export function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      BAD_INPUT,
    );
  }
}
