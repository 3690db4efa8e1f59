/** One thing a reader could not carry over (or carried over approximately), with how often it occurred. */
export interface ImportNote {
  readonly kind: 'not_carried' | 'approximated' | 'info';
  readonly what: string;
  readonly count: number;
  /** A few ids (task UIDs, activity ids…) where it occurred. */
  readonly examples: readonly string[];
}

/** What a reader did with a file: its format and the notes on what did not make it into the plan. */
export interface ImportReport {
  readonly format: 'mspdi' | 'xer' | 'json';
  readonly notes: readonly ImportNote[];
}

const MAX_EXAMPLES = 5;

/** Collects notes, merging repeats of the same kind and text. */
export class ReportCollector {
  private readonly notes = new Map<
    string,
    { kind: ImportNote['kind']; what: string; count: number; examples: string[] }
  >();

  constructor(private readonly format: ImportReport['format']) {}

  /** Records one occurrence of `what`, optionally at `where` (an id). */
  add(kind: ImportNote['kind'], what: string, where?: string): void {
    const key = `${kind}\u0000${what}`;
    let note = this.notes.get(key);
    if (!note) {
      note = { kind, what, count: 0, examples: [] };
      this.notes.set(key, note);
    }
    note.count++;
    if (where !== undefined && note.examples.length < MAX_EXAMPLES) note.examples.push(where);
  }

  /** The finished report. */
  report(): ImportReport {
    return { format: this.format, notes: [...this.notes.values()] };
  }
}
