import type { LinkRow, TaskRow } from '../../store/schema.js';

/*
 * The JSON text of a plan's task and link columns, made once per list of rows. The plan rows cache
 * (plan-rows-cache.ts) hands out the same arrays for as long as a version is current, so keying on
 * the array is keying on (plan, version), and the text goes when the rows cache drops the rows
 * (weak keys: no second eviction policy, no bound of its own to tune). Serialising 100,000 tasks'
 * columns took about a quarter of a second of the server's one thread at every open of the plan;
 * now the second and later opens of a version (other users, reloads) send the text as it is.
 */

const texts = new WeakMap<readonly TaskRow[] | readonly LinkRow[], string>();

/** The text `make` gives for `rows`, made on the first call for that array only. */
export function wireTextOf(rows: readonly TaskRow[] | readonly LinkRow[], make: () => unknown): string {
  let text = texts.get(rows);
  if (text === undefined) {
    text = JSON.stringify(make());
    texts.set(rows, text);
  }
  return text;
}
