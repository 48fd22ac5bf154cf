/** The CLI's view of the process, so commands can be run in tests without spawning. */

/** Output streams, working directory and exit status of one CLI invocation. */
export interface CliIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Records the exit status; the last call wins. */
  exitCode(code: number): void;
}
