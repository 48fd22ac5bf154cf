/** HTTP structured mode and the JSON event format, including the invalid events it must reject. */
import { describe, expect, it } from 'vitest';

import type { CloudEventError } from './errors.js';
import { fromHttp, toHttp } from './http.js';
import { base, bin, error, one } from './test-support.js';

describe('HTTP structured mode', () => {
  const headers = { 'content-type': 'application/cloudevents+json; charset=UTF-8' };

  it('writes data as JSON when the content type is JSON, as data_base64 for bytes, as a string otherwise', () => {
    const json = toHttp({ ...base, datacontenttype: 'application/json', data: { a: 1 } }, { mode: 'structured' });
    expect(json.headers).toEqual(headers);
    expect(JSON.parse(json.body as string)).toEqual({ ...base, datacontenttype: 'application/json', data: { a: 1 } });
    const bytes = toHttp({ ...base, datacontenttype: 'application/octet-stream', data: bin }, { mode: 'structured' });
    expect(JSON.parse(bytes.body as string)).toMatchObject({ data_base64: 'AAEC/f7/' });
    expect(JSON.parse(bytes.body as string)).not.toHaveProperty('data');
    const xml = toHttp(
      { ...base, datacontenttype: 'application/xml', data: '<much wow="xml"/>' },
      { mode: 'structured' },
    );
    expect(JSON.parse(xml.body as string)).toMatchObject({ data: '<much wow="xml"/>' });
  });

  it('reads data_base64 into a Uint8Array (not a Uint32Array)', () => {
    const body = JSON.stringify({ ...base, datacontenttype: 'application/octet-stream', data_base64: 'AAEC/f7/' });
    const data = one({ headers, body }).data;
    expect(data).toBeInstanceOf(Uint8Array);
    expect(data?.constructor).toBe(Uint8Array);
    expect(data).toEqual(bin);
  });

  it('rejects data_base64 that is not strict base64, or given with data', () => {
    for (const b64 of ['AQI', 'AQ ID', '!!!!', 'AQID=', 5]) {
      expect(error(() => fromHttp({ headers, body: JSON.stringify({ ...base, data_base64: b64 }) })).code).toBe(
        'CE_INVALID_DATA',
      );
    }
    const both = error(() => fromHttp({ headers, body: JSON.stringify({ ...base, data: 1, data_base64: 'AQID' }) }));
    expect(both.code).toBe('CE_INVALID_DATA');
    expect(both.message).toContain('data_base64');
  });

  it('does not parse a string data with a JSON type, and keeps an explicit null data', () => {
    expect(one({ headers, body: JSON.stringify({ ...base, data: '{"a":1}' }) }).data).toBe('{"a":1}');
    expect(one({ headers, body: JSON.stringify({ ...base, data: null }) })).toHaveProperty('data', null);
  });

  it('treats null attributes as unset', () => {
    expect(one({ headers, body: JSON.stringify({ ...base, subject: null, time: null, ext: null }) })).toEqual(base);
  });

  it('reads with a case-insensitive content type and a BOM, and ignores ce- headers', () => {
    const body = `\ufeff${JSON.stringify(base)}`;
    expect(one({ headers: { 'Content-Type': 'Application/CloudEvents+JSON', 'ce-id': 'other' }, body })).toEqual(base);
  });

  it('reads a body given as bytes', () => {
    expect(one({ headers, body: Buffer.from(JSON.stringify({ ...base, subject: 'é' })) }).subject).toBe('é');
  });

  it('rejects formats other than JSON, and charsets other than UTF-8', () => {
    expect(error(() => fromHttp({ headers: { 'content-type': 'application/cloudevents+avro' }, body: 'x' })).code).toBe(
      'CE_UNSUPPORTED_FORMAT',
    );
    expect(error(() => fromHttp({ headers: { 'content-type': 'application/cloudevents' }, body: '{}' })).code).toBe(
      'CE_UNSUPPORTED_FORMAT',
    );
    const latin1 = { 'content-type': 'application/cloudevents+json; charset=ISO-8859-1' };
    expect(error(() => fromHttp({ headers: latin1, body: JSON.stringify(base) })).code).toBe('CE_UNSUPPORTED_FORMAT');
  });

  it('reads a Binary extension from base64 when its type is declared', () => {
    const event = one(
      { headers, body: JSON.stringify({ ...base, sig: 'AAEC/f7/' }) },
      { extensionTypes: { sig: 'Binary' } },
    );
    expect(event['sig']).toEqual(bin);
  });
});

