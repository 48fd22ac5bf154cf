/** What the local process commands share: listing the live processes, reporting skipped files, and filtering. */
import type { LocalEntry } from './entry.js';
import { dromHome } from './home.js';
import { matchProcesses } from './match.js';
import { listProcesses } from './processes.js';

/**
 * The live registered processes under `home` (default `dromHome()`), sorted by name then pid, narrowed to those
 * `query` selects (see `matchProcesses`) when it is given. Dead processes' files are cleaned up on the way; each
 * unreadable entry of a live process is skipped and reported through `warn` as one line ending in a newline.
 */
export function selectProcesses(
  query: string | undefined,
  warn: (line: string) => void,
  home: string = dromHome(),
): LocalEntry[] {
  const entries = listProcesses(home, {
    onSkipped: (s) => {
      warn(`drom: skipped unreadable registry file ${s.file}: ${s.reason}\n`);
    },
  });
  return query === undefined ? entries : matchProcesses(entries, query);
}

/** `name (pid N)`, how messages name a process. */
export function describeProcess(entry: LocalEntry): string {
  return `${entry.name} (pid ${String(entry.pid)})`;
}
