/** Helpers shared by the Simple function implementations. */
import { ExpressionEvaluationError } from '../../api/errors.js';
import { isIntegerText, renderText, tryConvertTo } from '../convert.js';
import { literalText, type Arg, type CallSite, type CallSpec } from './calls.js';
import { bodyEval, report, type Eval } from './source.js';

/** The argument at `index`, or the message body when it is absent (Camel's default input). */
export function inputOf(args: readonly Arg[], index = 0): Eval {
  return args[index]?.run ?? bodyEval;
}

/** A value as text, `null` staying `null`. */
export function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : renderText(value);
}

/** A value as an `int`, or an evaluation error naming what it is for. */
export function toInt(value: unknown, what: string): number {
  const converted = tryConvertTo(value, 'Integer');
  if (typeof converted !== 'number')
    throw new ExpressionEvaluationError(`${what} must be an integer, was: ${renderText(value)}`);
  return converted;
}

/** A value as a `long` (held in a JS number) when it converts, else `undefined` (Camel's `tryConvertTo(Long)`). */
export function toLongOrUndefined(value: unknown): number | undefined {
  const converted = tryConvertTo(value, 'Long');
  return typeof converted === 'bigint' ? Number(converted) : undefined;
}

/** An integer argument: checked at compile time when literal, converted per evaluation otherwise. */
export function intArg(site: CallSite, arg: Arg | undefined, what: string, fallback: number): Eval {
  if (arg === undefined) return () => fallback;
  const literal = literalText(arg)?.trim();
  if (literal !== undefined) {
    if (!isIntegerText(literal)) {
      report(site.src, `${what} of ${site.name} must be an integer, was: ${literal}`, arg.start, arg.end - arg.start);
      return () => fallback;
    }
    const value = Number(literal);
    return () => value;
  }
  const evaluate = arg.run;
  return (exchange, context) => toInt(evaluate(exchange, context), `${what} of ${site.name}`);
}

/** A function of one optional argument (the whole text in the parentheses; the body by default) taking text. */
export function textFunction(fn: (text: string) => unknown): CallSpec {
  return {
    min: 0,
    max: 1,
    whole: true,
    compile: (args) => {
      const input = inputOf(args);
      return (exchange, context) => {
        const text = textOrNull(input(exchange, context));
        return text === null ? null : fn(text);
      };
    },
  };
}

/** A function of one optional argument (the body by default) taking the raw value. */
export function valueFunction(fn: (value: unknown) => unknown): CallSpec {
  return {
    min: 0,
    max: 1,
    whole: true,
    compile: (args) => {
      const input = inputOf(args);
      return (exchange, context) => fn(input(exchange, context) ?? null);
    },
  };
}

/** A function of any number of arguments, each evaluated (the body when there are none). */
export function valuesFunction(fn: (values: unknown[]) => unknown): CallSpec {
  return {
    min: 0,
    max: Number.POSITIVE_INFINITY,
    compile: (args) => {
      const inputs = args.length === 0 ? [bodyEval] : args.map((a) => a.run);
      return (exchange, context) => fn(inputs.map((input) => input(exchange, context) ?? null));
    },
  };
}
