/** Shared by the aggregate test files: a route template, what the mock received, sending a batch. */
import type { RouteKit } from '../../test/kit/route-kit.js';
import type { Exchange } from '../api/exchange.js';
import { route } from './eip-test-support.js';

export const PKG = 'org.apache.camel.processor.aggregate';
export const BODIES = `#class:${PKG}.GroupedBodyAggregationStrategy`;

/**
 * A route whose aggregate groups by header `k`, with `options` (YAML: the first line as is, later lines written with
 * 8 spaces before the option level) and mock:out as its steps; `after` is a step after the aggregate.
 */
export function aggregateRoute(options: string, after = ''): string {
  const lines = options.split('\n').map((l, i) => `    ${i === 0 ? l : l.replace(/^ {8}/, '')}`);
  return route(
    [
      '- aggregate:',
      '    correlationExpression:',
      '      header: k',
      ...lines,
      '    steps:',
      '      - to: mock:out',
      after,
    ].join('\n'),
  );
}

/** One exchange the mock received: its body and the aggregate's properties. */
export interface Outcome {
  readonly body: unknown;
  readonly by: unknown;
  readonly size: unknown;
  readonly key: unknown;
}

/** What the mock received, one outcome per exchange. */
export function outcomes(kit: RouteKit): Outcome[] {
  return kit.mock('out').received.map((e) => ({
    body: Array.isArray(e.body) ? [...(e.body as unknown[])] : e.body,
    by: e.properties.get('CamelAggregatedCompletedBy'),
    size: e.properties.get('CamelAggregatedSize'),
    key: e.properties.get('CamelAggregatedCorrelationKey'),
  }));
}

export async function sendAll(
  kit: RouteKit,
  messages: readonly (readonly [unknown, string | undefined])[],
): Promise<Exchange[]> {
  const sent: Exchange[] = [];
  for (const [body, k] of messages) sent.push(await kit.send('direct:in', body, k === undefined ? {} : { k }));
  return sent;
}

/** Lets the completed groups (sent on a later turn of the event loop) go through the steps. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
