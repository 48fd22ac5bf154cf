import { describe, expect, it } from 'vitest';

import { checkPlaceholders, type PlaceholderScope } from './placeholders.js';

function scope(
  keys: readonly string[],
  env: Readonly<Record<string, string>> = {},
  suggestions: readonly string[] = [],
): PlaceholderScope {
  return { has: (key) => keys.includes(key), env, suggestions };
}

describe('checkPlaceholders', () => {
  it('reports a placeholder no source defines, at its offset in the string', () => {
    expect(checkPlaceholders({ uri: 'timer:tick?period={{period}}' }, scope([]))).toEqual([
      {
        code: 'PROPERTY_UNRESOLVED',
        message: "property 'period' has no value",
        path: ['uri'],
        anchor: 'value',
        offset: 18,
        hint: 'set it in application.properties, with -p period=…, or give a default: {{period:default}}',
      },
    ]);
  });

  it('accepts a placeholder the scope defines, with or without surrounding spaces', () => {
    expect(checkPlaceholders({ uri: 'timer:{{name}}', steps: [{ log: '{{ name }}' }] }, scope(['name']))).toEqual([]);
  });

  it('accepts optional placeholders and placeholders with a default', () => {
    expect(checkPlaceholders('{{?maybe}} {{greeting:hello}} {{empty:}}', scope([]))).toEqual([]);
  });

  it('resolves env: placeholders from the environment or the scope, and accepts a default', () => {
    const s = scope(['FROM_PROPS'], { HOME: '/home/me' });
    expect(checkPlaceholders('{{env:HOME}} {{env:FROM_PROPS}} {{env:NOPE:fallback}}', s)).toEqual([]);
    const [finding] = checkPlaceholders('x {{env:NOPE}}', s);
    expect(finding).toMatchObject({ code: 'PROPERTY_UNRESOLVED', message: "property 'env:NOPE' has no value" });
    expect(finding?.offset).toBe(2);
  });

  it('does not tell the user to set an env: placeholder with -p env:NAME', () => {
    const [finding] = checkPlaceholders('{{env:NOPE}}', scope([]));
    expect(finding?.hint).toContain('{{env:NOPE:default}}');
    expect(finding?.hint).not.toContain('-p env:NOPE=');
  });

  it('resolves sys: placeholders from the scope only, and accepts a default', () => {
    expect(checkPlaceholders('{{sys:app.name}} {{sys:other:x}}', scope(['app.name']))).toEqual([]);
    expect(checkPlaceholders('{{sys:user.home}}', scope([], { 'user.home': '/h' }))).toHaveLength(1);
  });

  it('reports every unresolved placeholder of a string, each at its own offset', () => {
    const findings = checkPlaceholders('{{a}}-{{b}}-{{a}}', scope([]));
    expect(findings.map((f) => [f.message, f.offset])).toEqual([
      ["property 'a' has no value", 0],
      ["property 'b' has no value", 6],
      ["property 'a' has no value", 12],
    ]);
  });

  it('walks lists and maps and gives the path of each string', () => {
    const findings = checkPlaceholders(
      { uri: 'timer:a', steps: [{ setBody: { constant: '{{body}}' } }, { to: { uri: 'log:{{name}}' } }] },
      scope([]),
    );
    expect(findings.map((f) => f.path)).toEqual([
      ['steps', 0, 'setBody', 'constant'],
      ['steps', 1, 'to', 'uri'],
    ]);
  });

  it('suggests a close template or Kamelet parameter for a misspelt key', () => {
    const [finding] = checkPlaceholders('{{perod}}', scope(['period'], {}, ['period']));
    expect(finding?.hint).toBe("did you mean 'period'?");
  });

  it('ignores text that only looks like a placeholder', () => {
    expect(checkPlaceholders('{a} ${header.x} {{}} { {x} }', scope([]))).toEqual([]);
  });

  it('ignores values that are not strings', () => {
    expect(checkPlaceholders({ period: 1000, flag: true, none: null }, scope([]))).toEqual([]);
  });
});
