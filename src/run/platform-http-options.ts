/**
 * Where a run's `platform-http` server listens, as Camel JBang decides it: `drom run --port <n>` wins, else the
 * property `camel.server.port`, else 8080 (0: any free port); the address is the property `camel.server.host`, else
 * `0.0.0.0` (every interface), Camel's default.
 */
import { UsageError } from '../api/errors.js';
import type { PropertyResolver } from '../compile/properties.js';
import { DEFAULT_PLATFORM_HTTP_HOST, DEFAULT_PLATFORM_HTTP_PORT } from '../engine/endpoints/platform-http-server.js';

/** The settings of a run's platform-http server. */
export interface PlatformHttpOptions {
  readonly host: string;
  readonly port: number;
  readonly drainTimeoutMs?: number;
}

/**
 * A port as given on the command line or in a property: a whole number from 0 to 65535.
 * @throws UsageError naming `source` (`--port`, `camel.server.port`) otherwise.
 */
export function parsePort(value: string, source: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535) {
    throw new UsageError(`${source} takes a port from 0 to 65535, got '${value}'`);
  }
  return n;
}

/**
 * The compile option `platformHttp` of a run: `port` is `--port` (undefined when not given), `drainTimeoutMs` how long
 * a request waits for a route being replaced (dev mode's `--drain-timeout`). None for a compilation that `replaces` a
 * running plan: it keeps the running server, and its port.
 * @throws UsageError when `camel.server.port` is not a port.
 */
export function platformHttpOptions(
  given: {
    readonly port?: number | undefined;
    readonly drainTimeoutMs?: number | undefined;
    readonly replacing?: unknown;
  },
  properties: PropertyResolver,
): { readonly platformHttp?: PlatformHttpOptions } {
  if (given.replacing !== undefined) return {};
  const property = properties.lookup('camel.server.port');
  const port =
    given.port ?? (property === undefined ? DEFAULT_PLATFORM_HTTP_PORT : parsePort(property, 'camel.server.port'));
  const host = properties.lookup('camel.server.host')?.trim() ?? '';
  return {
    platformHttp: {
      host: host === '' ? DEFAULT_PLATFORM_HTTP_HOST : host,
      port,
      ...(given.drainTimeoutMs === undefined ? {} : { drainTimeoutMs: given.drainTimeoutMs }),
    },
  };
}
