import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Generator } from './uuidv7.js';

const FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timestampOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID carrying its millisecond', () => {
    const at = Date.UTC(2026, 11, 6, 12, 0, 0, 123) + 60_000;
    const id = uuidv7Generator(() => at)();
    expect(id).toMatch(FORMAT);
    expect(timestampOf(id)).toBe(at);
    // Far past the 32 bits of a bitwise operator: the top 16 bits are right too.
    expect(timestampOf(uuidv7Generator(() => 2 ** 47 + 5)())).toBe(2 ** 47 + 5);
    expect(uuidv7()).toMatch(FORMAT);
  });

  it('sorts in the order ids were made, within one millisecond and when the clock steps back', () => {
    const at = Date.UTC(2027, 0, 1);
    let now = at;
    const next = uuidv7Generator(() => now);
    const ids = Array.from({ length: 5000 }, next);
    now = at - 10;
    ids.push(...Array.from({ length: 10 }, next));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(FORMAT);
    // 5,000 ids overflow one millisecond's counter: the rest borrow the next milliseconds.
    expect(timestampOf(ids.at(-1) as string)).toBeGreaterThan(at);
    expect(timestampOf(ids.at(-1) as string)).toBeLessThan(at + 5);
  });

  it('spreads its random bits: 10,000 ids of one millisecond share no tail', () => {
    const next = uuidv7Generator(() => Date.UTC(2028, 0, 1));
    const tails = new Set(Array.from({ length: 10_000 }, () => next().slice(19)));
    expect(tails.size).toBe(10_000);
  });
});
