/**
 * Property tests: arbitrary valid events survive every binding in every mode. Events are generated in the canonical
 * in-memory form of `model.ts` (bytes, JSON values with JSON or no content type, strings with textual types); the
 * one documented change is the binary modes making an implied `application/json` explicit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fromAmqp, toAmqp } from './amqp.js';
import { fromHttp, toHttp, toHttpBatch } from './http.js';
import { fromKafka, toKafka } from './kafka.js';
import { CORE_ATTRIBUTE_TYPES, type AttributeType, type CloudEvent, type ExtensionTypes } from './model.js';
import { isValidString, validate } from './validate.js';

const RUNS = { numRuns: 300 };

/** A valid CloudEvents String: any Unicode but control characters and noncharacters. */
const ceString = (minLength = 0): fc.Arbitrary<string> =>
  fc.string({ unit: 'binary', minLength, maxLength: 30 }).filter(isValidString);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** RFC 3339 timestamps: any precision, `Z`/`z`, `-00:00` and other offsets, lower-case `t`. */
const timestamp = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
    t: fc.constantFrom('T', 't'),
    offset: fc.oneof(
      fc.constantFrom('Z', 'z', '-00:00'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(
    (p) =>
      `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}${p.t}${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
      `${p.fraction === undefined ? '' : `.${p.fraction}`}${p.offset}`,
  );

const absoluteUri = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  fc.constantFrom('urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66', 'mailto:a@example.com', 'tag:x.org,2024:a'),
);
const uriReference = fc
  .oneof(
    absoluteUri,
    fc.webUrl({ withFragments: true, withQueryParameters: true }),
    fc.webPath(),
    fc.constantFrom('/sensors/tn-1234567/alerts', '1-555-123-4567', '../up?q=1#frag', '//host/p'),
  )
  .filter((s) => s !== '');

/** An extension value with its type. */
const extension: fc.Arbitrary<{ type: AttributeType; value: string | number | boolean | Uint8Array }> = fc.oneof(
  ceString().map((value) => ({ type: 'String' as const, value })),
  fc.integer({ min: -2147483648, max: 2147483647 }).map((value) => ({ type: 'Integer' as const, value })),
  fc.boolean().map((value) => ({ type: 'Boolean' as const, value })),
  fc.uint8Array({ maxLength: 20 }).map((value) => ({ type: 'Binary' as const, value })),
  absoluteUri.map((value) => ({ type: 'URI' as const, value })),
  uriReference.map((value) => ({ type: 'URI-reference' as const, value })),
  timestamp.map((value) => ({ type: 'Timestamp' as const, value })),
);

const extensionName = fc.stringMatching(/^[a-z0-9]{1,20}$/).filter((n) => !(n in CORE_ATTRIBUTE_TYPES) && n !== 'data');

/** JSON values as JSON can carry them (`-0` has no JSON form: it is written as `0`). */
const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** `datacontenttype` and `data` together, in canonical form; data never empty (an empty HTTP body is no data). */
const payload: fc.Arbitrary<{ datacontenttype?: string; data?: unknown }> = fc.oneof(
  fc.constant({}),
  fc.record({ datacontenttype: fc.constantFrom('application/json', 'text/plain') }),
  fc.record({ data: jsonValue }),
  fc.record({
    datacontenttype: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/vnd.api+json'),
    data: jsonValue,
  }),
  fc.record({
    datacontenttype: fc.constantFrom(
      'text/plain',
      'text/csv; charset=UTF-8',
      'application/xml',
      'application/x-y; charset=utf-8',
    ),
    data: fc.string({ unit: 'binary', minLength: 1, maxLength: 50 }),
  }),
  fc.record(
    {
      datacontenttype: fc.constantFrom('application/octet-stream', 'image/png', 'application/vnd.apache.thrift.binary'),
      data: fc.uint8Array({ minLength: 1, maxLength: 50 }),
    },
    { requiredKeys: ['data'] },
  ),
);

interface Generated {
  event: CloudEvent;
  extensionTypes: ExtensionTypes;
}

const event: fc.Arbitrary<Generated> = fc
  .record(
    {
      id: ceString(1),
      source: uriReference,
      type: ceString(1),
      dataschema: absoluteUri,
      subject: ceString(1),
      time: timestamp,
      extensions: fc.dictionary(extensionName, extension, { maxKeys: 5 }),
      payload,
    },
    { requiredKeys: ['id', 'source', 'type', 'extensions', 'payload'] },
  )
  .map(({ extensions, payload: p, ...attributes }) => {
    const result: CloudEvent = { specversion: '1.0', ...attributes };
    const extensionTypes: Record<string, AttributeType> = {};
    for (const [name, ext] of Object.entries(extensions)) {
      result[name] = ext.value;
      extensionTypes[name] = ext.type;
    }
    Object.assign(result, p);
    return { event: result, extensionTypes };
  });

/** What a binary mode gives back: an implied `application/json` becomes explicit. */
function afterBinaryMode(e: CloudEvent): CloudEvent {
  const isJsonValue = e.data !== undefined && !(e.data instanceof Uint8Array);
  return isJsonValue && e.datacontenttype === undefined ? { ...e, datacontenttype: 'application/json' } : e;
}

describe('generated events', () => {
  it('are valid', () => {
    fc.assert(
      fc.property(event, ({ event: e, extensionTypes }) => {
        expect(validate(e, { extensionTypes }).filter((p) => p.severity === 'error')).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('HTTP: fromHttp(toHttp(e)) equals e', () => {
  it('binary mode', () => {
    fc.assert(
      fc.property(event, ({ event: e, extensionTypes }) => {
        expect(fromHttp(toHttp(e, { mode: 'binary', extensionTypes }), { extensionTypes })).toEqual([
          afterBinaryMode(e),
        ]);
      }),
      RUNS,
    );
  });

  it('structured mode', () => {
    fc.assert(
      fc.property(event, ({ event: e, extensionTypes }) => {
        expect(fromHttp(toHttp(e, { mode: 'structured', extensionTypes }), { extensionTypes })).toEqual([e]);
      }),
      RUNS,
    );
  });

  it('binary mode, body handed over as bytes (as an HTTP server reads it)', () => {
    fc.assert(
      fc.property(event, ({ event: e, extensionTypes }) => {
        const { headers, body } = toHttp(e, { extensionTypes });
        const bytes = typeof body === 'string' ? Buffer.from(body) : body;
        expect(fromHttp({ headers, body: bytes }, { extensionTypes })).toEqual([afterBinaryMode(e)]);
      }),
      RUNS,
    );
  });

  it('batched mode', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 5 }), (generated) => {
        const extensionTypes = Object.assign({}, ...generated.map((g) => g.extensionTypes)) as ExtensionTypes;
        const events = generated.map((g) => g.event);
        // Different events may declare one extension name with different types; keep batches where they agree.
        fc.pre(events.every((e) => validate(e, { extensionTypes }).every((p) => p.severity !== 'error')));
        expect(fromHttp(toHttpBatch(events, { extensionTypes }), { extensionTypes })).toEqual(events);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Kafka and AMQP round trips', () => {
  it('Kafka binary and structured', () => {
    fc.assert(
      fc.property(event, ({ event: e, extensionTypes }) => {
        expect(fromKafka(toKafka(e, { extensionTypes }), { extensionTypes })).toEqual(afterBinaryMode(e));
        expect(fromKafka(toKafka(e, { mode: 'structured', extensionTypes }), { extensionTypes })).toEqual(e);
      }),
      RUNS,
    );
  });

  it('AMQP binary (both prefixes) and structured', () => {
    fc.assert(
      fc.property(
        event,
        fc.constantFrom('cloudEvents_', 'cloudEvents:' as const),
        ({ event: e, extensionTypes }, prefix) => {
          expect(fromAmqp(toAmqp(e, { prefix, extensionTypes }), { extensionTypes })).toEqual(afterBinaryMode(e));
          expect(fromAmqp(toAmqp(e, { mode: 'structured', extensionTypes }), { extensionTypes })).toEqual(e);
        },
      ),
      RUNS,
    );
  });
});
