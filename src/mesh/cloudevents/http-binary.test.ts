/** HTTP binary mode: every attribute type round trips, percent-encoding, verbatim time, headers and data. */
import { describe, expect, it } from 'vitest';

import { fromHttp, toHttp } from './http.js';
import { base, bin, binaryHeaders, error, one } from './test-support.js';
import type { CloudEvent } from './model.js';

describe('HTTP binary mode: attribute round trips, every type', () => {
  const extensionTypes = {
    str: 'String',
    int: 'Integer',
    neg: 'Integer',
    max: 'Integer',
    min: 'Integer',
    yes: 'Boolean',
    no: 'Boolean',
    bytes: 'Binary',
    uri: 'URI',
    ref: 'URI-reference',
    ts: 'Timestamp',
  } as const;
  const event: CloudEvent = {
    ...base,
    datacontenttype: 'application/json',
    dataschema: 'https://example.com/schema.json',
    subject: 'Euro € 😀',
    time: '2018-04-05T17:31:00.123456789+05:30',
    str: '100% "quoted" value',
    int: 5,
    neg: -17,
    max: 2147483647,
    min: -2147483648,
    yes: true,
    no: false,
    bytes: bin,
    uri: 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66',
    ref: '/a/b?c=d#e',
    ts: '1985-04-12T23:20:50.52-00:00',
    data: { appinfoA: 'abc', appinfoB: 123, appinfoC: true },
  };

  it('writes each attribute as its canonical string in a ce- header', () => {
    const { headers, body } = toHttp(event, { extensionTypes });
    expect(headers).toEqual({
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': 'A234-1234-1234',
      'ce-source': '/mycontext',
      'ce-type': 'com.example.someevent',
      'ce-dataschema': 'https://example.com/schema.json',
      'ce-subject': 'Euro%20%E2%82%AC%20%F0%9F%98%80',
      'ce-time': '2018-04-05T17:31:00.123456789+05:30',
      'ce-str': '100%25%20%22quoted%22%20value',
      'ce-int': '5',
      'ce-neg': '-17',
      'ce-max': '2147483647',
      'ce-min': '-2147483648',
      'ce-yes': 'true',
      'ce-no': 'false',
      'ce-bytes': 'AAEC/f7/',
      'ce-uri': 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66',
      'ce-ref': '/a/b?c=d#e',
      'ce-ts': '1985-04-12T23:20:50.52-00:00',
    });
    expect(body).toBe('{"appinfoA":"abc","appinfoB":123,"appinfoC":true}');
  });

  it('reads them back to the same values given the extension types', () => {
    expect(fromHttp(toHttp(event, { extensionTypes }), { extensionTypes })).toEqual([event]);
  });

  it('without declared types, extensions come back as their canonical strings', () => {
    const decoded = one(toHttp({ ...base, int: 5, yes: true, bytes: bin }));
    expect(decoded).toEqual({ ...base, int: '5', yes: 'true', bytes: 'AAEC/f7/' });
  });

  it('a declared Integer or Boolean header that does not parse is a typed error naming the attribute', () => {
    const err = error(() =>
      fromHttp({ headers: { ...binaryHeaders, 'ce-n': '5.5' } }, { extensionTypes: { n: 'Integer' } }),
    );
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.at).toBe('n');
    expect(err.problems[0]?.code).toBe('CE_ATTRIBUTE_TYPE');
    for (const raw of ['+5', '05', '1e3', '2147483648', ' ']) {
      expect(
        error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-n': raw } }, { extensionTypes: { n: 'Integer' } }))
          .code,
      ).toBe('CE_INVALID_EVENT');
    }
    expect(
      error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-b': 'True' } }, { extensionTypes: { b: 'Boolean' } })).at,
    ).toBe('b');
  });
});

