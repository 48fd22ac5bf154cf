/**
 * The routing table of the `platform-http` server: which route serves a request, and what happens to requests while a
 * route is away. Each consumer registers its path; a request goes to the best match (an exact path before a prefix,
 * a longer prefix before a shorter one, fewer `{name}` segments first) among those that serve its method.
 *
 * Answers: no path matches → 404; paths match but none serves the method → 405 (with the methods that are served);
 * a content type outside `consumes` → 415; an `Accept` that excludes `produces` → 406.
 *
 * Waiting: while the chosen route does not take exchanges (suspended, being replaced, or at `maxInflight`) or its
 * registration is pending (its consumer handed over, dev mode), the request waits, at most `drainTimeoutMs`, then gets
 * 503. A pending registration is taken over by the next consumer of the same route id: its waiting requests then go
 * to the new version. A consumer that stops outside a swap removes its path at once (later requests 404, waiting ones
 * get 503); during a swap (`beginSwap`/`endSwap`, dev mode's reload) its registration stays pending and a new route
 * serving the same path takes it over, so a route replaced under a new identity loses no request. When the swap ends,
 * registrations nobody took over are removed. Outside a swap a pending registration is removed after `drainTimeoutMs`.
 */
import type { Clock } from '../../api/connector-runtime.js';
import type { RouteHandle } from '../route.js';
import { acceptable, consumable } from './platform-http-media.js';
import { PathPattern, type PathMatch } from './platform-http-path.js';
import type { PlatformHttpSettings } from './platform-http-settings.js';

/** Where a request goes. */
export type RouteOutcome =
  | {
      readonly kind: 'serve';
      readonly route: RouteHandle;
      readonly settings: PlatformHttpSettings;
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'refuse'; readonly status: 404 | 405 | 406 | 415 | 503; readonly allow?: readonly string[] };

/** A request to route. `deliver` is called exactly once, synchronously for a `serve` outcome's route to be free. */
export interface HttpTicket {
  readonly method: string;
  /** The decoded path segments. */
  readonly segments: readonly string[];
  readonly contentType: string | undefined;
  readonly accept: string | undefined;
  readonly hasBody: boolean;
  deliver(outcome: RouteOutcome): void;
}

interface Registration {
  /** The consumer that registered it (or took it over). */
  owner: object;
  routeId: string;
  pattern: PathPattern;
  settings: PlatformHttpSettings;
  /** Undefined while pending (handed over, or stopped during a swap). */
  route: RouteHandle | undefined;
  /** Stopped during a swap: any new route serving the same path may take it over. */
  leaving: boolean;
  expiry: { cancel(): void } | undefined;
}

interface Waiting {
  registration: Registration;
  readonly timer: { cancel(): void };
}

interface Candidate {
  readonly registration: Registration;
  readonly match: PathMatch;
}

/** Exact matches first, then longer patterns, then fewer `{name}` segments; otherwise registration order. */
function byRank(a: Candidate, b: Candidate): number {
  return (
    Number(!a.match.exact) - Number(!b.match.exact) ||
    b.registration.pattern.length - a.registration.pattern.length ||
    a.registration.pattern.paramCount - b.registration.pattern.paramCount
  );
}

/** The routing table of one server. */
export class PlatformHttpRoutes {
  private readonly registrations: Registration[] = [];
  private readonly waiting = new Map<HttpTicket, Waiting>();
  private swaps = 0;

  constructor(
    private readonly clock: Clock,
    private readonly drainTimeoutMs: number,
  ) {}

  /** The number of registered paths (pending ones included). */
  get size(): number {
    return this.registrations.length;
  }

  /** The number of requests waiting for a route. */
  get waitingCount(): number {
    return this.waiting.size;
  }

  /**
   * Registers (or takes over) the path of `owner`, a consumer of route `routeId` that now serves `route`: its own
   * registration if it had one, else the one of an earlier version of the route, else a pending one for the same path
   * left by a route stopped during the swap. Requests waiting on it are routed again.
   */
  attach(owner: object, routeId: string, path: string, settings: PlatformHttpSettings, route: RouteHandle): void {
    const pattern = new PathPattern(path, settings.matchOnUriPrefix);
    const taken =
      this.registrations.find((r) => r.owner === owner) ??
      this.registrations.find((r) => r.routeId === routeId) ??
      this.claimable(pattern, settings);
    if (taken === undefined) {
      this.registrations.push({ owner, routeId, pattern, settings, route, leaving: false, expiry: undefined });
      return;
    }
    taken.expiry?.cancel();
    Object.assign(taken, { owner, routeId, pattern, settings, route, leaving: false, expiry: undefined });
    this.reroute(taken);
  }

  private claimable(pattern: PathPattern, settings: PlatformHttpSettings): Registration | undefined {
    const leaving = this.registrations.filter((r) => r.leaving && r.pattern.key === pattern.key);
    const methods = (s: PlatformHttpSettings): string => [...(s.methods ?? [])].sort().join(',');
    return leaving.find((r) => methods(r.settings) === methods(settings)) ?? leaving[0];
  }

