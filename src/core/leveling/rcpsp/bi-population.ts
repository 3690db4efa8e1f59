import type { JustifiedDecoder } from './justification.js';
import type { PeakCrossover } from './peak-crossover.js';
import { blockCrossover, mutate } from './population-search.js';
import type { Prng } from './prng.js';
import type { RcpspProblem } from './problem.js';

/** Experimental knobs (to be trimmed to what pays). */
export interface BiPopulationConfig {
  readonly pool: 'separate' | 'one';
  readonly replace: 'worst' | 'paired' | 'parent';
  readonly peakLeft: number;
  readonly peakRight: number;
  readonly bestJustify: boolean;
  readonly skipProjected: boolean;
  readonly sweep?: boolean;
  readonly tour?: number;
  readonly mut?: number;
}

export interface BiPopulationOptions {
  readonly problem: RcpspProblem;
  readonly decoder: JustifiedDecoder;
  readonly prng: Prng;
  readonly peak: PeakCrossover;
  /** Individuals per side (each seed gives one of each). */
  readonly size: number;
  readonly schedules: number;
  readonly target: number;
  readonly seed: (out: Int32Array, mirror: Int32Array, index: number) => number;
  readonly mutationRate: number;
  readonly config: BiPopulationConfig;
  readonly onProgress?: (schedulesUsed: number, best: number) => void;
  readonly shouldStop?: () => boolean;
}

const LEFT = 0;
const RIGHT = 1;

/**
 * Debels & Vanhoucke's bi-population search: left-justified and right-justified individuals; two
 * parents of one side breed a child decoded by ONE pass in the other direction, which justifies it
 * and makes it an individual of the other side.
 */
export class BiPopulationSearch {
  readonly lists: Int32Array[] = [];
  readonly schedules: Int32Array[] = [];
  side: Uint8Array;
  objective: Float64Array;
  best = Number.POSITIVE_INFINITY;
  children = 0;
  private hashes: Uint32Array;
  private projected: Uint8Array;
  private count = [0, 0];
  private cursor = 0;
  private readonly child: Int32Array;
  private readonly out: Int32Array;
  private readonly back: Int32Array;
  private readonly taken: Uint8Array;

  constructor(private readonly options: BiPopulationOptions) {
    const total = 2 * options.size;
    const n = options.problem.n;
    this.side = new Uint8Array(total);
    this.objective = new Float64Array(total);
    this.hashes = new Uint32Array(total);
    this.projected = new Uint8Array(total);
    this.child = new Int32Array(n);
    this.out = new Int32Array(n);
    this.back = new Int32Array(n);
    this.taken = new Uint8Array(n);
  }

  done(): boolean {
    const o = this.options;
    const used = o.decoder.schedulesUsed;
    return used >= o.schedules || this.best <= o.target || (o.shouldStop?.() ?? false);
  }

  private makespan(start: Int32Array): number {
    const { n, duration } = this.options.problem;
    let m = 0;
    for (let j = 0; j < n; j++) m = Math.max(m, start[j]! + duration[j]!);
    return m;
  }

  private add(side: number, list: Int32Array, schedule: Int32Array, projected: boolean): void {
    const i = this.lists.length;
    this.lists.push(list.slice());
    this.schedules.push(schedule.slice());
    this.side[i] = side;
    this.objective[i] = this.makespan(schedule);
    this.hashes[i] = hashList(list);
    this.projected[i] = projected ? 1 : 0;
    this.count[side]!++;
    this.improve(this.objective[i]!);
  }

  private improve(value: number): void {
    if (value < this.best) {
      this.best = value;
      this.options.onProgress?.(this.options.decoder.schedulesUsed, value);
    }
  }

