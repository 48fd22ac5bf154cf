import { describe, expect, it } from 'vitest';

import { canonicalLogger, formatGolden, normalizeCamelLog } from './normalize.js';

// Lines as Camel 4.22 prints them through scripts/infra/camel (JBang's pattern), taken from real runs.
const BOOT = `2026-11-23 05:12:58.929  INFO 3518 --- [           main] org.apache.camel.main.MainSupport   : Apache Camel (Main) 4.22.0 is starting
2026-11-23 05:12:59.036  INFO 3518 --- [           main] g.apache.camel.main.BaseMainSupport : Properties location: classpath:application-dev.properties;optional=true,classpath:application.properties;optional=true
2026-11-23 05:12:59.157  INFO 3518 --- [           main] apache.camel.main.ProfileConfigurer : The application is starting with profile: dev
2026-11-23 05:12:59.193  INFO 3518 --- [           main] g.apache.camel.main.BaseMainSupport :     [JVM System Property]          camel.main.name = hello
2026-11-23 05:12:59.244  WARN 3518 --- [           main] sl.yaml.common.YamlDeserializerBase : YAML DSL compact notation detected in: file:/tmp/ct/hello.camel.yaml.
2026-11-23 05:12:59.374  INFO 3518 --- [           main] el.impl.engine.AbstractCamelContext : Apache Camel 4.22.0 (hello) is starting
2026-11-23 05:12:59.395  INFO 3518 --- [           main] el.impl.engine.AbstractCamelContext : Routes startup (total:2)
2026-11-23 05:12:59.395  INFO 3518 --- [           main] el.impl.engine.AbstractCamelContext :     Started hello (timer://yaml)
2026-11-23 05:12:59.395  INFO 3518 --- [           main] el.impl.engine.AbstractCamelContext :     Started route1 (direct://anonymous)
2026-11-23 05:12:59.395  INFO 3518 --- [           main] el.impl.engine.AbstractCamelContext : Apache Camel 4.22.0 (hello) started in 20ms (build:0ms init:0ms start:20ms boot:443ms)
2026-11-23 05:12:59.397  INFO 3518 --- [           main] org.apache.camel.main.MainSupport   : Waiting until complete: Duration max 20 seconds
`;

const RUN = `2026-11-23 05:12:59.410  INFO 3518 --- [ - timer://yaml] hello.camel.yaml:8                  : Hello hello
2026-11-23 05:12:59.416  INFO 3518 --- [ - timer://yaml] info                                : Exchange[ExchangePattern: InOnly, BodyType: String, Body: Hello hello]
2026-11-23 05:12:59.417  INFO 3518 --- [ - timer://yaml] nullbody                            : Exchange[ExchangePattern: InOnly, BodyType: null, Body: [Body is null]]
2026-11-23 05:12:59.418  WARN 3518 --- [ - timer://yaml] hello.camel.yaml:13                 : warned about payload
2026-11-23 05:12:59.419 ERROR 3518 --- [ - timer://yaml] errors                              : error level
2026-11-23 05:12:59.432  INFO 3518 --- [ - timer://yaml] amel.main.MainDurationEventNotifier : Duration max messages triggering shutdown of the JVM
2026-11-23 05:12:59.434  INFO 3518 --- [ownCamelContext] el.impl.engine.AbstractCamelContext : Apache Camel 4.22.0 (hello) is shutting down (timeout:5s0ms)
2026-11-23 05:12:59.444  INFO 3518 --- [ownCamelContext] el.impl.engine.AbstractCamelContext :     Stopped hello (timer://yaml)
`;

