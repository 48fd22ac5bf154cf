/**
 * Where the local process tools keep their files: `$DROM_HOME` (default `~/.dromedary`), and under it `run/` with one
 * `<pid>.json` registry entry and one `<pid>.log` output file per running `drom run`.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The Dromedary home directory: `DROM_HOME` when set and not empty, otherwise `.dromedary` in the user's home
 * directory. Read at each call, so tests can point it at a temporary directory.
 */
export function dromHome(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['DROM_HOME'];
  return configured === undefined || configured === '' ? join(homedir(), '.dromedary') : configured;
}

/** The directory holding the registry entries and log files of running processes: `<home>/run`. */
export function runDir(home: string): string {
  return join(home, 'run');
}

/** The registry entry of process `pid`: `<home>/run/<pid>.json`. */
export function entryPath(home: string, pid: number): string {
  return join(runDir(home), `${String(pid)}.json`);
}

/** The output of process `pid`: `<home>/run/<pid>.log`; its previous segment is the same path plus `.1`. */
export function logPath(home: string, pid: number): string {
  return join(runDir(home), `${String(pid)}.log`);
}

/** The previous segment of a rotated log file: `<log>.1`. */
export function previousSegment(log: string): string {
  return `${log}.1`;
}
