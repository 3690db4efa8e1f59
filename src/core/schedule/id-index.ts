import type { Arena } from './arena.js';

/** FNV-1a over code units [from, to) of a string, mixed with a seed. */
function hashRange(key: string, from: number, to: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = from; i < to; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The value of the digits found by the last digitStart call (a scratch result: no allocation). */
let scannedValue = 0;

/** Where the trailing run of at most 9 digits starts (key.length when there is none); sets scannedValue. */
function digitStart(key: string): number {
  const length = key.length;
  let i = length;
  let v = 0;
  let scale = 1;
  while (i > 0 && length - i < 9) {
    const c = key.charCodeAt(i - 1);
    if (c < 48 || c > 57) break;
    v += (c - 48) * scale;
    scale *= 10;
    i--;
  }
  scannedValue = v;
  return i;
}

/** Ids sharing a prefix and a digit count, e.g. "T1000" … "T9999", numbered densely. */
interface Group {
  readonly hash: number;
  readonly sample: number;
  readonly prefixLength: number;
  min: number;
  max: number;
  count: number;
  base: number;
}

const MAX_GROUPS = 4096;
const EMPTY = new Int32Array(2);

/**
 * String id → position. Ids like "T1234" or "1234" (a prefix and a number, as MSPDI UIDs, P6 ids
 * and most generated ids are) resolve through a direct table per prefix, so ids that are close in
 * number are close in memory and a plan's links - which mostly join nearby tasks - resolve from
 * cache. Every other id goes through a flat open-addressing hash table of (hash, position).
 */
export class IdIndex {
  private readonly groups: Group[] = [];
  private lastGroup = 0;
  private readonly groupTable: Int32Array;
  private readonly groupOf: Int32Array;
  private readonly numberOf: Int32Array;
  private slots: Int32Array = EMPTY;
  private table: Int32Array = EMPTY;
  private mask = 0;
  private duplicate = -1;

  /**
   * Indexes `ids`. With `deferred`, `ids` may still be empty: the caller fills it in order,
   * calling add(i) after each id, then seal() (compileTasks does this in its one pass over the
   * tasks, so each task object and its id are read once).
   */
  constructor(
    private readonly ids: readonly string[],
    private readonly arena?: Arena,
    deferred = false,
  ) {
    const n = ids.length;
    this.groupTable = new Int32Array(MAX_GROUPS * 2).fill(-1);
    this.groupOf = arena ? arena.i32(n) : new Int32Array(n);
    this.groupOf.fill(-1);
    this.numberOf = arena ? arena.i32(n) : new Int32Array(n);
    if (deferred) return;
    for (let i = 0; i < n; i++) this.add(i);
    this.seal();
  }

  /** Position of the first id that repeats an earlier one, or -1 (after seal). */
  get firstDuplicate(): number {
    return this.duplicate;
  }

  /** Takes in ids[i] (ids are added in index order). */
  add(i: number): void {
    const key = this.ids[i] as string;
    const ds = digitStart(key);
    if (ds === key.length || (key.length - ds > 1 && key.charCodeAt(ds) === 48)) return;
    const v = scannedValue;
    const g = this.findGroup(key, ds, i);
    if (g < 0) return;
    const group = this.groups[g] as Group;
    this.numberOf[i] = v;
    if (v < group.min) group.min = v;
    if (v > group.max) group.max = v;
    group.count++;
    this.groupOf[i] = g;
  }

  /** Builds the lookup tables once every id was added. */
  seal(): void {
    const { ids, arena, groupOf, numberOf } = this;
    const n = ids.length;
    let slotCount = 0;
    for (const group of this.groups) {
      const span = group.max - group.min + 1;
      if (span <= group.count * 4 + 64) {
        group.base = slotCount;
        slotCount += span;
      }
    }
    this.slots = arena ? arena.i32(slotCount) : new Int32Array(slotCount);
    let hashed = 0;
    let duplicate = -1;
    for (let i = 0; i < n; i++) {
      const g = groupOf[i] as number;
      const group = g >= 0 ? (this.groups[g] as Group) : undefined;
      if (!group || group.base < 0) {
        groupOf[i] = -1;
        hashed++;
        continue;
      }
      const slot = group.base + (numberOf[i] as number) - group.min;
      if (this.slots[slot] !== 0) {
        if (duplicate < 0) duplicate = i;
      } else {
        this.slots[slot] = i + 1;
      }
    }
    let capacity = 16;
    while (capacity < hashed * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = hashed === 0 ? new Int32Array(2) : arena ? arena.i32(capacity * 2) : new Int32Array(capacity * 2);
    for (let i = 0; i < n; i++) {
      if ((groupOf[i] as number) >= 0) continue;
      const key = ids[i] as string;
      const h = hashRange(key, 0, key.length, 0);
      let slot = h & this.mask;
      for (;;) {
        const stored = this.table[slot * 2 + 1] as number;
        if (stored === 0) {
          this.table[slot * 2] = h;
          this.table[slot * 2 + 1] = i + 1;
          break;
        }
        if (this.table[slot * 2] === h && ids[stored - 1] === key) {
          if (duplicate < 0 || i < duplicate) duplicate = i;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
    }
    this.duplicate = duplicate;
  }

  /** The group of ids with this key's prefix and digit count; created from id `index` when >= 0. */
  private findGroup(key: string, ds: number, index: number): number {
    // Neighbouring ids mostly share a group: try the last one before hashing.
    const last = this.groups[this.lastGroup];
    if (last && last.prefixLength === ds && this.samePrefix(key, last)) return this.lastGroup;
    const g = this.lookupGroup(key, ds, index);
    if (g >= 0) this.lastGroup = g;
    return g;
  }

  private lookupGroup(key: string, ds: number, index: number): number {
    const h = hashRange(key, 0, ds, key.length - ds);
    let slot = h & (MAX_GROUPS - 1);
    for (;;) {
      const g = this.groupTable[slot * 2 + 1] as number;
      if (g < 0) {
        if (index < 0 || this.groups.length >= MAX_GROUPS / 2) return -1;
        const created = this.groups.length;
        this.groups.push({ hash: h, sample: index, prefixLength: ds, min: Infinity, max: -1, count: 0, base: -1 });
        this.groupTable[slot * 2] = h;
        this.groupTable[slot * 2 + 1] = created;
        return created;
      }
      const group = this.groups[g] as Group;
      if (group.hash === h && group.prefixLength === ds && this.samePrefix(key, group)) return g;
      slot = (slot + 1) & (MAX_GROUPS - 1);
    }
  }

  private samePrefix(key: string, group: Group): boolean {
    const sample = this.ids[group.sample] as string;
    if (sample.length !== key.length) return false;
    for (let i = 0; i < group.prefixLength; i++) if (sample.charCodeAt(i) !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Position of `key`, or -1. `hint` is tried first (e.g. the previous answer), saving the lookup. */
  get(key: string, hint = -1): number {
    if (hint >= 0 && this.ids[hint] === key) return hint;
    const length = key.length;
    const ds = digitStart(key);
    const v = scannedValue;
    if (ds < length && !(length - ds > 1 && key.charCodeAt(ds) === 48)) {
      const g = this.findGroup(key, ds, -1);
      const group = g >= 0 ? (this.groups[g] as Group) : undefined;
      if (group && group.base >= 0) {
        if (v < group.min || v > group.max) return -1;
        const stored = this.slots[group.base + v - group.min] as number;
        return stored > 0 && this.ids[stored - 1] === key ? stored - 1 : -1;
      }
    }
    const h = hashRange(key, 0, length, 0);
    let slot = h & this.mask;
    for (;;) {
      const stored = this.table[slot * 2 + 1] as number;
      if (stored === 0) return -1;
      if (this.table[slot * 2] === h && this.ids[stored - 1] === key) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}
