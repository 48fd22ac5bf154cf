/** parseEntry: registry files are read defensively. */
import { describe, expect, it } from 'vitest';

import { parseEntry } from './entry.js';
import { entry, routeEntry } from './local-test-support.js';

const good = entry('/h', 12, 'shop', { routes: [routeEntry('a', { lastError: 'boom' })], managementUrl: 'http://m' });

describe('parseEntry', () => {
  it('accepts a written entry as it is', () => {
    expect(parseEntry(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('drops unknown fields', () => {
    expect(parseEntry({ ...good, extra: 1 })).toEqual(good);
  });

  it.each([
    ['not an object', 'shop'],
    ['an array', []],
    ['a pid that is not a positive integer', { ...good, pid: 1.5 }],
    ['a missing name', { ...good, name: undefined }],
    ['a negative counter', { ...good, reloads: -1 }],
    ['routes that are not a list', { ...good, routes: {} }],
    ['a route without counters', { ...good, routes: [{ id: 'a', from: 'timer:a', state: 'Started' }] }],
    ['a numeric managementUrl', { ...good, managementUrl: 8080 }],
  ])('rejects %s', (_, value) => {
    expect(parseEntry(value)).toBeUndefined();
  });
});
