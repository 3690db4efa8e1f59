import type { PutReportingBody, TemplateSection } from '../../../src/contracts/index.js';

/*
 * The report template as the PMO edits it: sections keep their key when renamed or moved (a report's
 * text is stored by key), and a new section gets its key from its title when saved.
 */

/** A section in the editor; `key` null until first saved, `uid` identifies the row while editing. */
export interface DraftSection {
  readonly uid: string;
  readonly key: string | null;
  readonly title: string;
}

let nextUid = 0;
/** An editor row for a section (a saved one, or a new empty one). */
export function draftSection(section?: TemplateSection): DraftSection {
  nextUid += 1;
  return { uid: `s${nextUid}`, key: section?.key ?? null, title: section?.title ?? '' };
}

/** A key the server accepts (`^[a-z][a-z0-9_]{0,39}$`) made from `title`, unlike every key in `taken`. */
export function keyForTitle(title: string, taken: ReadonlySet<string>): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Économie" -> economie
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 36);
  const base = slug === '' ? 'section' : slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** The sections to send: saved ones keep their key, new ones get one from their title. */
export function toTemplate(sections: readonly DraftSection[]): PutReportingBody['sections'] & object {
  const taken = new Set(sections.flatMap((s) => (s.key ? [s.key] : [])));
  return sections.map((s) => {
    if (s.key) return { key: s.key, title: s.title };
    const key = keyForTitle(s.title, taken);
    taken.add(key);
    return { key, title: s.title };
  });
}

/** `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveSection<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
