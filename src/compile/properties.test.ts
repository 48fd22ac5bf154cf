import { describe, expect, it } from 'vitest';

import { DROPPED, MissingPropertyError, PropertyResolver } from './properties.js';

const resolver = new PropertyResolver({
  overrides: new Map([['greeting', 'hi from -p']]),
  env: { MY_APP_NAME: 'from-env', HOME_DIR: '/home', PERIOD: '250' },
  files: new Map([
    ['greeting', 'hi from file'],
    ['period', '1000'],
    ['nested', 'value of {{period}}'],
    ['flag', 'true'],
    ['my.app-name', 'from file'],
  ]),
});

describe('PropertyResolver', () => {
  it('replaces keys, with -p over environment over files', () => {
    expect(resolver.resolveText('say {{greeting}}')).toBe('say hi from -p');
    expect(resolver.resolveText('{{period}}')).toBe('250');
    expect(resolver.resolveText('{{my.app-name}}')).toBe('from-env');
  });

  it('uses defaults, env: and sys: functions, nested values and negation', () => {
    expect(resolver.resolveText('{{missing:fallback}}')).toBe('fallback');
    expect(resolver.resolveText('{{missing:a:b}}')).toBe('a:b');
    expect(resolver.resolveText('{{env:HOME_DIR}}/x')).toBe('/home/x');
    expect(resolver.resolveText('{{env:NOPE:none}}')).toBe('none');
    expect(resolver.resolveText('{{sys:flag}}')).toBe('true');
    expect(resolver.resolveText('{{nested}}')).toBe('value of 250');
    expect(resolver.resolveText('{{!flag}}')).toBe('false');
  });

  it('drops optional placeholders with no value, and names the missing key otherwise', () => {
    expect(resolver.resolveText('{{?missing}}')).toBe(DROPPED);
    expect(() => resolver.resolveText('a {{missing}}')).toThrow(MissingPropertyError);
    expect(resolver.missingKeys('{{a}} {{period}} {{b:x}} {{c}}')).toEqual(['a', 'c']);
  });
});
