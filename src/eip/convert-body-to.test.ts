/** `convertBodyTo` as a Camel user sees it: the body type the log endpoint prints, and failed conversions. */
import { afterEach, describe, expect, it } from 'vitest';

import { routeKit, stopRouteKits } from '../../test/kit/route-kit.js';
import { route } from './eip-test-support.js';

afterEach(stopRouteKits);

describe('convertBodyTo', () => {
  it('converts along the body-type table, as recorded from Camel 4.22 (test/golden/convert-body)', async () => {
    const kit = await routeKit(
      route(`
        - to: log:string
        - convertBodyTo:
            type: java.lang.Integer
        - to: log:integer
        - log: "integer then a literal 1 is concatenation: \${body}1"
        - convertBodyTo:
            type: Long
        - to: log:long
        - convertBodyTo:
            type: String
        - convertBodyTo:
            type: byte[]
        - to: log:bytes
        - log: "bytes in a template: \${body}"
        - convertBodyTo:
            type: java.lang.String
        - setBody:
            simple: "\${body} is \${body.length()} chars"
        - to: log:simple
        - setBody:
            constant: "3.50"
        - convertBodyTo:
            type: java.lang.Double
        - to: log:double
        - setBody:
            constant: "TRUE"
        - convertBodyTo:
            type: Boolean
        - to: log:boolean
      `),
    );
    await kit.send('direct:in', '42');
    expect(kit.logs).toEqual([
      'INFO string : Exchange[ExchangePattern: InOnly, BodyType: String, Body: 42]',
      'INFO integer : Exchange[ExchangePattern: InOnly, BodyType: Integer, Body: 42]',
      'INFO kit.camel.yaml:10 : integer then a literal 1 is concatenation: 421',
      'INFO long : Exchange[ExchangePattern: InOnly, BodyType: Long, Body: 42]',
      'INFO bytes : Exchange[ExchangePattern: InOnly, BodyType: byte[], Body: 42]',
      'INFO kit.camel.yaml:19 : bytes in a template: 42',
      'INFO simple : Exchange[ExchangePattern: InOnly, BodyType: String, Body: 42 is 2 chars]',
      'INFO double : Exchange[ExchangePattern: InOnly, BodyType: Double, Body: 3.5]',
      'INFO boolean : Exchange[ExchangePattern: InOnly, BodyType: Boolean, Body: true]',
    ]);
  });

  it('turns JSON text into maps and lists, and values into text; the bare form names the type', async () => {
    const kit = await routeKit(
      route(`
        - convertBodyTo: java.util.Map
        - to: log:map
        - convertBodyTo: String
        - to: log:text
      `) + route(`- convertBodyTo: java.util.List\n- to: log:list`, 'l', 'direct:list'),
    );
    await kit.send('direct:in', '{"a": 1, "b": "x"}');
    await kit.send('direct:list', '[1, 2]');
    expect(kit.logs).toEqual([
      'INFO map : Exchange[ExchangePattern: InOnly, BodyType: java.util.LinkedHashMap, Body: {a=1, b=x}]',
      'INFO text : Exchange[ExchangePattern: InOnly, BodyType: String, Body: {a=1, b=x}]',
      'INFO list : Exchange[ExchangePattern: InOnly, BodyType: java.util.ArrayList, Body: [1, 2]]',
    ]);
  });

  it('accepts the short, primitive and java.lang. names of a type', async () => {
    const kit = await routeKit(
      route(`- convertBodyTo: int\n- to: mock:out\n- convertBodyTo: java.lang.Long\n- to: log:long`),
    );
    await kit.send('direct:in', ' 7 ');
    await kit.send('direct:in', '-3');
    expect(kit.mock('out').bodies()).toEqual([7, -3]);
    expect(kit.logs).toEqual([
      'INFO long : Exchange[ExchangePattern: InOnly, BodyType: Long, Body: 7]',
      'INFO long : Exchange[ExchangePattern: InOnly, BodyType: Long, Body: -3]',
    ]);
  });

  it('leaves a null body alone, even when mandatory', async () => {
    const kit = await routeKit(route(`- convertBodyTo: Integer\n- to: mock:out`));
    const exchange = await kit.send('direct:in', null);
    expect(exchange.exception).toBeUndefined();
    expect(kit.mock('out').bodies()).toEqual([null]);
  });

  it('fails the exchange when the body cannot be converted: the body stays, later steps do not run', async () => {
    const kit = await routeKit(route(`- convertBodyTo: Integer\n- to: mock:after`));
    const exchange = await kit.send('direct:in', 'abc');
    expect(exchange.exception?.name).toBe('TypeConversionError');
    expect(exchange.exception?.message).toMatch(/abc.*Integer/);
    expect(exchange.body).toBe('abc');
    expect(kit.mock('after').count).toBe(0);
  });

  it('with mandatory: false, makes a body no converter handles null — but text that is no number still fails', async () => {
    const kit = await routeKit(
      route(`- convertBodyTo:\n    type: Boolean\n    mandatory: false`) +
        route(`- convertBodyTo:\n    type: Integer\n    mandatory: false\n- to: mock:int`, 'i', 'direct:int'),
    );
    const boolean = await kit.send('direct:in', 'maybe');
    const map = await kit.send('direct:int', { a: 1 });
    const text = await kit.send('direct:int', 'abc');
    expect([boolean.exception, boolean.body]).toEqual([undefined, null]);
    expect([map.exception, map.body]).toEqual([undefined, null]);
    expect(text.exception?.name).toBe('TypeConversionError');
    expect(kit.mock('int').bodies()).toEqual([null]);
  });

  it('encodes and decodes text with charset', async () => {
    const kit = await routeKit(
      route(`
        - convertBodyTo:
            type: byte[]
            charset: ISO-8859-1
        - to: mock:latin1
        - convertBodyTo:
            type: String
            charset: iso-8859-1
        - to: mock:text
        - convertBodyTo:
            type: byte[]
            charset: UTF-16
        - to: mock:utf16
      `),
    );
    await kit.send('direct:in', 'é€');
    const bytes = (name: string): number[] => Array.from(kit.mock(name).bodies()[0] as Uint8Array);
    expect(bytes('latin1')).toEqual([0xe9, 0x3f]);
    expect(kit.mock('text').bodies()).toEqual(['é?']);
    expect(bytes('utf16')).toEqual([0xfe, 0xff, 0x00, 0xe9, 0x00, 0x3f]);
  });

  it('refuses an unknown type or charset when the route is compiled', async () => {
    await expect(routeKit(route(`- convertBodyTo: com.acme.Thing`))).rejects.toThrow(
      /DSL_INVALID_VALUE unknown type 'com.acme.Thing'/,
    );
    await expect(routeKit(route(`- convertBodyTo:\n    type: String\n    charset: EBCDIC`))).rejects.toThrow(
      /COMPILE_UNSUPPORTED_STEP the charset 'EBCDIC' is not supported by Dromedary yet/,
    );
  });
});