describe('HTTP binary mode: percent-encoding', () => {
  it('decodes the spec example and lower-case hex', () => {
    expect(one({ headers: { ...binaryHeaders, 'ce-subject': 'Euro%20%E2%82%AC%20%F0%9F%98%80' } }).subject).toBe(
      'Euro € 😀',
    );
    expect(one({ headers: { ...binaryHeaders, 'ce-subject': 'Euro%20%e2%82%ac%20%f0%9f%98%80' } }).subject).toBe(
      'Euro € 😀',
    );
  });

  it('round-trips non-ASCII, %, quotes and spaces in every string attribute', () => {
    const event = { ...base, id: '50% "off" ünïcødé', type: 'x y', subject: '%%%25', ext: '" "' };
    const message = toHttp(event);
    for (const value of Object.values(message.headers)) expect(value).toMatch(/^(?:[!#$&-~]|%[0-9A-F]{2})*$/);
    expect(one(message)).toEqual(event);
  });

  it('rejects invalid UTF-8 (%C0%A0) with CE_HEADER_ENCODING naming the header', () => {
    const err = error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-subject': 'a%C0%A0b' } }));
    expect(err.code).toBe('CE_HEADER_ENCODING');
    expect(err.at).toBe('ce-subject');
    expect(err.message).toContain('ce-subject');
  });

  it('rejects a malformed escape and raw non-ASCII', () => {
    expect(error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-subject': '100%' } })).code).toBe(
      'CE_HEADER_ENCODING',
    );
    expect(error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-subject': 'caf\u00e9' } })).code).toBe(
      'CE_HEADER_ENCODING',
    );
  });

  it('accepts double-quoted values from older senders', () => {
    expect(one({ headers: { ...binaryHeaders, 'ce-subject': '"hello \\"world\\""' } }).subject).toBe('hello "world"');
  });

  it('a decoded value with a control character is an invalid String', () => {
    const err = error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-subject': 'a%0Ab' } }));
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.problems[0]).toMatchObject({ code: 'CE_ATTRIBUTE_VALUE', attribute: 'subject' });
  });
});

describe('HTTP binary mode: time is kept verbatim', () => {
  it.each([
    '2018-04-05T17:31:00Z',
    '2018-04-05T17:31:00.123456789Z',
    '2018-04-05T17:31:00.000001+14:00',
    '2018-04-05T17:31:00.1-00:00',
    '2018-04-05t17:31:00.5z',
    '2016-12-31T23:59:60Z',
  ])('%s', (time) => {
    const message = toHttp({ ...base, time });
    expect(message.headers['ce-time']).toBe(time);
    expect(one(message).time).toBe(time);
    expect(one(toHttp({ ...base, time }, { mode: 'structured' })).time).toBe(time);
  });

  it('rejects a time that Date.parse accepts but RFC 3339 does not', () => {
    const err = error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-time': '2018-04-05T18:31Z' } }));
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.at).toBe('time');
  });
});

describe('HTTP binary mode: headers and data', () => {
  it('matches header names case-insensitively and ignores other headers', () => {
    const event = one({
      headers: {
        'CE-SpecVersion': '1.0',
        'Ce-Id': '1',
        'ce-SOURCE': '/s',
        'ce-type': 't',
        Host: 'x',
        'Content-Type': 'text/plain',
      },
      body: 'hi',
    });
    expect(event).toEqual({
      specversion: '1.0',
      id: '1',
      source: '/s',
      type: 't',
      datacontenttype: 'text/plain',
      data: 'hi',
    });
  });

  it('reads Node-style headers (lists, undefined)', () => {
    expect(
      one({ headers: { ...binaryHeaders, 'ce-x': ['only'], 'x-other': ['a', 'b'], 'ce-y': undefined } })['x'],
    ).toBe('only');
  });

  it('rejects a ce- header given twice (list or two cases)', () => {
    expect(error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-x': ['a', 'b'] } })).code).toBe(
      'CE_DUPLICATE_ATTRIBUTE',
    );
    expect(error(() => fromHttp({ headers: { ...binaryHeaders, 'CE-ID': '2' } })).code).toBe('CE_DUPLICATE_ATTRIBUTE');
  });

  it('rejects ce-datacontenttype (Content-Type carries it)', () => {
    const err = error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-datacontenttype': 'text/plain' } }));
    expect(err.code).toBe('CE_CONTENT_TYPE_CONFLICT');
    expect(err.message).toContain('ce-datacontenttype');
  });

  it('rejects ce-data (a reserved name) and invalid names', () => {
    expect(error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-data': 'x' } })).problems[0]?.code).toBe(
      'CE_ATTRIBUTE_NAME',
    );
    expect(error(() => fromHttp({ headers: { ...binaryHeaders, 'ce-my_ext': 'x' } })).at).toBe('my_ext');
  });

  it('reports each missing required header', () => {
    const err = error(() => fromHttp({ headers: { 'ce-id': '1', 'content-type': 'text/plain' }, body: 'x' }));
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.problems.map((p) => p.attribute)).toEqual(['specversion', 'source', 'type']);
  });

  it('decodes the body by content type: JSON parsed, text as string, other types as bytes', () => {
    expect(one({ headers: { ...binaryHeaders, 'content-type': 'application/json' }, body: '{"a":[1]}' }).data).toEqual({
      a: [1],
    });
    expect(
      one({ headers: { ...binaryHeaders, 'content-type': 'application/ld+json' }, body: Buffer.from('"s"') }).data,
    ).toBe('s');
    expect(
      one({ headers: { ...binaryHeaders, 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('é') }).data,
    ).toBe('é');
    const bytes = one({
      headers: { ...binaryHeaders, 'content-type': 'application/octet-stream' },
      body: Buffer.from(bin),
    }).data;
    expect(bytes).toEqual(bin);
    expect(bytes).not.toBeInstanceOf(Buffer);
    expect(one({ headers: binaryHeaders, body: bin }).data).toEqual(bin);
    expect(
      one({ headers: { ...binaryHeaders, 'content-type': 'text/plain; charset=iso-8859-1' }, body: bin }).data,
    ).toEqual(bin);
  });

  it('rawData keeps the body as bytes whatever the content type', () => {
    const event = one(
      { headers: { ...binaryHeaders, 'content-type': 'application/json' }, body: '{"a":1}' },
      { rawData: true },
    );
    expect(event.data).toEqual(new Uint8Array(Buffer.from('{"a":1}')));
  });

  it('an empty body is no data; a JSON body that does not parse is CE_INVALID_DATA', () => {
    expect(one({ headers: { ...binaryHeaders, 'content-type': 'application/json' }, body: '' })).not.toHaveProperty(
      'data',
    );
    expect(one({ headers: binaryHeaders, body: null })).not.toHaveProperty('data');
    const err = error(() =>
      fromHttp({ headers: { ...binaryHeaders, 'content-type': 'application/json' }, body: 'abc' }),
    );
    expect(err.code).toBe('CE_INVALID_DATA');
    const utf8 = error(() =>
      fromHttp({ headers: { ...binaryHeaders, 'content-type': 'text/plain' }, body: new Uint8Array([0xc0, 0xa0]) }),
    );
    expect(utf8.code).toBe('CE_INVALID_DATA');
  });

  it('sets Content-Type to application/json when datacontenttype is absent and data is a JSON value', () => {
    const message = toHttp({ ...base, data: "I'm just a string" });
    expect(message.headers['content-type']).toBe('application/json');
    expect(message.body).toBe('"I\'m just a string"');
    expect(one(message)).toEqual({ ...base, datacontenttype: 'application/json', data: "I'm just a string" });
  });

  it('writes bytes as they are, and no content type when the event has none', () => {
    const message = toHttp({ ...base, data: bin });
    expect(message.body).toBe(bin);
    expect(message.headers).not.toHaveProperty('content-type');
    expect(toHttp(base).body).toBe('');
  });

  it('refuses to write data that cannot be carried with its content type', () => {
    expect(error(() => toHttp({ ...base, datacontenttype: 'text/plain', data: { a: 1 } })).code).toBe(
      'CE_INVALID_EVENT',
    );
    expect(error(() => toHttp({ ...base, datacontenttype: 'text/plain; charset=latin1', data: 'é' })).code).toBe(
      'CE_INVALID_DATA',
    );
    expect(error(() => toHttp({ ...base, data: 1n })).code).toBe('CE_INVALID_DATA');
  });

  it('refuses to encode an invalid event, naming the attribute', () => {
    const err = error(() => toHttp({ ...base, time: '2018-04-05T18:31Z' }));
    expect(err.code).toBe('CE_INVALID_EVENT');
    expect(err.message).toContain('"time"');
  });
});
