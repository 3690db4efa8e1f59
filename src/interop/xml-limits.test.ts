import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.js';
import { readMspdi } from './mspdi/mspdi-reader.js';
import { XML_LIMITS } from './reader-limits.js';
import { checkXmlLimits } from './xml-limits.js';

const PROJECT = '<Project xmlns="http://schemas.microsoft.com/project">';

describe('checkXmlLimits', () => {
  it('counts elements and the deepest nesting without building a tree', () => {
    const xml = `<?xml version="1.0"?><!-- <not> <counted> --><!DOCTYPE Project>${PROJECT}<Tasks><Task a="x > y"><UID>1</UID><E/></Task><![CDATA[<no>]]></Tasks></Project>`;
    expect(checkXmlLimits(xml)).toEqual({ elements: 5, depth: 4 });
  });

  it('names the limit a file goes over', () => {
    const limits = { elements: 3, depth: 2, nameChars: 5 };
    expect(() => checkXmlLimits('<a><b/><c/><d/></a>', 'MS Project XML', limits)).toThrow(
      'MS Project XML file: more than 3 elements (limit 3)',
    );
    expect(() => checkXmlLimits('<a><b><c/></b></a>', 'MS Project XML', limits)).not.toThrow();
    expect(() => checkXmlLimits('<a><b><c></c></b></a>', 'MS Project XML', limits)).toThrow(
      'MS Project XML file: elements nested more than 2 deep (limit 2)',
    );
    expect(() => checkXmlLimits('<abcdef/>', 'MS Project XML', limits)).toThrow(
      'MS Project XML file: an element name longer than 5 characters (limit 5)',
    );
    expect(() => checkXmlLimits('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toThrow(
      'XML file: a DOCTYPE that declares entities is not allowed',
    );
  });
});

describe('readMspdi on a file over the limits', () => {
  it('refuses an element name of thousands of characters at once (found by the fuzz: the parser took 8 s on 1.5 MB)', () => {
    const xml = `<Proj${'cal'.repeat(15_000)}ect xmlns="http://schemas.microsoft.com/project">${'<Exception><Type>1</Type></Exception>'.repeat(20_000)}</Project>`;
    const started = performance.now();
    expect(() => readMspdi(xml)).toThrow('MS Project XML file: an element name longer than 64 characters (limit 64)');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses an outline level no outline has, naming the task (found by the fuzz: a RangeError, so a 500)', () => {
    const xml = `${PROJECT}<StartDate>2024-01-08T08:00:00</StartDate><Tasks><Task><UID>7</UID><OutlineLevel>1e308</OutlineLevel></Task></Tasks></Project>`;
    expect(() => readMspdi(xml)).toThrow(
      'Tasks.Task[UID=7].OutlineLevel: 1e308 is not an outline level (a whole number from 0 to 1000)',
    );
  });

  it('refuses more than 10 million elements quickly, before any parser holds them', () => {
    const xml = `${PROJECT}${'<a/>'.repeat(XML_LIMITS.elements + 1)}</Project>`;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    let error: unknown;
    try {
      readMspdi(xml);
    } catch (e) {
      error = e;
    }
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toBe(
      'MS Project XML file: more than 10,000,000 elements (limit 10,000,000)',
    );
    expect((error as DomainError).details).toMatchObject({ field: 'file', limit: XML_LIMITS.elements });
  });
});
