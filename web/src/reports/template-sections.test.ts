import { describe, expect, it } from 'vitest';
import { TemplateSection } from '../../../src/contracts/index.js';
import { draftSection, keyForTitle, moveSection, toTemplate } from './template-sections.js';

describe('report template editing', () => {
  it('makes keys the server accepts from any title, never a taken one', () => {
    const taken = new Set(['risks', 'risks_2']);
    expect(keyForTitle('Risks', taken)).toBe('risks_3');
    expect(keyForTitle('Vendor status & help needed', taken)).toBe('vendor_status_help_needed');
    expect(keyForTitle('2026 Budget', taken)).toBe('budget');
    expect(keyForTitle('Économie', taken)).toBe('economie');
    expect(keyForTitle('???', taken)).toBe('section');
    for (const title of ['Risks', '2026 Budget', '???', 'x'.repeat(80), 'Ünïcödé — title']) {
      const key = keyForTitle(title, taken);
      expect(TemplateSection.safeParse({ key, title: 'T' }).success, key).toBe(true);
    }
  });

  it('keeps a renamed section its key and gives new ones distinct keys', () => {
    const renamed = { ...draftSection({ key: 'summary', title: 'Summary' }), title: 'Where we are' };
    const template = toTemplate([renamed, draftSection(), { ...draftSection(), title: 'Summary' }]);
    expect(template).toEqual([
      { key: 'summary', title: 'Where we are' },
      { key: 'section', title: '' },
      { key: 'summary_2', title: 'Summary' },
    ]);
  });

  it('moves a section up and down within the list', () => {
    expect(moveSection(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveSection(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveSection(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });
});