describe('normalizeCamelLog', () => {
  it('keeps route start-up, log EIP and log component lines, without timestamps, PIDs or threads', () => {
    expect(normalizeCamelLog(BOOT + RUN)).toEqual([
      'INFO org.apache.camel.impl.engine.AbstractCamelContext : Started hello (timer://yaml)',
      'INFO org.apache.camel.impl.engine.AbstractCamelContext : Started route1 (direct://anonymous)',
      'INFO hello.camel.yaml:8 : Hello hello',
      'INFO info : Exchange[ExchangePattern: InOnly, BodyType: String, Body: Hello hello]',
      'INFO nullbody : Exchange[ExchangePattern: InOnly, BodyType: null, Body: [Body is null]]',
      'WARN hello.camel.yaml:13 : warned about payload',
      'ERROR errors : error level',
    ]);
  });

  it('drops every line of Camel’s own classes except Started lines', () => {
    expect(normalizeCamelLog(BOOT).filter((l) => !l.includes(': Started '))).toEqual([]);
  });

  it('keeps a multi-line record together and drops its trailing blank lines', () => {
    const text = `2026-11-23 05:14:42.040  INFO 4522 --- [ - timer://tick] multi                               : Exchange[
  Headers: {a-header=2, h1=v1}
  BodyType: String
  Body: opts
]


2026-11-23 05:14:42.041  INFO 4522 --- [ - timer://tick] plain                               : opts
`;
    expect(normalizeCamelLog(text)).toEqual([
      'INFO multi : Exchange[\n  Headers: {a-header=2, h1=v1}\n  BodyType: String\n  Body: opts\n]',
      'INFO plain : opts',
    ]);
  });

  it('drops a framework error with its message-history table and stack trace', () => {
    const text = `2026-11-23 05:13:36.101 ERROR 4234 --- [ - timer://tick] or.errorhandler.DefaultErrorHandler : Failed delivery for (MessageId: DA6190308764144-0000000000000000 on ExchangeId: DA6190308764144-0000000000000000). Exhausted after delivery attempt: 1
---------------------------------------------------------------------------------------------------------------
                 ID                             Processor                                          Elapsed (ms)
                 convert/convert                from[timer://tick?delay=0&period=10&repeatCount=1]           47
org.apache.camel.InvalidPayloadException: No body available of type: byte[]
	at org.apache.camel.support.MessageSupport.getMandatoryBody(MessageSupport.java:130)
2026-11-23 05:13:36.102  INFO 4234 --- [ - timer://tick] route.camel.yaml:9                  : still here
`;
    expect(normalizeCamelLog(text)).toEqual(['INFO route.camel.yaml:9 : still here']);
  });

  it("keeps the error handlers' records of retried attempts and of failing failure processors, without exceptions", () => {
    const id = 'DA6190308764144-0000000000000000';
    const text = `2026-11-23 05:13:36.101  WARN 4234 --- [ - timer://tick] or.errorhandler.DefaultErrorHandler : Failed delivery for (MessageId: ${id} on ExchangeId: ${id}). On delivery attempt: 0 caught: java.lang.IllegalArgumentException: bad
2026-11-23 05:13:36.102 ERROR 4234 --- [ - timer://tick] ssor.errorhandler.DeadLetterChannel : Failed delivery for (MessageId: ${id} on ExchangeId: ${id}). Exhausted after delivery attempt: 2 caught: java.lang.IllegalArgumentException: bad. Processed by failure processor: FatalFallbackErrorHandler[null]
java.lang.IllegalArgumentException: bad
\tat org.apache.camel.processor.ThrowExceptionProcessor.process(ThrowExceptionProcessor.java:68)
2026-11-23 05:13:36.103  WARN 4234 --- [ - timer://tick] processor.FatalFallbackErrorHandler : \\--> New exception on exchangeId: ${id}
java.lang.IllegalStateException: dlq broken
2026-11-23 05:13:36.104  WARN 4234 --- [ - timer://tick] processor.FatalFallbackErrorHandler : something else
`;
    expect(normalizeCamelLog(text)).toEqual([
      'WARN error-handler : Failed delivery for (MessageId: <id> on ExchangeId: <id>). On delivery attempt: 0 caught: <exception>',
      'ERROR error-handler : Failed delivery for (MessageId: <id> on ExchangeId: <id>). Exhausted after delivery attempt: 2 caught: <exception>',
      'WARN error-handler : \\--> New exception on exchangeId: <id>',
    ]);
  });

  it('replaces exchange ids, UUIDs, dates and epoch milliseconds', () => {
    const text = `2026-11-23 05:14:42.038  INFO 4522 --- [ - timer://tick] all                                 : Exchange[Id: 8C4A0ACC446BAC0-0000000000000000, RouteId: log-options, ExchangePattern: InOnly, Properties: {CamelTimerFiredTime=Mon Nov 23 05:16:04 UTC 2026}, Headers: {CamelMessageTimestamp=1795410964601, trace=3f2a9c1e-4b7d-4e8a-9c1f-0a1b2c3d4e5f, at=2026-11-23T05:16:04.123Z}, BodyType: String, Body: opts]
2026-11-23 05:14:42.039  INFO 4522 --- [ - timer://tick] old                                 : id ID-build-host-1612345678901-0-1 on build-host
`;
    expect(normalizeCamelLog(text, { hostnames: ['build-host'] })).toEqual([
      'INFO all : Exchange[Id: <id>, RouteId: log-options, ExchangePattern: InOnly, Properties: {CamelTimerFiredTime=<date>}, Headers: {CamelMessageTimestamp=<epoch-ms>, trace=<uuid>, at=<timestamp>}, BodyType: String, Body: opts]',
      'INFO old : id <id> on <host>',
    ]);
  });

  it('compares logger names independently of the 35-character truncation', () => {
    const long = 'com.example.orders.processing.audit-trail';
    const truncated = long.slice(-35);
    const printedFull = `2026-11-23 05:12:59.410  INFO 1 --- [           main] ${long} : x`;
    const printedCut = `2026-11-23 05:12:59.410  INFO 1 --- [           main] ${truncated} : x`;
    expect(normalizeCamelLog(printedFull)).toEqual(normalizeCamelLog(printedCut));
    expect(canonicalLogger('el.impl.engine.AbstractCamelContext')).toBe(
      'org.apache.camel.impl.engine.AbstractCamelContext',
    );
    expect(canonicalLogger('org.apache.camel.impl.engine.AbstractCamelContext')).toBe(
      'org.apache.camel.impl.engine.AbstractCamelContext',
    );
    expect(canonicalLogger('my.custom.logger')).toBe('my.custom.logger');
  });

  it('keeps Exchange[...] lines of a class-named logger and drops its other lines', () => {
    const text = `2026-11-23 05:12:59.410  INFO 1 --- [ - timer://tick] com.acme.Orders                     : Exchange[BodyType: String, Body: a]
2026-11-23 05:12:59.411  INFO 1 --- [ - timer://tick] com.acme.Orders                     : plain body
`;
    expect(normalizeCamelLog(text)).toEqual(['INFO com.acme.Orders : Exchange[BodyType: String, Body: a]']);
  });

  it('strips ANSI colours, CRLF line ends, and ignores text before the first record', () => {
    const text =
      'camel: using Camel 4.22.0\r\n' +
      '\u001b[2m2026-11-23 05:12:59.410\u001b[0m \u001b[32m INFO\u001b[0m \u001b[35m3518\u001b[0m \u001b[2m---\u001b[0m ' +
      '\u001b[2m[ - timer://yaml]\u001b[0m \u001b[36mhello.camel.yaml:8                 \u001b[0m : Hello\r\n';
    expect(normalizeCamelLog(text)).toEqual(['INFO hello.camel.yaml:8 : Hello']);
  });

  it('keeps an empty message and a message containing the separator', () => {
    const text = `2026-11-23 05:12:59.410  INFO 1 --- [ - timer://tick] route.camel.yaml:7                  : 
2026-11-23 05:12:59.411  INFO 1 --- [ - timer://tick] route.camel.yaml:8                  : a : b
`;
    expect(normalizeCamelLog(text)).toEqual(['INFO route.camel.yaml:7 : ', 'INFO route.camel.yaml:8 : a : b']);
  });

  it('handles thread names containing brackets', () => {
    const text = `2026-11-23 05:12:59.410  INFO 1 --- [seda://w[x]?a=1] worker                              : hi`;
    expect(normalizeCamelLog(text)).toEqual(['INFO worker : hi']);
  });

  it('returns nothing for output without records', () => {
    expect(normalizeCamelLog('')).toEqual([]);
    expect(normalizeCamelLog('Error: Could not find or load main class org.apache.camel.main.Main\n')).toEqual([]);
  });
});

describe('formatGolden', () => {
  it('joins entries with newlines, sorting them when the order is not defined', () => {
    expect(formatGolden(['b', 'a'])).toBe('b\na\n');
    expect(formatGolden(['b', 'a'], true)).toBe('a\nb\n');
    expect(formatGolden([])).toBe('');
  });
});
