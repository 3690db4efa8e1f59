import type { Logger } from 'pino';
import type { Store } from '../store/db.js';
import { uuidv7 } from './uuidv7.js';

/** What every use case needs from the outside world; tests pass a fixed clock or ids where they care. */
export interface ServiceContext {
  readonly store: Store;
  readonly logger: Logger;
  now(): Date;
  newId(): string;
  /** This process's job runner, when it runs one (the server does; the CLI and job workers do not). */
  readonly jobs?: JobSignals;
  /** This process's event dispatcher, when it runs one (the server does). */
  readonly events?: EventSignals;
}

/** What services may ask of the local event dispatcher; the outbox stays the truth for every node. */
export interface EventSignals {
  /** Events were appended: fan them out soon rather than at the next poll. */
  wake(): void;
  /** A delivery was queued again by hand: send it soon rather than at the next poll. */
  deliveryQueued(): void;
}

/** What services may ask of the local job runner; the database row stays the truth for every node. */
export interface JobSignals {
  /** A job was queued: look for work now rather than at the next poll. */
  wake(): void;
  /** Its owner asked to cancel `id`: stop it at its next progress point if it runs here. */
  cancel(id: string): void;
  /** The latest progress of `id` if it runs here (fresher than the row, which is written every few seconds). */
  live(id: string): { readonly progress: number; readonly message: string } | null;
}

/** The production context: wall clock and UUIDv7 ids. */
export function createContext(store: Store, logger: Logger): ServiceContext {
  return { store, logger, now: () => new Date(), newId: () => uuidv7() };
}
