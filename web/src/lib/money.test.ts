import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact, minorDigits, minorToAmountText, parseAmount } from './money.js';

describe('money in the browser', () => {
  it('knows how many decimals a currency has', () => {
    expect([minorDigits('EUR'), minorDigits('JPY'), minorDigits('KWD'), minorDigits('XYZ')]).toEqual([2, 0, 3, 2]);
  });

  it('shortens amounts for chart axes', () => {
    expect(formatMoneyCompact(4_000_000, 'EUR')).toBe('€40K');
    expect(formatMoneyCompact(125_000_000, 'JPY')).toBe('¥125M');
    expect(formatMoneyCompact(150, 'XYZ')).toMatch(/^(XYZ\s?1\.5|1\.5 XYZ)$/);
  });

  it('reads typed amounts as exact integer minor units', () => {
    expect(parseAmount('1250', 'EUR')).toEqual({ ok: true, minor: 125000 });
    expect(parseAmount('1,250.5', 'EUR')).toEqual({ ok: true, minor: 125050 });
    // 0.1 + 0.2 style float noise must never reach the server.
    expect(parseAmount('1234567.89', 'EUR')).toEqual({ ok: true, minor: 123456789 });
    expect(parseAmount('', 'EUR')).toEqual({ ok: true, minor: 0 });
    expect(parseAmount('125000', 'JPY')).toEqual({ ok: true, minor: 125000 });
    expect(parseAmount('1.234', 'KWD')).toEqual({ ok: true, minor: 1234 });
  });

  it('explains what is wrong with an amount', () => {
    expect(parseAmount('12.345', 'EUR')).toEqual({ ok: false, message: 'Must have at most 2 decimals for EUR' });
    expect(parseAmount('10.5', 'JPY')).toEqual({ ok: false, message: 'Must be a whole amount for JPY' });
    expect(parseAmount('-5', 'EUR')).toEqual({ ok: false, message: 'Must not be negative' });
    expect(parseAmount('12,5', 'EUR').ok).toBe(false);
    expect(parseAmount('abc', 'EUR').ok).toBe(false);
    expect(parseAmount('99999999999999999', 'EUR')).toEqual({ ok: false, message: 'Is too large' });
  });

  it('round-trips minor units through the edit box', () => {
    for (const [minor, currency] of [
      [125050, 'EUR'],
      [5, 'EUR'],
      [0, 'EUR'],
      [125000, 'JPY'],
      [1234, 'KWD'],
    ] as const) {
      const text = minorToAmountText(minor, currency);
      expect(parseAmount(text, currency)).toEqual({ ok: true, minor });
    }
    expect(minorToAmountText(5, 'EUR')).toBe('0.05');
  });

  it('formats for display in the currency', () => {
    const fmt = (minor: number, currency: string) => formatMoney(minor, currency).replace(/\s/g, ' ');
    expect(fmt(125050, 'EUR')).toMatch(/1,250\.50/);
    expect(fmt(125000, 'JPY')).toMatch(/125,000/);
    expect(fmt(125000, 'JPY')).not.toMatch(/\./);
  });
});
