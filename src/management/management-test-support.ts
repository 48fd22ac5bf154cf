/**
 * Shared by the management server's tests (not a test itself, and no dependency of the server): a {@link FakeView}
 * whose routes, reloads and readiness a test sets by hand, and servers that are closed after each test.
 */
import { afterEach } from 'vitest';

import type { RouteView, RuntimeView } from '../run/runtime-view.js';
import { startManagementServer, type ManagementServer, type ManagementServerOptions } from './server.js';

/** A route as a test wants it: `id` plus whatever differs from a started, idle route from `timer:<id>`. */
export function routeView(id: string, overrides: Partial<RouteView> = {}): RouteView {
  return {
    id,
    from: `timer://${id}`,
    state: 'Started',
    uptimeMs: 1_000,
    total: 0,
    failed: 0,
    inflight: 0,
    lastError: undefined,
    reloads: 0,
    ...overrides,
  };
}

/** A {@link RuntimeView} a test drives: every method reads the public fields at call time. */
export class FakeView implements RuntimeView {
  readonly name = 'demo';
  readonly startedAt = 1_700_000_000_000;
  routeList: RouteView[] = [routeView('a')];
  reloadCount = 0;
  isReady = true;
  routesError: Error | undefined;

  routes(): readonly RouteView[] {
    if (this.routesError !== undefined) throw this.routesError;
    return this.routeList;
  }
  reloads(): number {
    return this.reloadCount;
  }
  ready(): boolean {
    return this.isReady;
  }
}

/** A time a test advances by hand. */
export class FakeClock {
  constructor(public t = 0) {}
  readonly now = (): number => this.t;
}

const started: ManagementServer[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

/** Starts a server on an ephemeral loopback port; it is closed after the test. */
export async function serve(options: Omit<ManagementServerOptions, 'port'>): Promise<ManagementServer> {
  const server = await startManagementServer({ port: 0, ...options });
  started.push(server);
  return server;
}

/** A response as the tests check it. */
export interface Got {
  readonly status: number;
  readonly contentType: string | null;
  readonly headers: Headers;
  readonly text: string;
}

/** Makes a real HTTP request to `server` and reads the whole body. */
export async function get(server: ManagementServer, path: string, method = 'GET'): Promise<Got> {
  const res = await fetch(`${server.url}${path}`, { method });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    headers: res.headers,
    text: await res.text(),
  };
}

/** The value of the sample `name{labels}` in Prometheus text (labels as written, e.g. `route="a"`), or undefined. */
export function sample(body: string, name: string, labels = ''): number | undefined {
  const prefix = labels === '' ? `${name} ` : `${name}{${labels}} `;
  const line = body.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(prefix.length));
}
