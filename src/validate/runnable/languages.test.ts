import { describe, expect, it } from 'vitest';

import { checkLanguages, REFUSED_LANGUAGES, SUPPORTED_LANGUAGES } from './languages.js';

describe('checkLanguages', () => {
  it('accepts the languages Dromedary implements', () => {
    const steps = [...SUPPORTED_LANGUAGES].map((language) => ({ setBody: { [language]: 'x' } }));
    expect(checkLanguages({ uri: 'timer:a', steps })).toEqual([]);
  });

  it('refuses a language that runs code, at its key, with a hint', () => {
    expect(checkLanguages({ uri: 'timer:a', steps: [{ setBody: { groovy: '1 + 1' } }] })).toEqual([
      {
        code: 'EXPR_REFUSED_LANGUAGE',
        message: 'the groovy language runs code and is not supported',
        path: ['steps', 0, 'setBody', 'groovy'],
        anchor: 'key',
        hint: 'write the expression in simple',
      },
    ]);
  });

  it('refuses every language that evaluates code', () => {
    const steps = [...REFUSED_LANGUAGES].map((language) => ({ filter: { [language]: 'x' } }));
    const findings = checkLanguages({ uri: 'timer:a', steps });
    expect(findings.map((f) => f.code)).toEqual(steps.map(() => 'EXPR_REFUSED_LANGUAGE'));
    expect(findings.map((f) => f.path[3])).toEqual([...REFUSED_LANGUAGES]);
  });

  it('reports a language Camel has but Dromedary does not implement yet', () => {
    expect(checkLanguages({ steps: [{ setHeader: { name: 'h', xpath: '/a' } }] })).toEqual([
      {
        code: 'EXPR_UNSUPPORTED_LANGUAGE',
        message: 'the xpath language is not supported by Dromedary yet',
        path: ['steps', 0, 'setHeader', 'xpath'],
        anchor: 'key',
      },
    ]);
  });

  it('finds languages under an expression wrapper and in nested expression holders', () => {
    const findings = checkLanguages({
      uri: 'timer:a',
      steps: [
        { filter: { expression: { js: 'x' } } },
        { choice: { when: [{ simple: '${body}', steps: [{ transform: { jq: '.a' } }] }, { python: 'x' }] } },
        { aggregate: { correlationExpression: { datasonnet: 'x' }, completionPredicate: { mvel: 'x' } } },
        { split: { tokenize: ',' } },
      ],
    });
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['EXPR_REFUSED_LANGUAGE', ['steps', 0, 'filter', 'expression', 'js']],
      ['EXPR_UNSUPPORTED_LANGUAGE', ['steps', 1, 'choice', 'when', 0, 'steps', 0, 'transform', 'jq']],
      ['EXPR_REFUSED_LANGUAGE', ['steps', 1, 'choice', 'when', 1, 'python']],
      ['EXPR_UNSUPPORTED_LANGUAGE', ['steps', 2, 'aggregate', 'correlationExpression', 'datasonnet']],
      ['EXPR_REFUSED_LANGUAGE', ['steps', 2, 'aggregate', 'completionPredicate', 'mvel']],
      ['EXPR_UNSUPPORTED_LANGUAGE', ['steps', 3, 'split', 'tokenize']],
    ]);
  });

  it('checks onException and onWhen predicates', () => {
    const findings = checkLanguages({
      exception: ['java.lang.Exception'],
      onWhen: { ognl: 'x' },
      handled: { constant: true },
      retryWhile: { spel: 'x' },
    });
    expect(findings.map((f) => f.path)).toEqual([
      ['onWhen', 'ognl'],
      ['retryWhile', 'spel'],
    ]);
  });

  it('refuses a language that runs code when it is named through the language expression', () => {
    const findings = checkLanguages({ steps: [{ setBody: { language: { language: 'groovy', expression: '1' } } }] });
    expect(findings.map((f) => f.code)).toEqual(['EXPR_REFUSED_LANGUAGE']);
  });

  it('ignores language names outside expression holders', () => {
    expect(
      checkLanguages({
        uri: 'timer:a',
        steps: [
          { log: 'groovy' },
          { to: { uri: 'log:a', parameters: { groovy: 'x', js: 'y' } } },
          { marshal: { json: {} } },
          { bean: { ref: 'myBean', method: 'run' } },
        ],
      }),
    ).toEqual([]);
  });

  it('finds nothing in scalars', () => {
    expect(checkLanguages('groovy')).toEqual([]);
    expect(checkLanguages(null)).toEqual([]);
  });
});
