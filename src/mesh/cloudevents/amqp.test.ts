import { describe, expect, it } from 'vitest';

import { fromAmqp, toAmqp } from './amqp.js';
import type { CloudEvent } from './model.js';
import { error } from './test-support.js';

const base: CloudEvent = {
  specversion: '1.0',
  id: '1234-1234-1234',
  source: '/mycontext/subcontext',
  type: 'com.example.someevent',
};
const bin = new Uint8Array([0, 1, 2, 255]);

describe('AMQP binary mode', () => {
  const event: CloudEvent = {
    ...base,
    time: '2018-04-05T03:56:24.123456789-03:00',
    subject: 'Euro € 😀',
    count: 42,
    ok: false,
    sig: bin,
    datacontenttype: 'application/json; charset=utf-8',
    data: { a: 1 },
  };

  it('writes cloudEvents_ application properties with AMQP types and time as its verbatim string', () => {
    const message = toAmqp(event);
    expect(message.properties).toEqual({ contentType: 'application/json; charset=utf-8' });
    expect(message.applicationProperties).toEqual({
      cloudEvents_specversion: '1.0',
      cloudEvents_id: '1234-1234-1234',
      cloudEvents_source: '/mycontext/subcontext',
      cloudEvents_type: 'com.example.someevent',
      cloudEvents_time: '2018-04-05T03:56:24.123456789-03:00',
      cloudEvents_subject: 'Euro € 😀',
      cloudEvents_count: 42,
      cloudEvents_ok: false,
      cloudEvents_sig: Buffer.from(bin),
    });
    expect(Buffer.isBuffer(message.applicationProperties['cloudEvents_sig'])).toBe(true);
    expect(Buffer.from(message.body ?? []).toString()).toBe('{"a":1}');
  });

  it('reads the message back to the same event (native types need no declared types)', () => {
    expect(fromAmqp(toAmqp(event))).toEqual(event);
  });

  it('writes cloudEvents: with the 1.0.2 prefix option, and reads it', () => {
    const message = toAmqp(event, { prefix: 'cloudEvents:' });
    expect(Object.keys(message.applicationProperties).every((k) => k.startsWith('cloudEvents:'))).toBe(true);
    expect(fromAmqp(message)).toEqual(event);
  });

  it('writes AMQP timestamps when asked (millisecond precision)', () => {
    const message = toAmqp({ ...base, time: '2018-04-05T03:56:24.123456+02:00' }, { nativeTimestamps: true });
    expect(message.applicationProperties['cloudEvents_time']).toEqual(new Date('2018-04-05T01:56:24.123Z'));
    expect(fromAmqp(message).time).toBe('2018-04-05T01:56:24.123Z');
  });

  it('accepts canonical strings for typed attributes, and other numeric forms', () => {
    const message = {
      properties: {},
      applicationProperties: {
        'cloudEvents:specversion': '1.0',
        'cloudEvents:id': '1',
        'cloudEvents:source': '/s',
        'cloudEvents:type': 't',
        'cloudEvents:time': new Date('2020-01-01T00:00:00Z'),
        'cloudEvents:count': '42',
        'cloudEvents:big': 7n,
        'cloudEvents:ok': 'true',
        'cloudEvents:sig': 'AAEC/w==',
        other: 'not an attribute',
      },
      body: null,
    };
    const decoded = fromAmqp(message, { extensionTypes: { count: 'Integer', ok: 'Boolean', sig: 'Binary' } });
    expect(decoded).toEqual({
      specversion: '1.0',
      id: '1',
      source: '/s',
      type: 't',
      time: '2020-01-01T00:00:00.000Z',
      count: 42,
      big: 7,
      ok: true,
      sig: bin,
    });
  });

  it('an event without data has a null body, and a missing body is no data', () => {
    expect(toAmqp(base).body).toBeNull();
    expect(toAmqp(base).properties).toEqual({});
    expect(fromAmqp({ applicationProperties: toAmqp(base).applicationProperties })).toEqual(base);
  });

  it('rejects mixed prefixes, cloudEvents_datacontenttype and wrong native types', () => {
    const props = toAmqp(base).applicationProperties;
    const mixed = error(() => fromAmqp({ applicationProperties: { ...props, 'cloudEvents:x': 'y' } }));
    expect(mixed.code).toBe('CE_MALFORMED_MESSAGE');
    expect(mixed.message).toContain('cloudEvents:x');
    expect(
      error(() => fromAmqp({ applicationProperties: { ...props, cloudEvents_datacontenttype: 'a/b' } })).code,
    ).toBe('CE_CONTENT_TYPE_CONFLICT');
    expect(error(() => fromAmqp({ applicationProperties: { ...props, cloudEvents_id: 5 } })).at).toBe('id');
    expect(error(() => fromAmqp({ applicationProperties: { ...props, cloudEvents_n: 2 ** 40 } })).at).toBe('n');
    expect(error(() => fromAmqp({ applicationProperties: { ...props, cloudEvents_subject: new Date() } })).at).toBe(
      'subject',
    );
  });
});

describe('AMQP structured mode', () => {
  it('writes the JSON format with its content type and reads it back', () => {
    const event = { ...base, datacontenttype: 'application/octet-stream', data: bin };
    const message = toAmqp(event, { mode: 'structured' });
    expect(message.properties).toEqual({ contentType: 'application/cloudevents+json; charset=UTF-8' });
    expect(message.applicationProperties).toEqual({});
    expect(JSON.parse(Buffer.from(message.body ?? []).toString())).toMatchObject({ data_base64: 'AAEC/w==' });
    expect(fromAmqp(message)).toEqual(event);
  });

  it('reads a string body, rejects a missing body, a batch and other formats', () => {
    expect(
      fromAmqp({ properties: { contentType: 'application/cloudevents+json' }, body: JSON.stringify(base) }),
    ).toEqual(base);
    expect(error(() => fromAmqp({ properties: { contentType: 'application/cloudevents+json' } })).code).toBe(
      'CE_MALFORMED_MESSAGE',
    );
    expect(
      error(() => fromAmqp({ properties: { contentType: 'application/cloudevents-batch+json' }, body: '[]' })).code,
    ).toBe('CE_UNSUPPORTED_FORMAT');
  });
});
