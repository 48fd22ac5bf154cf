import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isMediaType, isJsonMediaType, isTextualMediaType, charsetOf } from './media-type.js';
import type { CloudEvent } from './model.js';
import { isAbsoluteUri, isUriReference } from './uri.js';
import { isValid, validate } from './validate.js';

const base: CloudEvent = {
  specversion: '1.0',
  id: 'A234-1234-1234',
  source: '/mycontext',
  type: 'com.example.someevent',
};

function codes(event: unknown, options = {}): string[] {
  return validate(event, options).map((p) => `${p.code}:${p.attribute ?? ''}`);
}

describe('validate: required attributes and specversion', () => {
  it('accepts the minimal event and the spec example', () => {
    expect(validate(base)).toEqual([]);
    const example = {
      specversion: '1.0',
      type: 'com.github.pull_request.opened',
      source: 'https://github.com/cloudevents/spec/pull',
      subject: '123',
      id: 'A234-1234-1234',
      time: '2018-04-05T17:31:00Z',
      comexampleextension1: 'value',
      comexampleothervalue: 5,
      datacontenttype: 'text/xml',
      data: '<much wow="xml"/>',
    };
    expect(validate(example)).toEqual([]);
  });

  it('reports each missing required attribute by name', () => {
    expect(codes({})).toEqual([
      'CE_MISSING_ATTRIBUTE:specversion',
      'CE_MISSING_ATTRIBUTE:id',
      'CE_MISSING_ATTRIBUTE:source',
      'CE_MISSING_ATTRIBUTE:type',
    ]);
    const problems = validate({ ...base, id: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('"id"');
  });

  it('reports empty id, source, type, subject and dataschema', () => {
    expect(codes({ ...base, id: '', source: '', type: '', subject: '', dataschema: '' })).toEqual(
      expect.arrayContaining([
        'CE_EMPTY_ATTRIBUTE:id',
        'CE_EMPTY_ATTRIBUTE:source',
        'CE_EMPTY_ATTRIBUTE:type',
        'CE_EMPTY_ATTRIBUTE:subject',
        'CE_EMPTY_ATTRIBUTE:dataschema',
      ]),
    );
  });

  it('accepts only specversion 1.0', () => {
    expect(codes({ ...base, specversion: '0.3' })).toEqual(['CE_SPECVERSION:specversion']);
    expect(codes({ ...base, specversion: 1 })).toEqual(['CE_ATTRIBUTE_TYPE:specversion']);
  });

  it('never throws, whatever it is given', () => {
    expect(codes(null)).toEqual(['CE_NOT_AN_OBJECT:']);
    expect(codes([base])).toEqual(['CE_NOT_AN_OBJECT:']);
    expect(codes('event')).toEqual(['CE_NOT_AN_OBJECT:']);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(validate(value))).toBe(true);
      }),
    );
  });
});

describe('validate: attribute names', () => {
  it('rejects names with upper case, underscore, dash or non-ASCII', () => {
    expect(codes({ ...base, Ext: 'x', my_ext: 'x', 'my-ext': 'x', ñ: 'x', specVersion: '1.0' })).toEqual([
      'CE_ATTRIBUTE_NAME:Ext',
      'CE_ATTRIBUTE_NAME:my_ext',
      'CE_ATTRIBUTE_NAME:my-ext',
      'CE_ATTRIBUTE_NAME:ñ',
      'CE_ATTRIBUTE_NAME:specVersion',
    ]);
  });

  it('warns (does not fail) for names longer than 20 characters', () => {
    const problems = validate({ ...base, abcdefghijklmnopqrstu: 'x' });
    expect(problems).toEqual([expect.objectContaining({ code: 'CE_ATTRIBUTE_NAME_LENGTH', severity: 'warning' })]);
    expect(isValid({ ...base, abcdefghijklmnopqrstu: 'x' })).toBe(true);
    expect(validate({ ...base, abcdefghijklmnopqrst: 'x' })).toEqual([]);
  });
});

