import { DomainError } from '../core/errors.js';
import { formatLimit, overLimit, XML_LIMITS } from './reader-limits.js';

/** What one pass over XML text found: its element count and deepest nesting. */
export interface XmlShape {
  readonly elements: number;
  readonly depth: number;
}

/**
 * Checks XML text against XML_LIMITS in one pass, building nothing, so whichever parser reads the
 * file next never starts on one that would take the server's memory or time. Refuses a DOCTYPE
 * that declares entities: MS Project never writes one, and entities are how small files expand.
 * Throws DomainError 'validation_failed' naming the limit; `format` prefixes the message.
 */
export function checkXmlLimits(
  xml: string,
  format = 'XML',
  limits: Readonly<Record<keyof typeof XML_LIMITS, number>> = XML_LIMITS,
): XmlShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  const n = xml.length;
  for (let at = xml.indexOf('<'); at >= 0 && at < n; at = xml.indexOf('<', at)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x2f /* / */) {
      depth--;
      at = skipTo(xml, '>', at);
    } else if (next === 0x3f /* ? */) {
      at = skipTo(xml, '?>', at);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', at)) at = skipTo(xml, '-->', at);
      else if (xml.startsWith('<![CDATA[', at)) at = skipTo(xml, ']]>', at);
      else at = skipDeclaration(xml, at, format);
    } else {
      if (++elements > limits.elements) {
        throw overLimit(format, `more than ${formatLimit(limits.elements)} elements`, limits.elements);
      }
      let name = at + 1;
      while (name < n && !NAME_END.has(xml.charCodeAt(name))) name++;
      if (name - at - 1 > limits.nameChars) {
        throw overLimit(
          format,
          `an element name longer than ${formatLimit(limits.nameChars)} characters`,
          limits.nameChars,
        );
      }
      const end = tagEnd(xml, name - 1);
      if (xml.charCodeAt(end - 1) !== 0x2f /* self-closing */) {
        if (++depth > limits.depth) {
          throw overLimit(format, `elements nested more than ${formatLimit(limits.depth)} deep`, limits.depth);
        }
        if (depth > deepest) deepest = depth;
      }
      at = end;
    }
  }
  return { elements, depth: deepest };
}

/** Characters that end an element name: whitespace, '/' and '>'. */
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);

/** The index just past `token` after `from`, or the end of the text when it never comes. */
function skipTo(xml: string, token: string, from: number): number {
  const i = xml.indexOf(token, from + 1);
  return i < 0 ? xml.length : i + token.length;
}

/** Skips `<!DOCTYPE name>`; one with an internal subset (`[...]`, where entities live) is refused. */
function skipDeclaration(xml: string, at: number, format: string): number {
  const end = skipTo(xml, '>', at);
  if (xml.lastIndexOf('[', end) > at) {
    throw new DomainError('validation_failed', `${format} file: a DOCTYPE that declares entities is not allowed`, {
      field: 'file',
    });
  }
  return end;
}

/** The index of a start tag's closing '>' (a '>' inside a quoted attribute value does not close it). */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return xml.length;
}
