/**
 * The runtime: a set of routes started in Camel's order and stopped together. Routes start by `startupOrder` (lowest
 * first; routes without one after, in definition order) unless `autoStartup` is false; they stop in reverse order,
 * each draining its in-flight exchanges within the shutdown timeout.
 */
import type { Route } from './route.js';

/** A route with its start-up settings. */
export interface RouteEntry {
  readonly route: Route;
  readonly autoStartup?: boolean;
  readonly startupOrder?: number;
}

/** The outcome of a stop. */
export interface StopResult {
  /** Routes that still had exchanges in progress when the timeout passed. */
  readonly undrained: string[];
}

/** Routes running together in one process. */
export class Runtime {
  private readonly entries: RouteEntry[];

  constructor(entries: readonly RouteEntry[]) {
    this.entries = [...entries];
  }

  /** The routes in start-up order. */
  startupOrder(): RouteEntry[] {
    const ordered = this.entries.filter((e) => e.startupOrder !== undefined);
    ordered.sort((a, b) => (a.startupOrder ?? 0) - (b.startupOrder ?? 0));
    return [...ordered, ...this.entries.filter((e) => e.startupOrder === undefined)];
  }

  /** Every route, in definition order. */
  routes(): Route[] {
    return this.entries.map((e) => e.route);
  }

  /** Adds a route (dev mode); it is not started. */
  add(entry: RouteEntry): void {
    this.entries.push(entry);
  }

  /** Removes a route (dev mode) that has been stopped; does nothing for a route it does not hold. */
  remove(route: Route): void {
    const i = this.entries.findIndex((e) => e.route === route);
    if (i >= 0) this.entries.splice(i, 1);
  }

  /** The route with this id. */
  route(id: string): Route | undefined {
    return this.entries.find((e) => e.route.id === id)?.route;
  }

  /** Starts every route whose `autoStartup` is not false; returns the ones started, in order. */
  start(): Route[] {
    const started: Route[] = [];
    for (const entry of this.startupOrder()) {
      if (entry.autoStartup === false) continue;
      entry.route.start();
      started.push(entry.route);
    }
    return started;
  }

  /**
   * Stops every route: first every consumer (last started first), so no new exchange enters while others drain; then
   * each route drains what is in flight, all within one deadline of `timeoutMs`.
   */
  async stop(timeoutMs = 30_000): Promise<StopResult> {
    const ordered = this.startupOrder().reverse();
    for (const entry of ordered) await entry.route.stopConsumer();
    const deadline = Date.now() + timeoutMs;
    const undrained: string[] = [];
    for (const entry of ordered) {
      if (!(await entry.route.stop(Math.max(0, deadline - Date.now())))) undrained.push(entry.route.id);
    }
    return { undrained };
  }
}
