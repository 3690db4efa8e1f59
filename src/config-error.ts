// Kept apart from config.ts so the CLI can recognise it without loading zod.
/** Thrown for a bad environment variable; start-up prints it and exits with code 2. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}
