import { formatLimit, JSON_LIMITS, overLimit } from './reader-limits.js';

/**
 * Checks JSON text against JSON_LIMITS (size, nesting, string length) in one pass before it is
 * parsed, so a small file cannot make the parser or the schema hold more than a plan needs.
 * Array counts (tasks, links, calendars) are the schema's to check. Throws DomainError
 * 'validation_failed' naming the limit.
 */
export function checkJsonLimits(
  text: string,
  limits: Readonly<Record<keyof typeof JSON_LIMITS, number>> = JSON_LIMITS,
): void {
  if (text.length > limits.chars) {
    throw overLimit('JSON', `more than ${formatLimit(limits.chars)} characters`, limits.chars);
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22) break;
      }
      if (i - start - 1 > limits.stringChars) {
        throw overLimit(
          'JSON',
          `a string longer than ${formatLimit(limits.stringChars)} characters`,
          limits.stringChars,
        );
      }
    } else if (c === 0x7b || c === 0x5b /* { [ */) {
      if (++depth > limits.depth) {
        throw overLimit('JSON', `values nested more than ${formatLimit(limits.depth)} deep`, limits.depth);
      }
    } else if (c === 0x7d || c === 0x5d /* } ] */) {
      depth--;
    }
  }
}