  run(): void {
    const { problem, decoder, prng, seed, size, config, peak } = this.options;
    const n = problem.n;
    const list = new Int32Array(n);
    const mirror = new Int32Array(n);
    for (let i = 0; i < size && !this.done(); i++) {
      const value = seed(list, mirror, i);
      this.improve(value);
      if (decoder.exhausted) break;
      // The seed's justification ran backward then forward: the right list's forward pass is done.
      this.add(LEFT, list, decoder.lastSchedule, false);
      this.add(RIGHT, mirror, decoder.lastMirrorSchedule, true);
    }
    const { child, out, taken } = this;
    let skipped = 0;
    while (this.lists.length >= 4 && !this.done()) {
      let s: number;
      let a: number;
      if (config.sweep) {
        // Every individual fathers once per generation: left ones, then right ones.
        a = this.cursor;
        this.cursor = (this.cursor + 1) % this.lists.length;
        s = this.side[a]!;
      } else {
        s = prng.next() < 0.5 ? LEFT : RIGHT;
        a = this.tournament(s);
      }
      let b = this.tournament(s);
      for (let t = 0; b === a && t < 8; t++) b = this.tournament(s);
      const side = this.side[a]!;
      const father = this.lists[a]!;
      const mother = this.lists[b]!;
      const share = side === LEFT ? config.peakLeft : config.peakRight;
      if (share > 0 && prng.next() < share) peak.cross(father, this.schedules[a]!, mother, child, prng);
      else blockCrossover(father, mother, child, taken, prng);
      mutate(problem, child, config.mut ?? this.options.mutationRate, prng);
      const same = this.find(child, side);
      if (same >= 0 && this.projected[same] === 1 && config.skipProjected && skipped < 64) {
        skipped++;
        continue;
      }
      skipped = 0;
      if (same >= 0) this.projected[same] = 1;
      const before = this.best;
      const value = side === LEFT ? decoder.rightJustify(child, out) : decoder.leftJustify(child, out);
      this.children++;
      if (value === Number.MAX_SAFE_INTEGER) break;
      const schedule = side === LEFT ? decoder.lastMirrorSchedule : decoder.lastSchedule;
      const placed = this.place(1 - side, out, schedule, value, a, b);
      this.improve(value);
      if (config.bestJustify && value < before && !decoder.exhausted) {
        // A new best is justified fully: its other side joins the parents' side.
        const v2 = side === LEFT ? decoder.leftJustify(out, this.back) : decoder.rightJustify(out, this.back);
        if (placed >= 0) this.projected[placed] = 1;
        const schedule2 = side === LEFT ? decoder.lastSchedule : decoder.lastMirrorSchedule;
        this.placeWorst(side, this.back, schedule2, v2);
        this.improve(v2);
      }
    }
  }

  /** Binary tournament among the individuals of `side` (the other side when it has fewer than 2). */
  private tournament(side: number): number {
    const { prng } = this.options;
    const total = this.lists.length;
    const want = this.count[side]! >= 2 ? side : 1 - side;
    const pick = () => {
      for (;;) {
        const i = prng.int(total);
        if (this.side[i] === want) return i;
      }
    };
    let a = pick();
    for (let t = 1; t < (this.options.config.tour ?? 2); t++) {
      const b = pick();
      if (this.objective[b]! < this.objective[a]!) a = b;
    }
    return a;
  }

  private find(list: Int32Array, side: number): number {
    const hash = hashList(list);
    for (let o = 0; o < this.lists.length; o++) {
      if (this.side[o] !== side || this.hashes[o] !== hash) continue;
      const other = this.lists[o]!;
      let same = true;
      for (let i = 0; i < list.length && same; i++) same = other[i] === list[i];
      if (same) return o;
    }
    return -1;
  }

  private place(side: number, list: Int32Array, schedule: Int32Array, value: number, a: number, b: number): number {
    const { config } = this.options;
    const worse = this.objective[a]! >= this.objective[b]! ? a : b;
    let slot: number;
    if (config.replace === 'parent' || config.pool === 'one') slot = worse;
    else if (config.replace === 'paired') slot = (worse + (worse % 2 === 0 ? 1 : -1)) | 0;
    else return this.placeWorst(side, list, schedule, value);
    if (value > this.objective[slot]!) return -1;
    return this.put(slot, side, list, schedule, value);
  }

  private placeWorst(side: number, list: Int32Array, schedule: Int32Array, value: number): number {
    let worst = -1;
    for (let i = 0; i < this.lists.length; i++) {
      if (this.side[i] !== side) continue;
      if (worst < 0 || this.objective[i]! > this.objective[worst]!) worst = i;
    }
    if (worst < 0 || value > this.objective[worst]!) return -1;
    return this.put(worst, side, list, schedule, value);
  }

  private put(slot: number, side: number, list: Int32Array, schedule: Int32Array, value: number): number {
    const hash = hashList(list);
    for (let o = 0; o < this.lists.length; o++) {
      if (this.side[o] === side && this.hashes[o] === hash && this.objective[o] === value) return -1;
    }
    this.count[this.side[slot]!]!--;
    this.count[side]!++;
    this.lists[slot]!.set(list);
    this.schedules[slot]!.set(schedule);
    this.side[slot] = side;
    this.objective[slot] = value;
    this.hashes[slot] = hash;
    this.projected[slot] = 0;
    return slot;
  }
}

function hashList(list: Int32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < list.length; i++) h = Math.imul(h ^ list[i]!, 0x01000193);
  return h >>> 0;
}