describe('validate: the type system', () => {
  it('Integer: signed 32-bit whole numbers only', () => {
    expect(validate({ ...base, n: 2147483647, m: -2147483648, z: 0 })).toEqual([]);
    expect(codes({ ...base, n: 2147483648 })).toEqual(['CE_ATTRIBUTE_VALUE:n']);
    expect(codes({ ...base, n: -2147483649 })).toEqual(['CE_ATTRIBUTE_VALUE:n']);
    expect(codes({ ...base, n: 1.5 })).toEqual(['CE_ATTRIBUTE_TYPE:n']);
    expect(codes({ ...base, n: Number.NaN })).toEqual(['CE_ATTRIBUTE_TYPE:n']);
    expect(codes({ ...base, n: Infinity })).toEqual(['CE_ATTRIBUTE_TYPE:n']);
  });

  it('String: no control characters, noncharacters or lone surrogates', () => {
    for (const bad of [
      'a\u0000',
      'a\u001f',
      'a\u007f',
      'a\u0085',
      'a\u009f',
      '\ufdd0',
      '\ufffe',
      '\u{1ffff}',
      '\ud800',
      'x\udead',
    ]) {
      expect(codes({ ...base, subject: bad })).toEqual(['CE_ATTRIBUTE_VALUE:subject']);
    }
    expect(validate({ ...base, subject: 'ok \u00a0 \ud800\udead € 😀 \u0020 \u00a0' })).toEqual([]);
  });

  it('Boolean and Binary values are accepted for extensions, other kinds are not', () => {
    expect(validate({ ...base, b: true, bin: new Uint8Array([1]) })).toEqual([]);
    expect(codes({ ...base, o: { a: 1 }, a: [1], d: new Date(0), nul: null, big: 1n })).toEqual([
      'CE_ATTRIBUTE_TYPE:o',
      'CE_ATTRIBUTE_TYPE:a',
      'CE_ATTRIBUTE_TYPE:d',
      'CE_ATTRIBUTE_TYPE:nul',
      'CE_ATTRIBUTE_TYPE:big',
    ]);
  });

  it('declared extension types are enforced', () => {
    const extensionTypes = {
      u: 'URI',
      r: 'URI-reference',
      t: 'Timestamp',
      i: 'Integer',
      b: 'Boolean',
      x: 'Binary',
    } as const;
    const good = {
      ...base,
      u: 'https://x/y',
      r: '../y',
      t: '2018-04-05T17:31:00Z',
      i: 1,
      b: false,
      x: new Uint8Array(),
    };
    expect(validate(good, { extensionTypes })).toEqual([]);
    const bad = { ...base, u: '/relative', r: 'a b', t: '2018-04-05T18:31Z', i: '1', b: 'true', x: 'AQID' };
    expect(codes(bad, { extensionTypes })).toEqual([
      'CE_ATTRIBUTE_VALUE:u',
      'CE_ATTRIBUTE_VALUE:r',
      'CE_ATTRIBUTE_VALUE:t',
      'CE_ATTRIBUTE_TYPE:i',
      'CE_ATTRIBUTE_TYPE:b',
      'CE_ATTRIBUTE_TYPE:x',
    ]);
  });

  it('core attributes: source URI-reference, dataschema absolute URI, time RFC 3339, datacontenttype media type', () => {
    expect(codes({ ...base, source: 'not a uri' })).toEqual(['CE_ATTRIBUTE_VALUE:source']);
    expect(codes({ ...base, dataschema: '/schema' })).toEqual(['CE_ATTRIBUTE_VALUE:dataschema']);
    expect(codes({ ...base, dataschema: 'https://example.com/schema#frag' })).toEqual([
      'CE_ATTRIBUTE_VALUE:dataschema',
    ]);
    expect(codes({ ...base, time: '2018-04-05T18:31Z' })).toEqual(['CE_ATTRIBUTE_VALUE:time']);
    expect(codes({ ...base, time: new Date() })).toEqual(['CE_ATTRIBUTE_TYPE:time']);
    expect(codes({ ...base, datacontenttype: 'json' })).toEqual(['CE_ATTRIBUTE_VALUE:datacontenttype']);
    expect(codes({ ...base, id: 42 })).toEqual(['CE_ATTRIBUTE_TYPE:id']);
  });

  it('keeps time verbatim: validation does not rewrite the event', () => {
    const event = { ...base, time: '2018-04-05T17:31:00.123456789+05:30' };
    validate(event);
    expect(event.time).toBe('2018-04-05T17:31:00.123456789+05:30');
  });
});

