/**
 * The management server: one HTTP contract for `drom run --dev`, the operator's runtimes, and `--health` /
 * `--metrics`. Endpoints (all GET; see `src/management/README.md`):
 *
 * - `/q/health`, `/q/health/live`, `/q/health/ready`: 200 `{"status":"UP","checks":[…]}` or 503 with status DOWN;
 *   checks `dromedary-live` and `dromedary-routes` (see `health.ts`).
 * - `/q/metrics`: Prometheus text (see `metrics.ts`).
 * - `/q/routes`: JSON array of `{id, from, state, uptimeMs, total, failed, inflight, msgPerSec, lastError, reloads}`.
 *
 * An unknown path answers 404 `{"error":"not found"}`; a known path with another method answers 405 with
 * `Allow: GET`. Every answer has a Content-Type and `Cache-Control: no-store`. Built on `node:http` only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { UsageError } from '../api/errors.js';
import type { RuntimeView } from '../run/runtime-view.js';
import { ManagementListenError, ManagementPortInUseError, hostPort } from './errors.js';
import { healthReport, type HealthProbe } from './health.js';
import { ManagementMetrics } from './metrics.js';
import { toRouteJson } from './route-json.js';
import { RuntimeSampler } from './runtime-sampler.js';

/** The port when none is given: 9876. */
export const DEFAULT_MANAGEMENT_PORT = 9876;
/** The host when none is given: loopback only. */
export const DEFAULT_MANAGEMENT_HOST = '127.0.0.1';
/** How often the server samples routes between requests, so `msgPerSec` covers its whole window. */
const SAMPLE_INTERVAL_MS = 1_000;
/** How long `close()` lets responses in progress finish before it drops their connections. */
const CLOSE_GRACE_MS = 1_000;

/** Options of {@link startManagementServer}. */
export interface ManagementServerOptions {
  /** What the server shows; read on every request (the routes change on reload). */
  readonly view: RuntimeView;
  /** Default {@link DEFAULT_MANAGEMENT_PORT}; 0 asks the system for a free (ephemeral) port. */
  readonly port?: number;
  /** Default {@link DEFAULT_MANAGEMENT_HOST}. */
  readonly host?: string;
  /** The clock of `msgPerSec`, in milliseconds; default `Date.now` (tests pass a fake one). */
  readonly now?: () => number;
}

/** A listening management server. */
export interface ManagementServer {
  /** The bound port (the system's choice when 0 was asked). */
  readonly port: number;
  /** `http://host:port`, without a trailing slash. */
  readonly url: string;
  /**
   * Stops listening and resolves once every connection is closed: idle keep-alive connections at once, responses
   * in progress after a grace of one second at most. Never hangs; calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** An answer, before it is written. */
interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const JSON_TYPE = 'application/json';

/**
 * Starts the management server for `view` and resolves once it listens.
 *
 * Rejects with a {@link UsageError} (code `MANAGEMENT_PORT_INVALID`) for a port that is not an integer in
 * 0–65535, {@link ManagementPortInUseError} (`MANAGEMENT_PORT_IN_USE`) when the address is taken, and
 * {@link ManagementListenError} (`MANAGEMENT_LISTEN_FAILED`) for any other listen failure.
 */
export async function startManagementServer(options: ManagementServerOptions): Promise<ManagementServer> {
  const port = options.port ?? DEFAULT_MANAGEMENT_PORT;
  const host = options.host ?? DEFAULT_MANAGEMENT_HOST;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(
      `--management-port must be an integer from 0 to 65535, not ${String(port)}`,
      'MANAGEMENT_PORT_INVALID',
    );
  }
  const sampler = new RuntimeSampler(options.view, options.now === undefined ? {} : { now: options.now });
  const endpoints = endpointsOf(options.view, sampler);
  const server = createServer((req, res) => {
    void respond(endpoints, req, res);
  });
  await listen(server, host, port);
  // Failures after start-up (a failed accept) must not take the run down; the endpoints answer or they do not.
  server.on('error', () => undefined);
  const sampling = setInterval(() => {
    try {
      sampler.sample();
    } catch {
      // The next request reports what the view throws.
    }
  }, SAMPLE_INTERVAL_MS).unref();
  const bound = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    port: bound,
    url: `http://${hostPort(host, bound)}`,
    close: () => {
      clearInterval(sampling);
      closing ??= closeServer(server);
      return closing;
    },
  };
}

/** The handlers by path. */
function endpointsOf(view: RuntimeView, sampler: RuntimeSampler): ReadonlyMap<string, () => Promise<Reply>> {
  const metrics = new ManagementMetrics(view, sampler);
  const health = (probe: HealthProbe) => (): Promise<Reply> => {
    const report = healthReport(view, probe);
    return Promise.resolve(json(report.status === 'UP' ? 200 : 503, report));
  };
  return new Map([
    ['/q/health', health('health')],
    ['/q/health/live', health('live')],
    ['/q/health/ready', health('ready')],
    [
      '/q/metrics',
      async (): Promise<Reply> => {
        const scrape = await metrics.scrape();
        return { status: 200, contentType: scrape.contentType, body: scrape.body };
      },
    ],
    ['/q/routes', (): Promise<Reply> => Promise.resolve(json(200, sampler.sample().routes.map(toRouteJson)))],
  ]);
}

/** Answers one request; never rejects (a handler's failure becomes a 500). */
async function respond(
  endpoints: ReadonlyMap<string, () => Promise<Reply>>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let reply: Reply;
  try {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = endpoints.get(path);
    if (handler === undefined) reply = json(404, { error: 'not found' });
    else if (req.method !== 'GET') reply = { ...json(405, { error: 'method not allowed' }), headers: { Allow: 'GET' } };
    else reply = await handler();
  } catch (error) {
    reply = json(500, { error: error instanceof Error ? error.message : String(error) });
  }
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': reply.contentType,
    'Content-Length': Buffer.byteLength(reply.body),
    'Cache-Control': 'no-store',
  });
  res.end(reply.body);
}

function json(status: number, body: unknown): Reply {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(body) };
}

/** Listens, turning listen errors into the module's typed errors. */
function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new ManagementPortInUseError(host, port)
          : new ManagementListenError(host, port, error),
      );
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host });
  });
}

/** Closes the server: idle connections now, busy ones after {@link CLOSE_GRACE_MS}. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.closeAllConnections();
    }, CLOSE_GRACE_MS).unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