  /** `owner`'s route is replaced (dev mode): its registration stays, pending, for the next version of the route. */
  handOver(owner: object): void {
    const registration = this.registrations.find((r) => r.owner === owner);
    if (registration !== undefined) this.pend(registration, false);
  }

  /** `owner` stopped: its path is removed (at the end of the swap when one is running). */
  detach(owner: object): void {
    const registration = this.registrations.find((r) => r.owner === owner);
    if (registration === undefined) return;
    if (this.swaps > 0) this.pend(registration, true);
    else this.remove(registration);
  }

  private pend(registration: Registration, leaving: boolean): void {
    registration.route = undefined;
    registration.leaving = leaving;
    registration.expiry?.cancel();
    registration.expiry =
      this.swaps > 0
        ? undefined
        : this.clock.setTimeout(() => {
            this.remove(registration);
          }, this.drainTimeoutMs);
  }

  /** `owner`'s route may take exchanges again (resumed, or below `maxInflight`): its waiting requests go on. */
  wake(owner: object): void {
    const registration = this.registrations.find((r) => r.owner === owner);
    if (registration !== undefined) this.reroute(registration);
  }

  /** A swap of routes begins (dev mode): stopped consumers leave their paths pending until `endSwap`. */
  beginSwap(): void {
    this.swaps += 1;
  }

  /** The swap is over: pending registrations nobody took over are removed, and their waiting requests get 503. */
  endSwap(): void {
    this.swaps = Math.max(0, this.swaps - 1);
    if (this.swaps > 0) return;
    for (const registration of this.registrations.filter((r) => r.route === undefined)) this.remove(registration);
  }

  private remove(registration: Registration): void {
    const at = this.registrations.indexOf(registration);
    if (at >= 0) this.registrations.splice(at, 1);
    registration.expiry?.cancel();
    for (const [ticket, w] of [...this.waiting]) {
      if (w.registration === registration) this.finish(ticket, { kind: 'refuse', status: 503 });
    }
  }

  /** Routes a request: delivers its outcome now, or once the route it waits for is back (or 503 after the timeout). */
  dispatch(ticket: HttpTicket): void {
    const choice = this.choose(ticket);
    if (choice.kind === 'wait') this.wait(ticket, choice.registration);
    else this.finish(ticket, choice);
  }

  private choose(ticket: HttpTicket): RouteOutcome | { readonly kind: 'wait'; readonly registration: Registration } {
    const candidates: Candidate[] = [];
    for (const registration of this.registrations) {
      const match = registration.pattern.match(ticket.segments);
      if (match !== undefined) candidates.push({ registration, match });
    }
    if (candidates.length === 0) return { kind: 'refuse', status: 404 };
    candidates.sort(byRank);
    const best = candidates.find((c) => c.registration.settings.methods?.has(ticket.method) ?? true);
    if (best === undefined) {
      const allow = new Set(candidates.flatMap((c) => [...(c.registration.settings.methods ?? [])]));
      return { kind: 'refuse', status: 405, allow: [...allow].sort() };
    }
    const { registration, match } = best;
    const { settings, route } = registration;
    if (!consumable(settings.consumes, ticket.contentType, ticket.hasBody)) return { kind: 'refuse', status: 415 };
    if (!acceptable(settings.producesType, ticket.accept)) return { kind: 'refuse', status: 406 };
    // hasRoom() also marks the route as waited on, so that it calls resume (→ wake) once it has room.
    if (route === undefined || !route.accepting || !route.hasRoom()) return { kind: 'wait', registration };
    return { kind: 'serve', route, settings, params: match.params };
  }

  private wait(ticket: HttpTicket, registration: Registration): void {
    const waiting = this.waiting.get(ticket);
    if (waiting !== undefined) {
      waiting.registration = registration;
      return;
    }
    const timer = this.clock.setTimeout(() => {
      this.finish(ticket, { kind: 'refuse', status: 503 });
    }, this.drainTimeoutMs);
    this.waiting.set(ticket, { registration, timer });
  }

  /** Routes again the requests waiting on `registration`, oldest first. */
  private reroute(registration: Registration): void {
    const tickets = [...this.waiting].filter(([, w]) => w.registration === registration).map(([t]) => t);
    for (const ticket of tickets) {
      // A request served meanwhile (a route that completed synchronously and woke this table again) is skipped.
      if (this.waiting.has(ticket)) this.dispatch(ticket);
    }
  }

  private finish(ticket: HttpTicket, outcome: RouteOutcome): void {
    const waiting = this.waiting.get(ticket);
    if (waiting !== undefined) {
      waiting.timer.cancel();
      this.waiting.delete(ticket);
    }
    ticket.deliver(outcome);
  }

  /** Answers every waiting request with 503 and forgets every registration (the server is closing). */
  close(): void {
    for (const ticket of [...this.waiting.keys()]) this.finish(ticket, { kind: 'refuse', status: 503 });
    for (const registration of this.registrations) registration.expiry?.cancel();
    this.registrations.length = 0;
  }
}
