/**
 * The HTTP server of one runtime, shared by every `platform-http` route and every generation of routes (dev mode):
 * created on the first `listen` (when the first platform-http consumer starts), on `host:port` (Camel's defaults,
 * `0.0.0.0:8080`; port 0 picks a free one), and closed by `close` when the run ends. Its address never changes while
 * it runs, whatever routes come and go.
 *
 * Each request is read in full, routed by the routing table (`platform-http-routes.ts`: 404, 405, 406, 415, and 503
 * after waiting for a route that is away), turned into an exchange (`platform-http-request.ts`) and run through the
 * route; the response (`platform-http-response.ts`) is written once the exchange is complete (at-least-once: a
 * client sees success only for a completed exchange). Requests already running when their route is replaced or
 * stopped complete normally.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Clock, Logger } from '../../api/connector-runtime.js';
import { DromedaryError } from '../../api/errors.js';
import type { Exchange } from '../../api/exchange.js';
import { systemClock } from '../clock.js';
import type { RouteConsumer } from '../route.js';
import { PlatformHttpConsumer } from './platform-http.js';
import { listenAddress, listenError } from './platform-http-errors.js';
import { pathSegments } from './platform-http-path.js';
import { exchangeFromRequest, readBody, splitTarget, type HttpRequestParts } from './platform-http-request.js';
import { plainResponse, responseFor, writeResponse, type HttpResponseParts } from './platform-http-response.js';
import { PlatformHttpRoutes, type RouteOutcome } from './platform-http-routes.js';
import type { PlatformHttpSettings } from './platform-http-settings.js';

/** Camel JBang's platform-http port. */
export const DEFAULT_PLATFORM_HTTP_PORT = 8080;
/** Camel's default listen address: every interface. */
export const DEFAULT_PLATFORM_HTTP_HOST = '0.0.0.0';

/** How the server runs. */
export interface PlatformHttpServerOptions {
  /** Listen address (default `0.0.0.0`). */
  readonly host?: string;
  /** Port (default 8080; 0: any free port). */
  readonly port?: number;
  /** Longest wait of a request for a route that is away (suspended, being replaced), in ms (default 10000). */
  readonly drainTimeoutMs?: number;
  readonly clock?: Clock;
  /** Logs `platform-http listening on http://host:port` once the server listens. */
  readonly logger?: Logger;
  /** Called after every exchange the server created is complete (failure logging, `--max-messages`). */
  readonly onComplete?: (exchange: Exchange) => void;
}

/** Where the server listens. */
export interface PlatformHttpAddress {
  readonly host: string;
  readonly port: number;
  /** `http://host:port`. */
  readonly url: string;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  415: 'Unsupported Media Type',
  503: 'Service Unavailable',
};

function refusal(outcome: Extract<RouteOutcome, { kind: 'refuse' }> | { status: 400 }): HttpResponseParts {
  const headers: [string, string][] = [];
  if ('allow' in outcome) headers.push(['Allow', outcome.allow.join(', ')]);
  if (outcome.status === 503) headers.push(['Retry-After', '1']);
  return plainResponse(outcome.status, STATUS_TEXT[outcome.status] ?? 'Error', headers);
}

/** The runtime's HTTP server for `platform-http` consumers. */
export class PlatformHttpServer {
  /** The routing table (exposed for dev mode's swaps and for tests). */
  readonly routes: PlatformHttpRoutes;
  private readonly host: string;
  private readonly port: number;
  private readonly clock: Clock;
  private server: Server | undefined;
  private attempt: Promise<PlatformHttpAddress> | undefined;
  private lastFailure: DromedaryError | undefined;
  private current: PlatformHttpAddress | undefined;

  constructor(private readonly options: PlatformHttpServerOptions = {}) {
    this.host = options.host ?? DEFAULT_PLATFORM_HTTP_HOST;
    this.port = options.port ?? DEFAULT_PLATFORM_HTTP_PORT;
    this.clock = options.clock ?? systemClock;
    this.routes = new PlatformHttpRoutes(this.clock, options.drainTimeoutMs ?? 10_000);
  }

  /** Where the server listens; undefined until it does. */
  get address(): PlatformHttpAddress | undefined {
    return this.current;
  }

  /** A consumer serving `path` with `settings`; starting it registers the path and starts the server. */
  consumer(path: string, settings: PlatformHttpSettings): RouteConsumer {
    return new PlatformHttpConsumer(this, path, settings);
  }

