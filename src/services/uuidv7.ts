import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Random bytes are drawn 4 KiB at a time: one call into the system's generator per 400 ids rather
// than one per id, which on a write that makes several ids (row, audit entry, event) showed up in
// its profile.
const pool = Buffer.allocUnsafe(4096);
let poolAt = pool.length;
function random(n: number): number {
  if (poolAt + n > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const at = poolAt;
  poolAt += n;
  return at;
}

/**
 * A UUIDv7 (RFC 9562): a 48-bit millisecond timestamp, then a 12-bit counter (the RFC's method 1)
 * and 62 random bits. The counter starts at a random value below 2048 each millisecond and counts
 * up within it, so the ids of one process sort in the order they were made, even within one
 * millisecond (the audit log relies on it); a clock that steps back, or more than about 2,000 ids
 * in a millisecond, borrow the next millisecond rather than break the order. Ids stay valid UUIDs
 * for both databases.
 */
export function uuidv7Generator(clock: () => number = Date.now): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    const now = clock();
    const r = random(10);
    if (now > lastMs) {
      lastMs = now;
      counter = ((pool[r] as number) << 3) | ((pool[r + 1] as number) & 0x07);
    } else if (++counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
    const high = Math.floor(lastMs / 2 ** 32); // 48 bits exceed the bitwise operators' 32
    const low = lastMs >>> 0;
    const b = (i: number) => HEX[pool[r + i] as number];
    return (
      `${HEX[high >>> 8]}${HEX[high & 0xff]}${HEX[low >>> 24]}${HEX[(low >>> 16) & 0xff]}-` +
      `${HEX[(low >>> 8) & 0xff]}${HEX[low & 0xff]}-${HEX[0x70 | (counter >>> 8)]}${HEX[counter & 0xff]}-` +
      `${HEX[0x80 | ((pool[r + 2] as number) & 0x3f)]}${b(3)}-${b(4)}${b(5)}${b(6)}${b(7)}${b(8)}${b(9)}`
    );
  };
}

/** The process's generator, on the wall clock: one sequence, so its ids sort across every caller. */
export const uuidv7 = uuidv7Generator();
