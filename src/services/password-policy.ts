import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { invalidField } from '../core/errors.js';

// ~49,000 passwords seen most often in breaches, lower-case, as shipped (and kept up to date) by
// zxcvbn-ts. Read from the package's plain JSON rather than its entry point, which would also load
// keyboard graphs and a decompressor we do not use. Loaded on the first password set, never at start.
const LIST_PATH = '@zxcvbn-ts/language-common/src/passwords.json';
let common: ReadonlySet<string> | null = null;

function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const file = createRequire(import.meta.url).resolve(LIST_PATH);
    common = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  }
  return common;
}

/** Whether `password` is in the list of breached passwords (case ignored, surrounding spaces ignored). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/**
 * Refuses a password that is in the breached-passwords list, naming `field`. Length and blank
 * passwords are the contract's job (`Password` in contracts/users.ts), so the web form checks them
 * too; this list is server-side only, to keep half a megabyte out of the browser bundle.
 */
export function assertPasswordNotCommon(password: string, field = 'password'): void {
  if (isCommonPassword(password)) {
    throw invalidField(field, 'is too common (found in a list of breached passwords); choose another');
  }
}