describe('JSON format: the invalid events it must reject', () => {
  const headers = { 'content-type': 'application/cloudevents+json' };
  const decode = (body: string): CloudEventError => error(() => fromHttp({ headers, body }));

  it.each([
    ['specVersion', '{"specVersion":"1.0","id":"1","source":"/s","type":"t"}'],
    ['ID', '{"specversion":"1.0","ID":"1","id":"1","source":"/s","type":"t"}'],
    ['myExt', '{"specversion":"1.0","id":"1","source":"/s","type":"t","myExt":"x"}'],
    ['my_ext', '{"specversion":"1.0","id":"1","source":"/s","type":"t","my_ext":"x"}'],
  ])('wrong attribute name case or characters: %s', (name, body) => {
    const err = decode(body);
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.problems).toContainEqual(expect.objectContaining({ code: 'CE_ATTRIBUTE_NAME', attribute: name }));
    expect(err.message).toContain(name);
  });

  it.each(['5.5', '5.0', '1e2', '-0.0', '2147483648', '-2147483649', '1E+2'])(
    'non-integer or out-of-range Integer extension: %s',
    (n) => {
      const err = decode(`{"specversion":"1.0","id":"1","source":"/s","type":"t","count":${n}}`);
      expect(err.code).toBe('CE_INVALID_EVENT');
      expect(err.at).toBe('count');
    },
  );

  it('accepts integer extensions written as integers, -0 as 0', () => {
    const event = one({
      headers,
      body: '{"specversion":"1.0","id":"1","source":"/s","type":"t","a":-2147483648,"b":-0}',
    });
    expect(event['a']).toBe(-2147483648);
    expect(Object.is(event['b'], 0)).toBe(true);
  });

  it.each(['specversion', 'id', 'source', 'type'])('missing required attribute: %s', (name) => {
    const rest = Object.fromEntries(Object.entries(base).filter(([key]) => key !== name));
    const err = decode(JSON.stringify(rest));
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.problems).toEqual([expect.objectContaining({ code: 'CE_MISSING_ATTRIBUTE', attribute: name })]);
  });

  it('a required attribute set to null is missing', () => {
    expect(decode(JSON.stringify({ ...base, id: null })).problems[0]?.code).toBe('CE_MISSING_ATTRIBUTE');
  });

  it('wrong JSON types for attributes', () => {
    expect(decode(JSON.stringify({ ...base, id: 1 })).at).toBe('id');
    expect(decode(JSON.stringify({ ...base, ext: { a: 1 } })).at).toBe('ext');
    expect(decode(JSON.stringify({ ...base, ext: [1] })).at).toBe('ext');
    expect(decode(JSON.stringify({ ...base, time: 1522949460 })).at).toBe('time');
  });

  it('duplicate members, a body that is not a JSON object, non-string data with a non-JSON type', () => {
    expect(decode('{"specversion":"1.0","id":"1","id":"2","source":"/s","type":"t"}').code).toBe(
      'CE_DUPLICATE_ATTRIBUTE',
    );
    expect(decode('{"specversion":"1.0","id":"1","i\\u0064":"2","source":"/s","type":"t"}').at).toBe('id');
    expect(decode('[]').code).toBe('CE_MALFORMED_MESSAGE');
    expect(decode('{"specversion":').code).toBe('CE_MALFORMED_MESSAGE');
    expect(decode('').code).toBe('CE_MALFORMED_MESSAGE');
    expect(decode(JSON.stringify({ ...base, datacontenttype: 'text/plain', data: { a: 1 } })).code).toBe(
      'CE_INVALID_DATA',
    );
  });

  it('duplicates inside data are data, not attributes', () => {
    const body = '{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"id":1,"id":2,"n":1.5}}';
    expect(one({ headers, body }).data).toEqual({ id: 2, n: 1.5 });
  });
});
