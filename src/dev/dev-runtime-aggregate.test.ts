/**
 * Dev mode and the aggregate EIP: when a save replaces a route that holds open aggregation groups, the old version
 * completes them (`CamelAggregatedCompletedBy=force`) and sends them on before the new version takes over, which
 * starts with no groups; the reload line says how many groups were completed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Exchange } from '../api/exchange.js';
import { DevRuntime } from './dev-runtime.js';
import { sendDirect } from './dev-test-support.js';

let dir: string;
let dev: DevRuntime | undefined;
let logs: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drom-dev-aggregate-'));
  logs = [];
});
afterEach(async () => {
  await dev?.runtime.stop(1000);
  dev = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A route from direct:in aggregating bodies by header `k` until `size` messages, then to mock:out. */
const aggregating = (size: number): string => `- route:
    id: agg
    from:
      uri: direct:in
      steps:
        - aggregate:
            correlationExpression:
              header: k
            aggregationStrategy: "#class:org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy"
            completionSize: ${String(size)}
            steps:
              - to: mock:out
`;

function start(text: string): DevRuntime {
  writeFileSync(join(dir, 'agg.camel.yaml'), text);
  dev = new DevRuntime({
    paths: [dir],
    cwd: dir,
    properties: {},
    write: (line) => logs.push(line.trimEnd()),
    drainTimeoutMs: 1000,
  });
  return dev;
}

const send = (d: DevRuntime, body: unknown, k: string): Promise<Exchange> => sendDirect(d, 'in', body, { k });

/** What mock:out received: bodies (lists copied) with how each group completed. */
function received(d: DevRuntime): { body: unknown; by: unknown; key: unknown }[] {
  const out = d.endpointFactory?.mocks.get('out');
  if (out === undefined) throw new Error('no endpoints');
  return out.received.map((e) => ({
    body: Array.isArray(e.body) ? [...(e.body as unknown[])] : e.body,
    by: e.properties.get('CamelAggregatedCompletedBy'),
    key: e.properties.get('CamelAggregatedCorrelationKey'),
  }));
}

describe('dev mode reloads with aggregation groups open', () => {
  it('completes the replaced route’s open groups by force, then the new version aggregates afresh', async () => {
    const d = start(aggregating(100));
    expect((await d.reload()).ok).toBe(true);
    const old = d.runtime.route('agg');
    for (const [body, k] of [
      ['a1', 'a'],
      ['b1', 'b'],
      ['a2', 'a'],
    ] as const) {
      expect((await send(d, body, k)).exception).toBeUndefined();
    }
    expect(received(d)).toEqual([]);

    writeFileSync(join(dir, 'agg.camel.yaml'), aggregating(2));
    const outcome = await d.reload();
    expect(outcome).toMatchObject({ ok: true, changed: ['agg'], forceCompleted: 2 });
    expect(logs.at(-1)).toMatch(
      /Reloaded in \d+ ms: added 0, changed 1 \(agg\), removed 0, kept 0; completed 2 aggregation groups of the replaced routes$/,
    );
    expect(old?.state).toBe('Stopped');
    // The groups went through the old version's steps before the reload finished.
    expect(received(d)).toEqual([
      { body: ['a1', 'a2'], by: 'force', key: 'a' },
      { body: ['b1'], by: 'force', key: 'b' },
    ]);

    await send(d, 'a3', 'a');
    await send(d, 'a4', 'a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(received(d).slice(2)).toEqual([{ body: ['a3', 'a4'], by: 'size', key: 'a' }]);
    // Nothing of the old groups is left in the new version: 'b' starts a new group of one.
    await send(d, 'b2', 'b');
    expect(d.runtime.route('agg')).not.toBe(old);
    expect(received(d)).toHaveLength(3);
  });
});
