import { describe, expect, it } from 'vitest';

import { parseEndpointUri } from './endpoint-uri.js';

/** Each option name as found at its offset in the URI as written. */
function namesAtOffsets(uri: string): Record<string, string> {
  const parsed = parseEndpointUri(uri);
  if (parsed === undefined) throw new Error(`not a URI: ${uri}`);
  return Object.fromEntries(
    Object.entries(parsed.offsets).map(([name, at]) => [name, uri.slice(at, at + uri.slice(at).search(/[=&]|$/))]),
  );
}

describe('parseEndpointUri', () => {
  it('splits scheme:path?query into scheme, path and options', () => {
    expect(parseEndpointUri('timer:tick?period=1000&delay=5s')).toEqual({
      scheme: 'timer',
      path: 'tick',
      options: { period: '1000', delay: '5s' },
      offsets: { period: 11, delay: 23 },
    });
  });

  it('reads a URI without a query', () => {
    expect(parseEndpointUri('log:a')).toEqual({ scheme: 'log', path: 'a', options: {}, offsets: {} });
    expect(parseEndpointUri('log:a?')).toEqual({ scheme: 'log', path: 'a', options: {}, offsets: {} });
  });

  it('accepts scheme://path', () => {
    expect(parseEndpointUri('log://foo?level=INFO')).toEqual({
      scheme: 'log',
      path: 'foo',
      options: { level: 'INFO' },
      offsets: { level: 10 },
    });
  });

  it('keeps slashes and colons of the path', () => {
    expect(parseEndpointUri('kamelet:source/route1')?.path).toBe('source/route1');
    expect(parseEndpointUri('http://host:8080/p?a=1')).toMatchObject({ scheme: 'http', path: 'host:8080/p' });
  });

  it('decodes percent-encoded values and + as a space', () => {
    expect(parseEndpointUri('log:a?marker=a%20b&plain=c+d&sign=%3D')?.options).toEqual({
      marker: 'a b',
      plain: 'c d',
      sign: '=',
    });
  });

  it('keeps a value that is not valid percent-encoding as written', () => {
    expect(parseEndpointUri('log:a?marker=100%')?.options).toEqual({ marker: '100%' });
  });

  it('gives an option without = an empty value and skips empty parts', () => {
    expect(parseEndpointUri('log:a?&showAll&level=INFO&')?.options).toEqual({ showAll: '', level: 'INFO' });
  });

  it('places each option offset at the option name in the string as written', () => {
    const uri = 'timer:tick?period=5s&delay=abc&fixedRate=yes&perod=1';
    expect(namesAtOffsets(uri)).toEqual({ period: 'period', delay: 'delay', fixedRate: 'fixedRate', perod: 'perod' });
  });

  it('places offsets past encoded values, leading whitespace and the // form', () => {
    expect(namesAtOffsets('log:a?marker=a%20b%20c&level=INFO')).toEqual({ marker: 'marker', level: 'level' });
    expect(namesAtOffsets('  log:a?level=INFO')).toEqual({ level: 'level' });
    expect(namesAtOffsets('log://a?x=1&level=INFO')).toEqual({ x: 'x', level: 'level' });
  });

  it('places the offset of an encoded option name at its encoded form', () => {
    const parsed = parseEndpointUri('log:a?show%42ody=true');
    expect(parsed?.options).toEqual({ showBody: 'true' });
    expect(parsed?.offsets).toEqual({ showBody: 6 });
  });

  it('returns undefined when there is no scheme', () => {
    expect(parseEndpointUri('noscheme')).toBeUndefined();
    expect(parseEndpointUri('/path/to/file')).toBeUndefined();
    expect(parseEndpointUri('{{uri}}')).toBeUndefined();
    expect(parseEndpointUri('1abc:x')).toBeUndefined();
    expect(parseEndpointUri('')).toBeUndefined();
  });
});
