import type { XmlNode } from './mspdi-values.js';

/*
 * A small non-validating XML reader that builds the element tree the MSPDI reader walks, in the
 * shape fast-xml-parser gave it (attributes ignored, text trimmed and kept as strings, an element
 * without children is its text, a repeated name becomes an array, `repeated` names always are).
 * fast-xml-parser spent most of `gantry schedule`'s time on a 5,000-task file (0.6 of 0.9 s, much
 * of it garbage collection); this one scans with indexOf and allocates only the tree.
 *
 * Where the two differ, this one follows XML 1.0: numeric character references (&#233;) are
 * decoded, a closing tag must match its opening tag, and every element must be closed. Entities
 * declared in a DOCTYPE are not expanded (MS Project declares none; expansion is how "billion
 * laughs" files blow up memory), and are left as written, like any unknown entity.
 */

/** Thrown for text that is not well-formed XML; the message says what and where. */
export class XmlSyntaxError extends Error {}

interface Frame {
  readonly name: string;
  /** Child elements by name; created when the first child arrives. */
  node: Record<string, unknown> | null;
  text: string;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NOT_BLANK = /\S/;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35 /* # */) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 /* x */ ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    // XML allows tab, newline, carriage return and the ranges below; anything else is left as written.
    const allowed =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    return allowed ? String.fromCodePoint(code) : whole;
  });
}

function addChild(parent: Frame, name: string, value: unknown, repeated: ReadonlySet<string>): void {
  if (parent.node === null) parent.node = {};
  const node = parent.node;
  // Plain objects stay fast in V8 (prototype-less ones are dictionaries); the one name that would
  // reach the prototype instead of a property is defined as an own property.
  const existing = name === '__proto__' ? Object.getOwnPropertyDescriptor(node, name)?.value : node[name];
  // Values are strings or nodes, never arrays: an array here is a list of repeated elements.
  if (Array.isArray(existing)) existing.push(value);
  else {
    const next = existing === undefined ? (repeated.has(name) ? [value] : value) : [existing, value];
    if (name === '__proto__') Object.defineProperty(node, name, { value: next, enumerable: true, writable: true });
    else node[name] = next;
  }
}

function close(frame: Frame): unknown {
  const text = frame.text.trim();
  if (frame.node === null) return text;
  if (text !== '') frame.node['#text'] = text;
  return frame.node;
}

/** The end of a start tag opening at `lt`: the `>` that is not inside a quoted attribute value. */
function endOfTag(xml: string, lt: number): number {
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const end = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end === -1) return -1;
      i = end;
    }
  }
  return -1;
}

/** Where the name of a tag starting at `from` ends: at white space, `/` or `>`. */
function endOfName(xml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 /* / */) return i;
  }
  return to;
}

function fail(xml: string, at: number, what: string): never {
  const line = xml.slice(0, at).split('\n').length;
  throw new XmlSyntaxError(`${what} at line ${line}`);
}

/** Parses XML text into a tree of elements; throws XmlSyntaxError when it is not well-formed. */
export function parseXmlTree(xml: string, repeated: ReadonlySet<string> = new Set()): XmlNode {
  const stack: Frame[] = [{ name: '', node: null, text: '' }];
  let top = stack[0] as Frame;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    const end = lt === -1 ? xml.length : lt;
    if (end > pos) {
      const piece = xml.slice(pos, end);
      // Indentation between elements is dropped here rather than trimmed off a long string later.
      if (top.text !== '' || NOT_BLANK.test(piece)) top.text += decode(piece);
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt === -1) fail(xml, lt, 'unterminated closing tag');
      const name = xml.slice(lt + 2, gt).trim();
      if (stack.length === 1 || name !== top.name) fail(xml, lt, `closing tag </${name}> does not match <${top.name}>`);
      stack.pop();
      const value = close(top);
      top = stack[stack.length - 1] as Frame;
      addChild(top, name, value, repeated);
      pos = gt + 1;
    } else if (next === 63 /* ? */) {
      const gt = xml.indexOf('?>', lt);
      if (gt === -1) fail(xml, lt, 'unterminated processing instruction');
      pos = gt + 2;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const gt = xml.indexOf('-->', lt + 4);
        if (gt === -1) fail(xml, lt, 'unterminated comment');
        pos = gt + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const gt = xml.indexOf(']]>', lt + 9);
        if (gt === -1) fail(xml, lt, 'unterminated CDATA section');
        top.text += xml.slice(lt + 9, gt);
        pos = gt + 3;
      } else {
        // <!DOCTYPE ...>, perhaps with an internal subset in brackets: skipped.
        const bracket = xml.indexOf('[', lt);
        const gt = xml.indexOf('>', lt);
        const subsetEnd = bracket !== -1 && bracket < gt ? xml.indexOf(']', bracket) : -1;
        const close = subsetEnd === -1 ? gt : xml.indexOf('>', subsetEnd);
        if (close === -1) fail(xml, lt, 'unterminated declaration');
        pos = close + 1;
      }
    } else {
      const gt = endOfTag(xml, lt);
      if (gt === -1) fail(xml, lt, 'unterminated tag');
      const selfClosing = xml.charCodeAt(gt - 1) === 47; /* / */
      const nameEnd = endOfName(xml, lt + 1, gt);
      if (nameEnd === lt + 1) fail(xml, lt, 'a tag without a name');
      const name = xml.slice(lt + 1, nameEnd);
      if (selfClosing) addChild(top, name, '', repeated);
      else {
        top = { name, node: null, text: '' };
        stack.push(top);
      }
      pos = gt + 1;
    }
  }
  if (stack.length > 1) fail(xml, xml.length, `<${top.name}> is not closed`);
  return (stack[0] as Frame).node ?? {};
}
