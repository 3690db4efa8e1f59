/**
 * A small seeded generator (mulberry32): the searches draw every random choice from it, so a seed
 * fixes the result. Quality is ample for sampling and genetic operators; it is not for secrets.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    // Spread small seeds (0, 1, 2, ...) over the whole state space.
    this.state = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }
}
