/** How `drom stop`, `drom log`, `drom ps` and `drom get` pick processes by the name or pid the user typed. */
import type { LocalEntry } from './entry.js';

/**
 * The entries `query` selects, Camel JBang style: a number selects the process with that pid (or, when none has it,
 * processes with that name); otherwise the processes named exactly `query`, or when none is, those whose name starts
 * with `query`. A trailing `!` asks for exact names only (`dude!` never selects `dude2`). Keeps the input order.
 */
export function matchProcesses(entries: readonly LocalEntry[], query: string): LocalEntry[] {
  if (/^\d+$/.test(query)) {
    const byPid = entries.filter((e) => String(e.pid) === query);
    if (byPid.length > 0) return byPid;
  }
  const exactOnly = query.endsWith('!');
  const name = exactOnly ? query.slice(0, -1) : query;
  const exact = entries.filter((e) => e.name === name);
  if (exact.length > 0 || exactOnly || name === '') return exact;
  return entries.filter((e) => e.name.startsWith(name));
}
