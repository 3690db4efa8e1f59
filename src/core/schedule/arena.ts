/** Element types an arena can hand out. */
type Kind = 'f64' | 'i32' | 'u16' | 'u8';

const BYTES: Readonly<Record<Kind, number>> = { f64: 8, i32: 4, u16: 2, u8: 1 };

type ArrayOf<K extends Kind> = K extends 'f64'
  ? Float64Array
  : K extends 'i32'
    ? Int32Array
    : K extends 'u16'
      ? Uint16Array
      : Uint8Array;

/** A request: element kind and length. */
export type ArraySpec = readonly [Kind, number];

/** Arenas at least this large are backed by shared memory when the platform offers it (see Arena). */
const SHARED_FROM_BYTES = 8 << 20;

type BufferConstructor = new (bytes: number) => ArrayBufferLike;
const Shared = (globalThis as { SharedArrayBuffer?: BufferConstructor }).SharedArrayBuffer;

/**
 * Typed arrays carved out of one buffer, handed out in order (a bump allocator). Every
 * ArrayBuffer backing store counts towards V8's external-memory trigger, and passing it starts a
 * full mark of the heap - with a million plan objects alive, a quarter of a second that frees
 * nothing - so the engine reserves once per compile and once per run instead of thirty times.
 * Large arenas go further and use a SharedArrayBuffer when there is one (Node; browsers only when
 * cross-origin isolated): V8 does not count shared backing stores as per-isolate external memory,
 * so a million-task schedule runs without that collection. The memory is still freed with its
 * arrays; it simply does not hurry the next GC. Nothing here shares it with another thread. When
 * the reservation runs out, arrays come from fresh buffers (correct, just slower).
 */
export class Arena {
  private readonly buffer: ArrayBufferLike;
  private offset = 0;

  constructor(bytes: number) {
    const size = Math.max(8, Math.ceil(bytes / 8) * 8);
    this.buffer = Shared !== undefined && size >= SHARED_FROM_BYTES ? new Shared(size) : new ArrayBuffer(size);
  }

  private take(kind: Kind, length: number): number {
    const at = this.offset;
    const end = at + Math.ceil((BYTES[kind] * length) / 8) * 8;
    if (end > this.buffer.byteLength) return -1;
    this.offset = end;
    return at;
  }

  /** A zeroed Float64Array. */
  f64(length: number): Float64Array {
    const at = this.take('f64', length);
    return at < 0 ? new Float64Array(length) : new Float64Array(this.buffer, at, length);
  }

  /** A zeroed Int32Array. */
  i32(length: number): Int32Array {
    const at = this.take('i32', length);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.buffer, at, length);
  }

  /** A zeroed Uint16Array. */
  u16(length: number): Uint16Array {
    const at = this.take('u16', length);
    return at < 0 ? new Uint16Array(length) : new Uint16Array(this.buffer, at, length);
  }

  /** A zeroed Uint8Array. */
  u8(length: number): Uint8Array {
    const at = this.take('u8', length);
    return at < 0 ? new Uint8Array(length) : new Uint8Array(this.buffer, at, length);
  }
}

/** Bytes an arena needs for these arrays (8-byte aligned each). */
export function bytesFor(specs: readonly ArraySpec[]): number {
  let bytes = 0;
  for (const [kind, length] of specs) bytes += Math.ceil((BYTES[kind] * length) / 8) * 8;
  return bytes;
}

/** Several typed arrays from one fresh arena, by name. */
export function allocateArrays<S extends Record<string, ArraySpec>>(
  specs: S,
  arena?: Arena,
): { [K in keyof S]: ArrayOf<S[K][0]> } {
  const from = arena ?? new Arena(bytesFor(Object.values(specs)));
  const out: Record<string, Float64Array | Int32Array | Uint16Array | Uint8Array> = {};
  for (const [name, [kind, length]] of Object.entries(specs)) {
    out[name] =
      kind === 'f64'
        ? from.f64(length)
        : kind === 'i32'
          ? from.i32(length)
          : kind === 'u16'
            ? from.u16(length)
            : from.u8(length);
  }
  return out as { [K in keyof S]: ArrayOf<S[K][0]> };
}
