/** Digits after the decimal point of `currency` (2 for EUR, 0 for JPY, 3 for KWD); 2 when the code is unknown. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Formats integer minor units of `currency` for display, e.g. 125000 EUR -> "€1,250.00". */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const amount = minor / 10 ** digits;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

/** Money short enough for a chart's axis, e.g. 4000000 EUR -> "€40K". */
export function formatMoneyCompact(minor: number, currency: string): string {
  const amount = minor / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact' }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(undefined, { notation: 'compact' }).format(amount)} ${currency}`;
  }
}

/** Minor units as an editable decimal string without grouping, e.g. 125000 EUR -> "1250.00". */
export function minorToAmountText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  // String arithmetic, so that large budgets never pick up float noise.
  const s = String(minor).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** The result of reading a typed amount. */
export type ParsedAmount =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly message: string };

/** Reads a typed decimal amount ("1250", "1,250.5") as integer minor units of `currency`; empty means 0. */
export function parseAmount(text: string, currency: string): ParsedAmount {
  let s = text.trim().replace(/[\s_]/g, '');
  if (s === '') return { ok: true, minor: 0 };
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
  if (s.startsWith('-')) return { ok: false, message: 'Must not be negative' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!match || s === '.') return { ok: false, message: 'Must be an amount like 1250.00' };
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const digits = minorDigits(currency);
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `Must be a whole amount for ${currency}`
          : `Must have at most ${digits} decimals for ${currency}`,
    };
  }
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'Is too large' };
  return { ok: true, minor };
}
