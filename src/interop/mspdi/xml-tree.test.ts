import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseXmlTree } from './xml-tree.js';

// fast-xml-parser, configured as the MSPDI reader used it before, is the reference for the tree's shape.
const REPEATED = new Set(['Task', 'PredecessorLink', 'WeekDay']);
const reference = (xml: string) => {
  const doc = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => REPEATED.has(name),
  }).parse(xml) as Record<string, unknown>;
  delete doc['?xml'];
  return doc;
};
// Compared as JSON: the tree's nodes have no prototype, the reference's do.
const tree = (xml: string) => JSON.parse(JSON.stringify(parseXmlTree(xml, REPEATED)));

const name = fc.constantFrom('Project', 'Task', 'UID', 'Name', 'PredecessorLink', 'WeekDay', 'a:B', 'x_1');
const text = fc
  .array(fc.constantFrom('a', 'Z', '0', ' ', '\n', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', 'é', '-', '.'), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const attributes = fc.constantFrom('', ' xmlns="http://schemas.microsoft.com/project"', ' a=\'1\' b="x>y"');
const { element } = fc.letrec<{ element: string }>((tie) => ({
  element: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(name, attributes).map(([n, a]) => `<${n}${a}/>`),
    fc.tuple(name, attributes, text).map(([n, a, t]) => `<${n}${a}>${t}</${n}>`),
    fc
      .tuple(name, attributes, fc.array(tie('element'), { minLength: 1, maxLength: 4 }), fc.constantFrom('', '\n  '))
      .map(([n, a, kids, ws]) => `<${n}${a}>${ws}${kids.join(ws)}${ws}</${n}>`),
    fc.tuple(name, text).map(([n, t]) => `<!-- note --><${n}>${t}<!-- inside --></${n}>`),
  ),
}));

describe('parseXmlTree', () => {
  it('builds the tree fast-xml-parser built for well-formed XML', () => {
    fc.assert(
      fc.property(element, (body) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Root>${body}</Root>`;
        expect(tree(xml)).toEqual(reference(xml));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses text that is not well-formed XML, saying where', () => {
    expect(() => parseXmlTree('<P><A>1</B></P>')).toThrow('closing tag </B> does not match <A> at line 1');
    expect(() => parseXmlTree('<P>\n<A>1</A>')).toThrow('<P> is not closed at line 2');
    expect(() => parseXmlTree('not xml at all <')).toThrow(/unterminated tag/);
    expect(() => parseXmlTree('<P><!-- open</P>')).toThrow(/unterminated comment/);
  });

  it('decodes numeric character references as XML says (fast-xml-parser kept them as written)', () => {
    expect(parseXmlTree('<P><N>Caf&#233; &#x2014; 5&#37;</N></P>')).toEqual({ P: { N: 'Café — 5%' } });
    expect(parseXmlTree('<P><N>&#0;&#xD800;</N></P>')).toEqual({ P: { N: '&#0;&#xD800;' } });
  });

  it('does not expand entities declared in a DOCTYPE, and takes any element name', () => {
    const xml = '<!DOCTYPE P [<!ENTITY e "boom">]><P><A>&e;</A><__proto__>1</__proto__></P>';
    const p = parseXmlTree(xml).P as Record<string, unknown>;
    expect(p.A).toBe('&e;');
    expect(Object.entries(p)).toContainEqual(['__proto__', '1']);
  });
});

const ORACLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/oracle/mspdi');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : f.endsWith('.xml') ? [path] : [];
  });

describe.skipIf(!existsSync(ORACLE))('parseXmlTree on every file of ../shared/oracle/mspdi', () => {
  it('builds the same tree as fast-xml-parser', () => {
    for (const file of files(ORACLE)) {
      const xml = readFileSync(file, 'utf8');
      // Files holding numeric character references are where the two differ on purpose (see above).
      if (/&#/.test(xml)) continue;
      expect(tree(xml), file).toEqual(reference(xml));
    }
  });
});
