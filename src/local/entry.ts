/**
 * The registry entry a running `drom run` keeps in `$DROM_HOME/run/<pid>.json`: what `drom ps` and `drom get` show.
 * Written by the running process (see `registry.ts`), read by any other `drom` (see `processes.ts`); the reader trusts
 * nothing and checks the shape.
 */
import type { RouteRow } from '../run/runtime-view.js';

/** One route of a running process, as of the entry's `updatedAt` (the shape `/q/routes` answers too). */
export type RouteEntry = RouteRow;

/** One running `drom run`. */
export interface LocalEntry {
  readonly pid: number;
  readonly name: string;
  /** Epoch milliseconds when the run started. */
  readonly startedAt: number;
  /** Epoch milliseconds of this write. */
  readonly updatedAt: number;
  /** Base URL of the management server (`/q/*`), when it runs. */
  readonly managementUrl?: string;
  /** Path of the bounded output file (see `log-file.ts`); it may not exist when the run does not tee its output. */
  readonly logFile: string;
  /** Reloads applied so far (dev mode). */
  readonly reloads: number;
  /** The most recent new failure message of any route, or null. */
  readonly lastError: string | null;
  /** The routes in definition order. */
  readonly routes: readonly RouteEntry[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function parseRoute(v: unknown): RouteEntry | undefined {
  if (!isObject(v)) return undefined;
  const { id, from, state, uptimeMs, total, failed, inflight, msgPerSec, lastError, reloads } = v;
  if (!isText(id) || !isText(from) || !isText(state) || !isTextOrNull(lastError)) return undefined;
  if (![uptimeMs, total, failed, inflight, msgPerSec, reloads].every(isCount)) return undefined;
  return {
    id,
    from,
    state,
    uptimeMs: uptimeMs as number,
    total: total as number,
    failed: failed as number,
    inflight: inflight as number,
    msgPerSec: msgPerSec as number,
    lastError,
    reloads: reloads as number,
  };
}

/**
 * Checks that `value` (a parsed registry file) has the shape of a `LocalEntry` and returns it, copied to exactly
 * the known fields; returns undefined for anything else. Never throws.
 */
export function parseEntry(value: unknown): LocalEntry | undefined {
  if (!isObject(value)) return undefined;
  const { pid, name, startedAt, updatedAt, managementUrl, logFile, reloads, lastError, routes } = value;
  if (!Number.isSafeInteger(pid) || (pid as number) <= 0) return undefined;
  if (!isText(name) || !isText(logFile) || !isTextOrNull(lastError ?? null) || !Array.isArray(routes)) return undefined;
  if (![startedAt, updatedAt, reloads].every(isCount)) return undefined;
  if (managementUrl !== undefined && !isText(managementUrl)) return undefined;
  const parsed = routes.map(parseRoute);
  if (parsed.some((r) => r === undefined)) return undefined;
  return {
    pid: pid as number,
    name,
    startedAt: startedAt as number,
    updatedAt: updatedAt as number,
    ...(managementUrl === undefined ? {} : { managementUrl }),
    logFile,
    reloads: reloads as number,
    lastError: (lastError ?? null) as string | null,
    routes: parsed as RouteEntry[],
  };
}
