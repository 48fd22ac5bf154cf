/** HTTP batched mode, size limits, and attribute names that exist on Object.prototype. */
import { describe, expect, it } from 'vitest';

import { fromHttp, toHttp, toHttpBatch } from './http.js';
import { base, bin, error } from './test-support.js';
import type { CloudEvent } from './model.js';
import { validate } from './validate.js';

describe('HTTP batched mode', () => {
  const first: CloudEvent = {
    ...base,
    source: '/mycontext/4',
    datacontenttype: 'application/vnd.apache.thrift.binary',
    data: bin,
  };
  const second: CloudEvent = {
    ...base,
    id: 'C234-1234-1234',
    source: '/mycontext/9',
    time: '2018-04-05T17:31:05Z',
    comexampleothervalue: 5,
    datacontenttype: 'application/json',
    data: { appinfoA: 'abc', appinfoB: 123, appinfoC: true },
  };

  it('writes and reads a batch of events', () => {
    const message = toHttpBatch([first, second]);
    expect(message.headers).toEqual({ 'content-type': 'application/cloudevents-batch+json; charset=UTF-8' });
    const json = JSON.parse(message.body as string) as unknown[];
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ data_base64: 'AAEC/f7/' });
    expect(fromHttp(message)).toEqual([first, second]);
  });

  it('an empty batch is []', () => {
    expect(toHttpBatch([]).body).toBe('[]');
    expect(fromHttp({ headers: { 'content-type': 'application/cloudevents-batch+json' }, body: '[]' })).toEqual([]);
  });

  it('rejects a body that is not an array, and names the index of an invalid event', () => {
    const headers = { 'content-type': 'Application/CloudEvents-Batch+JSON' };
    expect(error(() => fromHttp({ headers, body: JSON.stringify(base) })).code).toBe('CE_MALFORMED_MESSAGE');
    const err = error(() => fromHttp({ headers, body: JSON.stringify([base, { ...base, id: '' }]) }));
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.message).toContain('event 1');
    expect(error(() => fromHttp({ headers, body: JSON.stringify([base, 5]) })).code).toBe('CE_MALFORMED_MESSAGE');
    const dup = '[{"specversion":"1.0","id":"1","source":"/s","type":"t"},{"type":"t","type":"u"}]';
    expect(error(() => fromHttp({ headers, body: dup })).code).toBe('CE_DUPLICATE_ATTRIBUTE');
  });

  it('refuses to encode a batch holding an invalid event', () => {
    expect(error(() => toHttpBatch([base, { ...base, specversion: '0.3' }])).message).toContain('batch event 1');
  });
});

describe('HTTP size limits', () => {
  it('rejects a message larger than maxEventBytes, on decode and on encode', () => {
    const event = { ...base, datacontenttype: 'text/plain', data: 'x'.repeat(2000) };
    expect(error(() => toHttp(event, { maxEventBytes: 1024 })).code).toBe('CE_EVENT_TOO_LARGE');
    const message = toHttp(event);
    expect(error(() => fromHttp(message, { maxEventBytes: 1024 })).code).toBe('CE_EVENT_TOO_LARGE');
    expect(fromHttp(message, { maxEventBytes: 4096 })).toEqual([event]);
  });

  it('accepts 64 KiB events by default', () => {
    const event = { ...base, datacontenttype: 'text/plain', data: 'x'.repeat(64 * 1024) };
    expect(fromHttp(toHttp(event))).toEqual([event]);
  });
});

describe('attribute names that exist on Object.prototype', () => {
  it('an extension called constructor is an ordinary String extension', () => {
    const event = { ...base, constructor: 'x y' };
    expect(validate(event)).toEqual([]);
    expect(fromHttp(toHttp(event))).toEqual([event]);
    expect(fromHttp(toHttp(event, { mode: 'structured' }))).toEqual([event]);
    expect(validate({ ...base, constructor: 1.5 })).toHaveLength(1);
  });
});
