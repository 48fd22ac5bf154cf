import { describe, expect, it } from 'vitest';

import { connectors } from './index.js';

interface ObjectSchema {
  readonly type?: unknown;
  readonly properties?: Record<string, { readonly description?: unknown }>;
}

const propertiesOf = (options: unknown): Record<string, { readonly description?: unknown }> =>
  (options as ObjectSchema).properties ?? {};

describe('connectors', () => {
  it('has connectors, listed in name order', () => {
    const names = connectors.map((c) => c.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...names].sort());
  });

  it('gives every connector a unique lowercase name (words joined by dashes, as Camel names its schemes)', () => {
    const names = connectors.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(connectors.map((c) => [c.name, c] as const))('%s declares an object schema of options', (_name, c) => {
    expect((c.options as ObjectSchema).type).toBe('object');
    expect(Object.keys(propertiesOf(c.options)).length).toBeGreaterThan(0);
  });

  it.each(connectors.map((c) => [c.name, c] as const))('%s fills a declared option from its path', (_name, c) => {
    expect(Object.keys(propertiesOf(c.options))).toContain(c.pathOption);
  });

  it.each(connectors.map((c) => [c.name, c] as const))('%s describes every option', (_name, c) => {
    const undescribed = Object.entries(propertiesOf(c.options))
      .filter(([, schema]) => typeof schema.description !== 'string' || schema.description.trim() === '')
      .map(([option]) => option);
    expect(undescribed).toEqual([]);
  });

  it.each(connectors.map((c) => [c.name, c] as const))('%s has a title, a summary and a role', (_name, c) => {
    expect(c.title.trim()).not.toBe('');
    expect(c.summary.trim()).not.toBe('');
    expect(c.consumer || c.producer).toBe(true);
  });
});