  /**
   * Starts listening, once: later calls return the same promise, unless the last attempt failed, which is then tried
   * again. Rejects with `PlatformHttpPortInUseError` (`PLATFORM_HTTP_PORT_IN_USE`) or `PlatformHttpListenError`.
   */
  listen(): Promise<PlatformHttpAddress> {
    if (this.attempt === undefined || this.lastFailure !== undefined) {
      this.lastFailure = undefined;
      const attempt = this.open();
      // Records the failure (the run reports it); also keeps a rejection nobody awaits from going unhandled.
      attempt.catch((err: unknown) => {
        if (this.attempt === attempt && err instanceof DromedaryError) this.lastFailure = err;
      });
      this.attempt = attempt;
    }
    return this.attempt;
  }

  /**
   * Resolves with the address once the server listens, or undefined while no path is registered (no platform-http
   * route runs); rejects like `listen` when the last attempt failed. The run awaits it after starting routes, to fail
   * the start on a port in use (dev mode: to roll a reload back).
   */
  ready(): Promise<PlatformHttpAddress | undefined> {
    if (this.routes.size === 0) return Promise.resolve(undefined);
    return this.attempt ?? Promise.resolve(undefined);
  }

  /** Why the last attempt to listen failed; undefined when it did not (or none was made). */
  get failure(): DromedaryError | undefined {
    return this.lastFailure;
  }

  private open(): Promise<PlatformHttpAddress> {
    const server = createServer((req, res) => {
      this.onRequest(req, res);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', (err) => {
        if (this.server === server) this.server = undefined;
        reject(listenError(this.host, this.port, err));
      });
      server.listen(this.port, this.host, () => {
        // Errors after listening (none expected) must not crash the run.
        server.removeAllListeners('error');
        server.on('error', () => undefined);
        const port = (server.address() as AddressInfo).port;
        const address = { host: this.host, port, url: `http://${listenAddress(this.host, port)}` };
        this.current = address;
        this.options.logger?.log('INFO', `platform-http listening on ${address.url}`);
        resolve(address);
      });
    });
  }

  /**
   * Closes the server: requests waiting for a route get 503, idle connections close at once, and connections still
   * busy after `graceMs` are cut. Resolves when the listening socket is closed. The server can listen again later.
   */
  async close(graceMs = 1000): Promise<void> {
    const attempt = this.attempt;
    this.attempt = undefined;
    this.lastFailure = undefined;
    this.routes.close();
    await attempt?.catch(() => undefined);
    this.current = undefined;
    const server = this.server;
    this.server = undefined;
    if (!server?.listening) return;
    const closed = new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    server.closeIdleConnections();
    const cut = setTimeout(() => {
      server.closeAllConnections();
    }, graceMs);
    cut.unref();
    await closed;
    clearTimeout(cut);
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    res.on('error', () => undefined);
    readBody(req).then(
      (body) => {
        this.route(req, res, body);
      },
      () => {
        // The client went away before sending its request: nobody to answer.
        res.destroy();
      },
    );
  }

  private route(req: IncomingMessage, res: ServerResponse, body: Uint8Array): void {
    const { path, rawQuery } = splitTarget(req.url ?? '/');
    const segments = pathSegments(path);
    if (segments === undefined) {
      writeResponse(res, refusal({ status: 400 }));
      return;
    }
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const parts: HttpRequestParts = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      rawQuery,
      host: header('host') ?? listenAddress(this.host, this.current?.port ?? this.port),
      rawHeaders: req.rawHeaders,
      contentType: header('content-type'),
      body,
    };
    let delivered = false;
    this.routes.dispatch({
      method: parts.method,
      segments,
      contentType: parts.contentType,
      accept: header('accept'),
      hasBody: body.length > 0,
      deliver: (outcome) => {
        if (delivered) return;
        delivered = true;
        if (outcome.kind === 'refuse') writeResponse(res, refusal(outcome));
        else this.serve(outcome, parts, res);
      },
    });
  }

  private serve(target: Extract<RouteOutcome, { kind: 'serve' }>, parts: HttpRequestParts, res: ServerResponse): void {
    const { route, settings, params } = target;
    const { exchange, requestHeaderNames } = exchangeFromRequest(parts, {
      routeId: route.id,
      endpoint: route.from,
      pattern: settings.pattern,
      created: this.clock.now(),
      params,
    });
    route.handle(exchange, () => {
      writeResponse(res, responseFor(exchange, settings, requestHeaderNames));
      this.options.onComplete?.(exchange);
    });
  }
}
