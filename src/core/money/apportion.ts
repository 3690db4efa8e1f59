/**
 * Splits an integer amount (minor units, minutes) into integer parts proportional to `shares`, so
 * that the parts add up to the amount exactly: each part is the floor of its exact share, and the
 * units left over go to the largest remainders (earliest first on ties). Time-phased money is
 * stored per day in whole minor units, and a task's days must still sum to its cost to the cent.
 */
export function apportion(amount: number, shares: ArrayLike<number>): number[] {
  const n = shares.length;
  const parts = new Array<number>(n).fill(0);
  if (n === 0 || amount === 0) return parts;
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.max(0, shares[i]!);
  if (total <= 0) {
    parts[0] = amount;
    return parts;
  }
  const sign = amount < 0 ? -1 : 1;
  const whole = Math.abs(amount);
  const remainders: number[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (whole * Math.max(0, shares[i]!)) / total;
    const floor = Math.floor(exact + 1e-9);
    parts[i] = floor;
    given += floor;
    remainders.push(i);
  }
  const exactOf = (i: number) => (whole * Math.max(0, shares[i]!)) / total - parts[i]!;
  remainders.sort((a, b) => exactOf(b) - exactOf(a) || a - b);
  for (let k = 0; given < whole; k = (k + 1) % n) {
    parts[remainders[k]!]! += 1;
    given++;
  }
  return sign < 0 ? parts.map((p) => -p) : parts;
}
