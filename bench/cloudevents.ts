/**
 * CloudEvents HTTP codec benchmark. Prints, and writes to bench/results/cloudevents.json:
 * - the headline: HTTP binary-mode decode + encode round trips per second of a 1 KB event (headers + JSON body of
 *   about 1,024 bytes on the wire, with a percent-encoded subject and a sub-millisecond `time`), on one thread;
 * - for context: decode only, encode only, the same with `rawData` (body kept as bytes, as an intermediary would),
 *   and structured mode.
 * Each figure is the median of 5 rounds of 1 s after a warm-up. Run when `uptime` load is < 1.5 (2 shared cores):
 * `npx tsx bench/cloudevents.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';

import { fromHttp, toHttp, type CloudEvent, type HttpMessage } from '../src/mesh/cloudevents/index.js';
import { machineFacts, median } from './machine.js';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 5;
const ROUND_SECONDS = 1;

function wireSize(message: HttpMessage): number {
  let size = typeof message.body === 'string' ? Buffer.byteLength(message.body) : message.body.byteLength;
  for (const [name, value] of Object.entries(message.headers)) size += name.length + value.length + 4;
  return size;
}

/** An event whose binary-mode HTTP message is `targetBytes` long (within a few bytes). */
function eventOfSize(targetBytes: number): CloudEvent {
  const event: CloudEvent = {
    specversion: '1.0',
    id: '7f1c6a38-2b1e-4c0f-9d55-6c1d2f0b9a41',
    source: 'https://orders.example.com/eu-west-1/checkout',
    type: 'com.example.orders.order.placed.v2',
    subject: 'order/Größe 42 – 100% "café"',
    time: '2026-11-23T10:15:30.123456789+01:00',
    datacontenttype: 'application/json',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    partitionkey: 'customer-1234567',
    sampledrate: 1,
    data: { orderId: 'A-1000234', customer: { id: 'customer-1234567', tier: 'gold' }, items: [] as unknown[] },
  };
  const items = (event.data as { items: unknown[] }).items;
  for (let i = 0; wireSize(toHttp(event)) < targetBytes - 60; i++) {
    items.push({ sku: `SKU-${String(10000 + i)}`, qty: (i % 3) + 1, price: 19.99 + i });
  }
  const deficit = targetBytes - wireSize(toHttp(event));
  if (deficit > 10) (event.data as { note?: string }).note = 'x'.repeat(deficit - 10); // ,"note":"…"
  return event;
}

function opsPerSecond(op: () => void): number {
  for (let i = 0; i < 20_000; i++) op();
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let ops = 0;
    const start = performance.now();
    const deadline = start + ROUND_SECONDS * 1000;
    while (performance.now() < deadline) {
      for (let i = 0; i < 200; i++) op();
      ops += 200;
    }
    rates.push(ops / ((performance.now() - start) / 1000));
  }
  return Math.round(median(rates));
}

const loadBefore = loadavg()[0] ?? 0;
if (loadBefore >= 1.5) console.warn(`warning: load average ${loadBefore.toFixed(2)} >= 1.5; figures will be low`);

const event = eventOfSize(1024);
const extensionTypes = { sampledrate: 'Integer' } as const;
const binary = toHttp(event);
const structured = toHttp(event, { mode: 'structured' });
const check = fromHttp(binary, { extensionTypes })[0];
if (!isDeepStrictEqual(check, event)) throw new Error('round trip changed the event');

const results = {
  binaryDecodeEncode: opsPerSecond(() => {
    const [decoded] = fromHttp(binary, { extensionTypes });
    if (decoded !== undefined) toHttp(decoded, { extensionTypes });
  }),
  binaryDecode: opsPerSecond(() => fromHttp(binary, { extensionTypes })),
  binaryEncode: opsPerSecond(() => toHttp(event, { extensionTypes })),
  binaryRawDataDecodeEncode: opsPerSecond(() => {
    const [decoded] = fromHttp(binary, { extensionTypes, rawData: true });
    if (decoded !== undefined) toHttp(decoded, { extensionTypes });
  }),
  structuredDecodeEncode: opsPerSecond(() => {
    const [decoded] = fromHttp(structured, { extensionTypes });
    if (decoded !== undefined) toHttp(decoded, { mode: 'structured', extensionTypes });
  }),
};

const result = {
  benchmark: 'cloudevents',
  date: new Date().toISOString().slice(0, 10),
  machine: machineFacts(),
  loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number((loadavg()[0] ?? 0).toFixed(2)) },
  event: {
    binaryWireBytes: wireSize(binary),
    structuredWireBytes: wireSize(structured),
    headers: Object.keys(binary.headers).length,
  },
  method: `median of ${String(ROUNDS)} rounds of ${String(ROUND_SECONDS)} s, one thread, after 20,000 warm-up operations`,
  opsPerSecond: results,
};
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'cloudevents.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `cloudevents: HTTP binary decode+encode of a ${String(result.event.binaryWireBytes)}-byte event: ` +
    `${String(results.binaryDecodeEncode)} round trips/s`,
);
console.log(
  `  decode ${String(results.binaryDecode)}/s, encode ${String(results.binaryEncode)}/s, ` +
    `rawData decode+encode ${String(results.binaryRawDataDecodeEncode)}/s, structured decode+encode ` +
    `${String(results.structuredDecodeEncode)}/s`,
);
