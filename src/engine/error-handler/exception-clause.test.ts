import { describe, expect, it } from 'vitest';

import type { EvaluationContext } from '../../api/exchange.js';
import type { Processor } from '../../api/processor.js';
import { DefaultExchange } from '../exchange.js';
import { clausePolicy, clauseRedelivers, selectClause, type ExceptionClause } from './exception-clause.js';
import { DEFAULT_REDELIVERY_POLICY } from './redelivery-policy.js';

const context: EvaluationContext = { contextName: 't', property: () => undefined, now: () => 0 };

const clause = (id: string, exceptions: string[], extra: Partial<ExceptionClause> = {}): ExceptionClause => ({
  id,
  exceptions,
  useOriginalMessage: false,
  useOriginalBody: false,
  processorName: 'null',
  ...extra,
});

const javaError = (name: string, cause?: Error): Error => {
  const e = new Error('x', cause === undefined ? undefined : { cause });
  e.name = name;
  return e;
};

const pick = (groups: ExceptionClause[][], error: Error): string | undefined =>
  selectClause(groups, error, new DefaultExchange(), context)?.id;

describe('choosing the onException clause', () => {
  it('prefers the exact class, wherever it is declared', () => {
    const groups = [[clause('a', ['java.lang.Exception']), clause('b', ['java.lang.IllegalArgumentException'])]];
    expect(pick(groups, javaError('java.lang.IllegalArgumentException'))).toBe('b');
  });

  it('else the closest superclass; on a tie the clause declared first', () => {
    const groups = [
      [
        clause('exception', ['java.lang.Exception']),
        clause('runtime', ['java.lang.RuntimeException']),
        clause('runtime2', ['java.lang.RuntimeException']),
      ],
    ];
    expect(pick(groups, javaError('java.lang.NumberFormatException'))).toBe('runtime');
    expect(pick(groups, javaError('java.io.IOException'))).toBe('exception');
    expect(pick([[clause('io', ['java.io.IOException'])]], javaError('java.lang.IllegalStateException'))).toBe(
      undefined,
    );
  });

  it('walks the cause chain from the innermost cause: an exact match there wins', () => {
    const error = javaError('java.lang.RuntimeException', javaError('java.io.IOException'));
    const groups = [[clause('runtime', ['java.lang.RuntimeException']), clause('io', ['java.io.IOException'])]];
    expect(pick(groups, error)).toBe('io');
    // Without an exact match anywhere, the closest one wins, the innermost cause first on a tie.
    const wrapped = javaError('java.lang.IllegalStateException', javaError('java.net.ConnectException'));
    const near = [[clause('runtime', ['java.lang.RuntimeException']), clause('io', ['java.io.IOException'])]];
    expect(pick(near, wrapped)).toBe('runtime');
  });

  it('skips a clause whose onWhen does not hold', () => {
    const never = { test: () => false };
    const groups = [
      [
        clause('when', ['java.lang.IllegalArgumentException'], { onWhen: never }),
        clause('any', ['java.lang.Exception']),
      ],
    ];
    expect(pick(groups, javaError('java.lang.IllegalArgumentException'))).toBe('any');
  });

  it('searches the first group first; a later group wins only with a closer class', () => {
    const config = [clause('config', ['java.lang.Exception'])];
    const file = [clause('file', ['java.lang.IllegalArgumentException'])];
    expect(pick([config, file], javaError('java.lang.IllegalArgumentException'))).toBe('file');
    const both = [clause('config', ['java.lang.IllegalArgumentException'])];
    expect(pick([both, file], javaError('java.lang.IllegalArgumentException'))).toBe('config');
  });

  it('matches errors of user code by their JS classes and by java.lang.Exception', () => {
    class MyError extends Error {}
    expect(pick([[clause('mine', ['MyError'])]], new MyError('x'))).toBe('mine');
    expect(pick([[clause('any', ['java.lang.Exception'])]], new Error('x'))).toBe('any');
    expect(pick([[clause('runtime', ['java.lang.RuntimeException'])]], new Error('x'))).toBeUndefined();
  });
});

describe('the policy of a matched clause', () => {
  const steps: Processor = { process: (_e, done) => (done(true), true) };
  const redelivering = { ...DEFAULT_REDELIVERY_POLICY, maximumRedeliveries: 3 };

  it("applies the clause's options over the handler's", () => {
    const c = clause('a', ['java.lang.Exception'], { redelivery: { redeliveryDelay: 5 } });
    expect(clausePolicy(c, redelivering)).toMatchObject({ maximumRedeliveries: 3, redeliveryDelay: 5 });
    expect(clauseRedelivers(c)).toBe(false);
    expect(clauseRedelivers(clause('b', ['x'], { redelivery: { maximumRedeliveries: -1 } }))).toBe(true);
  });

  it('does not redeliver for a clause with steps that sets no policy (Camel), but inherits without steps', () => {
    expect(clausePolicy(clause('a', ['x'], { processor: steps }), redelivering).maximumRedeliveries).toBe(0);
    expect(clausePolicy(clause('a', ['x']), redelivering).maximumRedeliveries).toBe(3);
  });
});
