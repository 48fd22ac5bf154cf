/**
 * `platform-http:/path`: a route consumer that serves HTTP requests for its path on the runtime's shared HTTP server
 * (`platform-http-server.ts`). Starting it registers the path and starts the server if it is not listening yet;
 * the route's requests then become InOut exchanges, each answered once complete.
 *
 * Lifecycle, as the route drives it: `resume` (the route resumed, or has room again) lets requests that waited for the
 * route go on; `stop` (the route is stopped or removed) removes the path, so later requests get 404 and waiting ones
 * 503 (during a dev-mode swap the path stays pending for a new route serving it); `handOver` (dev mode replaces the
 * route) leaves the path pending for the next version of the route, whose requests wait for it instead of failing.
 * Requests in progress complete normally in every case.
 */
import type { RouteConsumer, RouteHandle } from '../route.js';
import type { PlatformHttpRoutes } from './platform-http-routes.js';
import type { PlatformHttpSettings } from './platform-http-settings.js';

/** What a consumer needs of its server. */
export interface PlatformHttpHost {
  readonly routes: PlatformHttpRoutes;
  /** Starts the server if it does not listen yet (a failure is reported by the run, through the server's `ready`). */
  listen(): Promise<unknown>;
}

/** The consumer of one `platform-http` endpoint. */
export class PlatformHttpConsumer implements RouteConsumer {
  constructor(
    private readonly host: PlatformHttpHost,
    private readonly path: string,
    private readonly settings: PlatformHttpSettings,
  ) {}

  /** Registers the path for `route` (taking over a pending registration of the route) and starts the server. */
  start(route: RouteHandle): void {
    this.host.routes.attach(this, route.id, this.path, this.settings, route);
    // The server owns the outcome: `ready()` reports a failure to listen, so nothing is left unhandled here.
    this.host.listen().catch(() => undefined);
  }

  /** The route takes exchanges again: requests that waited for it go on. */
  resume(): void {
    this.host.routes.wake(this);
  }

  /** Removes the path (pending until the end of a dev-mode swap); requests in progress complete. */
  stop(): Promise<void> {
    this.host.routes.detach(this);
    return Promise.resolve();
  }

  /** Leaves the path pending for the next version of the route (dev mode). */
  handOver(): Promise<void> {
    this.host.routes.handOver(this);
    return Promise.resolve();
  }
}