describe('validate: data', () => {
  it('accepts bytes with any type, any value with a JSON or absent type, strings with any type', () => {
    expect(validate({ ...base, data: { a: 1 } })).toEqual([]);
    expect(validate({ ...base, datacontenttype: 'application/vnd.api+json', data: [1] })).toEqual([]);
    expect(validate({ ...base, datacontenttype: 'text/plain', data: 'x' })).toEqual([]);
    expect(validate({ ...base, datacontenttype: 'image/png', data: new Uint8Array([1]) })).toEqual([]);
    expect(validate({ ...base, data: null })).toEqual([]);
  });

  it('rejects a non-string, non-binary value with a non-JSON type', () => {
    expect(codes({ ...base, datacontenttype: 'text/plain', data: { a: 1 } })).toEqual(['CE_INVALID_DATA:data']);
  });
});

describe('URI syntax (RFC 3986)', () => {
  it.each([
    'https://github.com/cloudevents',
    'mailto:cncf-wg-serverless@lists.cncf.io',
    'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66',
    'http://[::1]:8080/a?b=c',
    'http://[v7.abc]/',
    'http://user:pw@host.example:/p%20q',
    'tag:example.com,2024:x',
  ])('absolute URI: %s', (value) => {
    expect(isAbsoluteUri(value)).toBe(true);
    expect(isUriReference(value)).toBe(true);
  });

  it.each([
    '/cloudevents/spec/pull/123',
    '/sensors/tn-1234567/alerts',
    '1-555-123-4567',
    '../a',
    '?q',
    '#f',
    '//host/p',
  ])('relative reference: %s', (value) => {
    expect(isUriReference(value)).toBe(true);
    expect(isAbsoluteUri(value)).toBe(false);
  });

  it.each([
    'a b',
    'http://exa mple.com',
    'http://ex.com/%zz',
    'http://[::g]/',
    'http://[1.2.3]/',
    'héllo',
    'a:b#c#d',
    ':x',
    'http://a/b|c',
  ])('not a URI-reference: %s', (value) => {
    expect(isUriReference(value)).toBe(false);
  });

  it('an absolute URI has no fragment', () => {
    expect(isAbsoluteUri('https://example.com/schema#/definitions/a')).toBe(false);
    expect(isUriReference('https://example.com/schema#/definitions/a')).toBe(true);
  });
});

describe('media types', () => {
  it('validates the RFC 2046 / RFC 9110 syntax', () => {
    for (const ok of [
      'application/json',
      'application/json; charset=utf-8',
      'text/plain;charset="utf-8"',
      'a/b;',
      'a/b ; ; x=y',
      'a/b;x="q\\"uote"',
    ]) {
      expect(isMediaType(ok)).toBe(true);
    }
    for (const bad of ['json', 'application/', '/json', 'a/b c', 'a/b; x', 'a/b; x="unterminated', 'a/b;x=é', ' a/b']) {
      expect(isMediaType(bad)).toBe(false);
    }
  });

  it('classifies JSON (*/json, */*+json) and text, and reads the charset', () => {
    expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('Application/Vnd.Api+JSON')).toBe(true);
    expect(isJsonMediaType('text/json')).toBe(true);
    expect(isJsonMediaType('application/jsonx')).toBe(false);
    expect(isJsonMediaType('application/json-seq')).toBe(false);
    expect(isTextualMediaType('text/csv')).toBe(true);
    expect(isTextualMediaType('application/xml')).toBe(true);
    expect(isTextualMediaType('application/atom+xml')).toBe(true);
    expect(isTextualMediaType('application/x-foo; charset=utf-8')).toBe(true);
    expect(isTextualMediaType('application/octet-stream')).toBe(false);
    expect(charsetOf('text/plain; Charset="UTF-8"')).toBe('utf-8');
    expect(charsetOf('text/plain')).toBeUndefined();
  });
});
