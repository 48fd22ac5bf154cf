import { describe, expect, it } from 'vitest';

import { fromKafka, partitionKeyMapper, toKafka } from './kafka.js';
import type { CloudEvent } from './model.js';
import { error } from './test-support.js';

const base: CloudEvent = {
  specversion: '1.0',
  id: '1234-1234-1234',
  source: '/mycontext/subcontext',
  type: 'com.example.someevent',
};
const bin = new Uint8Array([0, 1, 2, 255]);

describe('Kafka binary mode', () => {
  const event: CloudEvent = {
    ...base,
    time: '2018-04-05T03:56:24.123456+02:00',
    subject: 'Euro € 😀 100% "q"',
    count: 7,
    ok: true,
    datacontenttype: 'application/avro',
    data: bin,
  };

  it('maps attributes to ce_ headers (UTF-8 strings, not percent-encoded), datacontenttype to content-type', () => {
    const record = toKafka(event);
    expect(record.headers).toEqual({
      'content-type': 'application/avro',
      ce_specversion: '1.0',
      ce_id: '1234-1234-1234',
      ce_source: '/mycontext/subcontext',
      ce_type: 'com.example.someevent',
      ce_time: '2018-04-05T03:56:24.123456+02:00',
      ce_subject: 'Euro € 😀 100% "q"',
      ce_count: '7',
      ce_ok: 'true',
    });
    expect(record.value).toEqual(bin);
    expect(record).not.toHaveProperty('key');
  });

  it('reads the record back, typed by the declared extension types', () => {
    expect(fromKafka(toKafka(event), { extensionTypes: { count: 'Integer', ok: 'Boolean' } })).toEqual(event);
  });

  it('reads header values given as Buffers (as kafkajs delivers them)', () => {
    const headers = Object.fromEntries(Object.entries(toKafka(event).headers).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromKafka({ key: null, value: Buffer.from(bin), headers }).subject).toBe('Euro € 😀 100% "q"');
  });

  it('an event without data is a record without value: a tombstone', () => {
    const record = toKafka(base);
    expect(record.value).toBeNull();
    expect(fromKafka(record)).toEqual(base);
    expect(fromKafka({ ...record, value: undefined })).toEqual(base);
  });

  it('an empty value is empty data, distinct from no value', () => {
    const event = { ...base, datacontenttype: 'text/plain', data: '' };
    expect(toKafka(event).value?.byteLength).toBe(0);
    expect(fromKafka(toKafka(event))).toEqual(event);
  });

  it('writes JSON data as UTF-8 JSON text and parses it back', () => {
    const event = { ...base, datacontenttype: 'application/json', data: { a: 'é' } };
    expect(Buffer.from(toKafka(event).value ?? []).toString('utf8')).toBe('{"a":"é"}');
    expect(fromKafka(toKafka(event))).toEqual(event);
  });

  it('rejects invalid UTF-8 in a header, a repeated header, and ce_datacontenttype', () => {
    const headers = { ...toKafka(base).headers };
    expect(error(() => fromKafka({ value: null, headers: { ...headers, ce_x: Buffer.from([0xc0, 0xa0]) } })).code).toBe(
      'CE_MALFORMED_MESSAGE',
    );
    expect(error(() => fromKafka({ value: null, headers: { ...headers, ce_x: ['a', 'b'] } })).code).toBe(
      'CE_DUPLICATE_ATTRIBUTE',
    );
    expect(error(() => fromKafka({ value: null, headers: { ...headers, ce_datacontenttype: 'a/b' } })).code).toBe(
      'CE_CONTENT_TYPE_CONFLICT',
    );
  });

  it('reports missing attributes and bad names', () => {
    expect(error(() => fromKafka({ value: null, headers: { ce_id: '1' } })).problems.map((p) => p.attribute)).toEqual([
      'specversion',
      'source',
      'type',
    ]);
    expect(error(() => fromKafka({ value: null, headers: { ...toKafka(base).headers, CE_ID: '2' } })).at).toBe('ID');
  });
});

describe('Kafka key mapping', () => {
  const event: CloudEvent = { ...base, partitionkey: 'customer-42' };

  it('sets no key by default, the user-provided key when given', () => {
    expect(toKafka(event)).not.toHaveProperty('key');
    expect(toKafka(event, { key: 'mykey' }).key).toBe('mykey');
    expect(toKafka(event, { key: null }).key).toBeNull();
  });

  it('the opt-in partitionkey mapper keys the record and leaves partitionkey on the event', () => {
    const record = toKafka(event, { key: partitionKeyMapper });
    expect(record.key).toBe('customer-42');
    expect(record.headers['ce_partitionkey']).toBe('customer-42');
    expect(event['partitionkey']).toBe('customer-42');
    expect(toKafka(base, { key: partitionKeyMapper })).not.toHaveProperty('key');
  });

  it('never reads the record key into the event', () => {
    const decoded = fromKafka({ ...toKafka(base), key: 'out-of-band' });
    expect(decoded).toEqual(base);
    expect(decoded).not.toHaveProperty('partitionkey');
  });

  it('a custom mapper may use anything but the event is not modified', () => {
    const record = toKafka(event, { key: (e) => Buffer.from(e.id) });
    expect(Buffer.from(record.key as Uint8Array).toString()).toBe('1234-1234-1234');
  });
});

describe('Kafka structured mode', () => {
  it('writes the JSON format with the content-type header, never a tombstone', () => {
    const record = toKafka(base, { mode: 'structured' });
    expect(record.headers).toEqual({ 'content-type': 'application/cloudevents+json; charset=UTF-8' });
    expect(record.value).not.toBeNull();
    expect(JSON.parse(Buffer.from(record.value ?? []).toString())).toEqual(base);
    expect(fromKafka(record)).toEqual(base);
  });

  it('detects structured mode case-insensitively (header name and value)', () => {
    const value = Buffer.from(JSON.stringify({ ...base, data_base64: 'AAEC/w==' }));
    expect(fromKafka({ value, headers: { 'Content-Type': 'APPLICATION/CLOUDEVENTS+JSON' } }).data).toEqual(bin);
  });

  it('rejects a structured record without value, a batch, other formats', () => {
    const structured = { 'content-type': 'application/cloudevents+json' };
    expect(error(() => fromKafka({ value: null, headers: structured })).code).toBe('CE_MALFORMED_MESSAGE');
    expect(
      error(() => fromKafka({ value: '[]', headers: { 'content-type': 'application/cloudevents-batch+json' } })).code,
    ).toBe('CE_UNSUPPORTED_FORMAT');
    expect(
      error(() => fromKafka({ value: 'x', headers: { 'content-type': 'application/cloudevents+avro' } })).code,
    ).toBe('CE_UNSUPPORTED_FORMAT');
  });

  it('applies maxEventBytes', () => {
    const event = { ...base, datacontenttype: 'text/plain', data: 'x'.repeat(100) };
    expect(error(() => toKafka(event, { maxEventBytes: 100 })).code).toBe('CE_EVENT_TOO_LARGE');
    expect(error(() => fromKafka(toKafka(event), { maxEventBytes: 100 })).code).toBe('CE_EVENT_TOO_LARGE');
  });
});
