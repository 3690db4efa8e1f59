/** Exit code for bad input (README: "Bad input exits 2, other failures 1"). */
export const BAD_INPUT = 2;

/** A failed CLI call: printed as one line, exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
