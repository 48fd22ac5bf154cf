import { describe, expect, it } from 'vitest';

import { FREE_MAP_KEYS, kebabToCamel, normalizeKebabKeys } from './kebab.js';

describe('kebabToCamel', () => {
  it('turns legacy kebab-case keys into camelCase', () => {
    expect(kebabToCamel('to-d')).toBe('toD');
    expect(kebabToCamel('set-body')).toBe('setBody');
    expect(kebabToCamel('dead-letter-uri')).toBe('deadLetterUri');
    expect(kebabToCamel('s3-bucket-name')).toBe('s3BucketName');
  });

  it('leaves keys that are already camelCase or single words unchanged', () => {
    expect(kebabToCamel('setBody')).toBe('setBody');
    expect(kebabToCamel('from')).toBe('from');
    expect(kebabToCamel('')).toBe('');
  });

  it('leaves keys that are not well-formed kebab-case unchanged', () => {
    expect(kebabToCamel('Set-Body')).toBe('Set-Body');
    expect(kebabToCamel('a--b')).toBe('a--b');
    expect(kebabToCamel('to-')).toBe('to-');
    expect(kebabToCamel('-to')).toBe('-to');
    expect(kebabToCamel('set_body')).toBe('set_body');
    expect(kebabToCamel('my key')).toBe('my key');
  });
});

describe('normalizeKebabKeys', () => {
  it('renames nested keys in place and reports each with the path of the renamed key', () => {
    const routes: unknown = [
      {
        from: {
          uri: 'timer:tick',
          steps: [{ 'set-body': { constant: 'hi' } }, { 'to-d': 'log:a' }],
        },
      },
    ];
    const renamed = normalizeKebabKeys(routes);
    expect(renamed).toEqual([
      { path: [0, 'from', 'steps', 0, 'setBody'], from: 'set-body', to: 'setBody' },
      { path: [0, 'from', 'steps', 1, 'toD'], from: 'to-d', to: 'toD' },
    ]);
    expect(routes).toEqual([
      { from: { uri: 'timer:tick', steps: [{ setBody: { constant: 'hi' } }, { toD: 'log:a' }] } },
    ]);
  });

  it('renames keys below a renamed key, with paths through the new name', () => {
    const value: unknown = { 'error-handler': { 'dead-letter-channel': { 'dead-letter-uri': 'seda:dlq' } } };
    expect(normalizeKebabKeys(value).map((r) => r.path)).toEqual([
      ['errorHandler'],
      ['errorHandler', 'deadLetterChannel'],
      ['errorHandler', 'deadLetterChannel', 'deadLetterUri'],
    ]);
    expect(value).toEqual({ errorHandler: { deadLetterChannel: { deadLetterUri: 'seda:dlq' } } });
  });

  it('prefixes reported paths with the base path', () => {
    const flows: unknown = [{ 'route-configuration': { id: 'c' } }];
    expect(normalizeKebabKeys(flows, ['spec', 'flows'])).toEqual([
      { path: ['spec', 'flows', 0, 'routeConfiguration'], from: 'route-configuration', to: 'routeConfiguration' },
    ]);
  });

  it('leaves the keys of free maps (parameters, properties, constructors) as written', () => {
    expect([...FREE_MAP_KEYS].sort()).toEqual(['constructors', 'parameters', 'properties']);
    const value: unknown = [
      {
        from: {
          uri: 'kamelet:my-source',
          parameters: { 'my-key': 1, nested: { 'inner-key': 2 } },
          steps: [{ 'to-d': 'log:a' }],
        },
      },
      {
        beans: [
          {
            name: 'b',
            type: 'com.example.B',
            'script-language': 'x',
            properties: { 'a-b': { 'c-d': 1 } },
            constructors: { 'x-y': 1 },
          },
        ],
      },
    ];
    const renamed = normalizeKebabKeys(value);
    expect(renamed.map((r) => r.from)).toEqual(['to-d', 'script-language']);
    expect(value).toEqual([
      {
        from: {
          uri: 'kamelet:my-source',
          parameters: { 'my-key': 1, nested: { 'inner-key': 2 } },
          steps: [{ toD: 'log:a' }],
        },
      },
      {
        beans: [
          {
            name: 'b',
            type: 'com.example.B',
            scriptLanguage: 'x',
            properties: { 'a-b': { 'c-d': 1 } },
            constructors: { 'x-y': 1 },
          },
        ],
      },
    ]);
  });

  it('renames the keys of a list of parameter definitions, which is not a free map', () => {
    // routeTemplate.parameters is a list of definitions (name, defaultValue, description), not a map of data.
    const value: unknown = {
      routeTemplate: { id: 't', parameters: [{ name: 'p', 'default-value': 'x' }], from: { uri: 'timer:{{p}}' } },
    };
    const renamed = normalizeKebabKeys(value);
    expect(renamed).toEqual([
      { path: ['routeTemplate', 'parameters', 0, 'defaultValue'], from: 'default-value', to: 'defaultValue' },
    ]);
    expect(value).toEqual({
      routeTemplate: { id: 't', parameters: [{ name: 'p', defaultValue: 'x' }], from: { uri: 'timer:{{p}}' } },
    });
  });

  it('does not overwrite a camelCase key that is already present', () => {
    const value: unknown = [{ 'set-body': { constant: 'old' }, setBody: { constant: 'new' } }];
    expect(normalizeKebabKeys(value)).toEqual([]);
    expect(value).toEqual([{ 'set-body': { constant: 'old' }, setBody: { constant: 'new' } }]);
  });

  it('keeps the written order of the keys of a map', () => {
    // Positions of later diagnostics (the second key of a two-key item) depend on this order.
    const item: Record<string, unknown> = { 'route-configuration': { id: 'c' }, from: { uri: 'timer:a' } };
    normalizeKebabKeys([item]);
    expect(Object.keys(item)).toEqual(['routeConfiguration', 'from']);
  });

  it('returns nothing for scalars, null and values without kebab-case keys', () => {
    expect(normalizeKebabKeys('set-body')).toEqual([]);
    expect(normalizeKebabKeys(null)).toEqual([]);
    expect(normalizeKebabKeys(42)).toEqual([]);
    expect(normalizeKebabKeys([{ from: { uri: 'timer:a', steps: [{ log: 'set-body' }] } }])).toEqual([]);
  });
});
