import { describe, expect, it } from 'vitest';

import { connectorCatalogue } from './catalogue.js';
import { checkEndpoints } from './endpoints.js';

const catalogue = connectorCatalogue();

const from = (value: unknown): ReturnType<typeof checkEndpoints> => checkEndpoints(value, catalogue, 'from');

describe('checkEndpoints', () => {
  it('finds nothing wrong with known components and well-typed options', () => {
    expect(
      from({
        uri: 'timer:tick?period=5s&delay=-1&repeatCount=3&fixedRate=true',
        steps: [
          { to: 'log:a?level=WARN&showBody=false' },
          { toD: 'seda:q?size=10&waitForTaskToComplete=Never' },
          { wireTap: 'direct:audit' },
          { to: { uri: 'mock:out', parameters: { retainFirst: 2, retainLast: 3 } } },
          { to: 'timer:t?period=PT5S' },
        ],
      }),
    ).toEqual([]);
  });

  it('reports an option Camel has but Dromedary does not apply yet', () => {
    expect(from({ uri: 'timer:a?bridgeErrorHandler=true' })).toEqual([
      {
        code: 'ENDPOINT_UNSUPPORTED_OPTION',
        message: "the timer option 'bridgeErrorHandler' is not supported by Dromedary yet",
        path: ['uri'],
        anchor: 'value',
        offset: 8,
      },
    ]);
  });

  it('reports an unknown component with a did-you-mean hint', () => {
    expect(from({ uri: 'timer:a', steps: [{ toD: 'lgo:x' }] })).toEqual([
      {
        code: 'ENDPOINT_UNKNOWN_COMPONENT',
        message: 'the lgo component is not available in Dromedary',
        path: ['steps', 0, 'toD'],
        anchor: 'value',
        hint: "did you mean 'log'?",
      },
    ]);
  });

  it('lists the available components when no name is close', () => {
    const [finding] = from({ uri: 'kafka:topic' });
    expect(finding?.code).toBe('ENDPOINT_UNKNOWN_COMPONENT');
    expect(finding?.hint).toBe('available: direct, kamelet, log, mock, platform-http, seda, timer');
  });

  it('reports an unknown query option at its name in the URI, with a hint', () => {
    expect(from({ uri: 'timer:tick?perod=1' })).toEqual([
      {
        code: 'ENDPOINT_UNKNOWN_OPTION',
        message: "the timer component has no option 'perod'",
        path: ['uri'],
        anchor: 'value',
        offset: 11,
        hint: "did you mean 'period'?",
      },
    ]);
  });

  it('reports query option values of the wrong type at the value', () => {
    const uri = 'timer:tick?delay=abc&fixedRate=yes&repeatCount=1.5';
    const findings = from({ uri, steps: [{ to: 'log:a?level=LOUD' }] });
    expect(findings.map((f) => [f.code, f.path, f.offset])).toEqual([
      ['ENDPOINT_INVALID_OPTION', ['uri'], uri.indexOf('abc')],
      ['ENDPOINT_INVALID_OPTION', ['uri'], uri.indexOf('yes')],
      ['ENDPOINT_INVALID_OPTION', ['uri'], uri.indexOf('1.5')],
      ['ENDPOINT_INVALID_OPTION', ['steps', 0, 'to'], 'log:a?level='.length],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "option 'delay' of the timer component must be a duration (milliseconds, or text such as 5s), found 'abc'",
      "option 'fixedRate' of the timer component must be true or false, found 'yes'",
      "option 'repeatCount' of the timer component must be a whole number, found '1.5'",
      "option 'level' of the log component must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF, found 'LOUD'",
    ]);
  });

  it('checks options given under parameters, at their key when unknown and at their value when wrong', () => {
    const findings = from({
      uri: 'timer:t',
      steps: [{ to: { uri: 'seda:q', parameters: { size: 'big', sizee: 2, concurrentConsumers: 3 } } }],
    });
    expect(findings).toEqual([
      {
        code: 'ENDPOINT_INVALID_OPTION',
        message: "option 'size' of the seda component must be a whole number, found 'big'",
        path: ['steps', 0, 'to', 'parameters', 'size'],
        anchor: 'value',
      },
      {
        code: 'ENDPOINT_UNKNOWN_OPTION',
        message: "the seda component has no option 'sizee'",
        path: ['steps', 0, 'to', 'parameters', 'sizee'],
        anchor: 'key',
        hint: "did you mean 'size'?",
      },
    ]);
  });

  it('reports the path option given as a query option, without suggesting that same name', () => {
    const [finding] = from({ uri: 'timer:t?timerName=x' });
    expect(finding).toMatchObject({
      code: 'ENDPOINT_UNKNOWN_OPTION',
      message: "'timerName' is the path of a timer URI, not an option",
      offset: 8,
    });
    expect(finding?.hint).not.toBe("did you mean 'timerName'?");
  });

  it('reports a value that is not a URI, but not a dynamic one', () => {
    expect(
      from({ uri: 'timer:a', steps: [{ wireTap: 'not a uri' }, { to: '${header.dest}' }, { toD: '{{target}}' }] }),
    ).toEqual([
      {
        code: 'ENDPOINT_INVALID_URI',
        message: "'not a uri' is not an endpoint URI (scheme:path)",
        path: ['steps', 0, 'wireTap'],
        anchor: 'value',
      },
    ]);
  });

  it('accepts placeholders and simple expressions as option values', () => {
    expect(from({ uri: 'timer:t?period={{period}}', steps: [{ toD: 'seda:q?size=${header.n}' }] })).toEqual([]);
  });

  it('accepts any option of the kamelet component, whose options are Kamelet parameters', () => {
    expect(from({ uri: 'kamelet:my-source?anything=1', steps: [{ to: 'kamelet:sink?whatever=x' }] })).toEqual([]);
  });

  it('checks a deadLetterUri wherever it appears', () => {
    const findings = checkEndpoints(
      { id: 'r', errorHandler: { deadLetterChannel: { deadLetterUri: 'sedaa:dlq' } } },
      catalogue,
      'route',
    );
    expect(findings.map((f) => [f.code, f.path, f.hint])).toEqual([
      ['ENDPOINT_UNKNOWN_COMPONENT', ['errorHandler', 'deadLetterChannel', 'deadLetterUri'], "did you mean 'seda'?"],
    ]);
  });

  it('checks a to entry whose value is the URI itself', () => {
    expect(checkEndpoints('log:a?levl=INFO', catalogue, 'to')).toEqual([
      {
        code: 'ENDPOINT_UNKNOWN_OPTION',
        message: "the log component has no option 'levl'",
        path: [],
        anchor: 'value',
        offset: 6,
        hint: "did you mean 'level'?",
      },
    ]);
  });

  it('leaves the uri of interceptFrom and interceptSendToEndpoint alone, as it is a pattern', () => {
    expect(checkEndpoints({ uri: 'xyz:*', steps: [{ log: 'hi' }] }, catalogue, 'interceptFrom')).toEqual([]);
    const findings = checkEndpoints({ uri: 'log*', steps: [{ to: 'nope:x' }] }, catalogue, 'interceptSendToEndpoint');
    expect(findings.map((f) => [f.code, f.path])).toEqual([['ENDPOINT_UNKNOWN_COMPONENT', ['steps', 0, 'to']]]);
  });

  it('does not read the values of free maps as endpoints', () => {
    const findings = from({ uri: 'timer:t', parameters: { period: 10 }, properties: { to: 'xx:y', uri: 'yy:z' } });
    expect(findings).toEqual([]);
  });

  it('ignores steps whose values are not strings', () => {
    expect(from({ uri: 'timer:t', steps: [{ to: 5 }, { log: 'lgo:x' }] })).toEqual([]);
  });
});
