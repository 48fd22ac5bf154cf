/**
 * Simple's binary operators compiled to closures. When the right side is a literal, the work that depends only on
 * it (regex compilation, the `in` list, the `range` bounds, the `is` class) is done once at compile time.
 */
import { ExpressionEvaluationError } from '../../api/errors.js';
import { renderText } from '../convert.js';
import { isInstanceOf, isKnownClass } from '../instance-of.js';
import { isCollection, iterateValues } from '../values.js';
import { coerceCompare, coerceEquals } from './compare.js';
import { compileJavaRegex, regexCache } from './java-regex.js';
import { report, type Eval, type Operand, type Source } from './source.js';

/** Where the operator is, for problems about its right side. */
export interface OperatorSite {
  readonly src: Source;
  readonly op: string;
  readonly rightStart: number;
  readonly rightEnd: number;
}

type Test = (left: unknown, right: unknown) => boolean;

function text(value: unknown): string {
  return typeof value === 'string' ? value : renderText(value);
}

function ordering(accept: (cmp: number) => boolean, bothNull: boolean): Test {
  return (l, r) => {
    if (l === null || r === null) return bothNull && l === r;
    const cmp = coerceCompare(l, r);
    return cmp !== undefined && accept(cmp);
  };
}

function contains(l: unknown, r: unknown, ignoreCase: boolean): boolean {
  if (l === null || r === null) return false;
  if (isCollection(l)) return [...l].some((element) => coerceEquals(element, r, ignoreCase));
  return ignoreCase ? text(l).toLowerCase().includes(text(r).toLowerCase()) : text(l).includes(text(r));
}

const SIMPLE_TESTS: Readonly<Record<string, Test>> = {
  '==': (l, r) => coerceEquals(l, r),
  '=~': (l, r) => coerceEquals(l, r, true),
  '>': ordering((c) => c > 0, false),
  '>=': ordering((c) => c >= 0, true),
  '<': ordering((c) => c < 0, false),
  '<=': ordering((c) => c <= 0, true),
  contains: (l, r) => contains(l, r, false),
  '~~': (l, r) => contains(l, r, true),
  startsWith: (l, r) => l !== null && r !== null && text(l).startsWith(text(r)),
  endsWith: (l, r) => l !== null && r !== null && text(l).endsWith(text(r)),
  equals: (l, r) => (l === null || r === null ? l === r : text(l) === text(r)),
};

const RANGE = /^(\d+)\.\.(\d+)$/;

function inRange(l: unknown, bounds: readonly [string, string]): boolean {
  if (l === null) return false;
  const low = coerceCompare(l, bounds[0]);
  const high = coerceCompare(l, bounds[1]);
  return low !== undefined && high !== undefined && low >= 0 && high <= 0;
}

function rangeTest(site: OperatorSite, right: Operand): Test | undefined {
  const parse = (value: unknown): [string, string] | undefined => {
    const match = RANGE.exec(text(value).trim());
    return match === null ? undefined : [match[1] ?? '', match[2] ?? ''];
  };
  if (right.literal !== undefined) {
    const bounds = parse(right.literal.value);
    if (bounds === undefined) {
      report(
        site.src,
        'range must be written from..to with digits, as 100..199',
        site.rightStart,
        site.rightEnd - site.rightStart,
      );
      return undefined;
    }
    return (l) => inRange(l, bounds);
  }
  return (l, r) => {
    const bounds = parse(r);
    if (bounds === undefined)
      throw new ExpressionEvaluationError(`range must be from..to with digits, was: ${text(r)}`);
    return inRange(l, bounds);
  };
}

function regexTest(site: OperatorSite, right: Operand): Test | undefined {
  if (right.literal !== undefined) {
    const compiled = compileJavaRegex(text(right.literal.value), true);
    if (!compiled.ok) {
      report(site.src, `invalid regex: ${compiled.message}`, site.rightStart, site.rightEnd - site.rightStart);
      return undefined;
    }
    const regex = compiled.regex;
    return (l) => l !== null && regex.test(text(l));
  }
  const cache = regexCache(true);
  return (l, r) => {
    if (l === null || r === null) return false;
    const compiled = cache(text(r));
    if (!compiled.ok) throw new ExpressionEvaluationError(`invalid regex ${text(r)}: ${compiled.message}`);
    return compiled.regex.test(text(l));
  };
}

function inElements(value: unknown): unknown[] {
  return typeof value === 'string' ? value.split(',') : iterateValues(value);
}

function inTest(right: Operand): Test {
  if (right.literal !== undefined) {
    const elements = inElements(right.literal.value);
    return (l) => elements.some((element) => coerceEquals(l, element));
  }
  return (l, r) => inElements(r).some((element) => coerceEquals(l, element));
}

function isTest(site: OperatorSite, right: Operand): Test | undefined {
  if (right.literal !== undefined) {
    const name = text(right.literal.value);
    if (!isKnownClass(name)) {
      report(site.src, `unknown type ${name}`, site.rightStart, site.rightEnd - site.rightStart);
      return undefined;
    }
    return (l) => isInstanceOf(l, name) === true;
  }
  return (l, r) => {
    const result = isInstanceOf(l, text(r));
    if (result === undefined) throw new ExpressionEvaluationError(`unknown type ${text(r)}`);
    return result;
  };
}

function baseTest(site: OperatorSite, op: string, right: Operand): Test | undefined {
  switch (op) {
    case 'regex':
      return regexTest(site, right);
    case 'in':
      return inTest(right);
    case 'is':
      return isTest(site, right);
    case 'range':
      return rangeTest(site, right);
    default:
      return SIMPLE_TESTS[op];
  }
}

const NEGATED: Readonly<Record<string, string>> = { '!=': '==', '!=~': '=~', '!~~': '~~' };

/**
 * Compiles `left op right` into a closure answering a boolean. Negated operators (`!=`, `!contains`, `!in` …) are
 * the negation of their positive form, so `${header.missing} !contains 'x'` holds. Problems with a literal right
 * side (bad regex, bad range, unknown class) are reported at the right operand.
 */
export function compileBinary(site: OperatorSite, left: Operand, right: Operand): Eval {
  const { op } = site;
  const negated = NEGATED[op] !== undefined || (op.startsWith('!') && op.length > 1);
  const positive = NEGATED[op] ?? (negated ? op.slice(1) : op);
  const test = baseTest(site, positive, right);
  if (test === undefined) return () => false;
  const l = left.run;
  const r = right.run;
  return negated
    ? (exchange, context) => !test(l(exchange, context) ?? null, r(exchange, context) ?? null)
    : (exchange, context) => test(l(exchange, context) ?? null, r(exchange, context) ?? null);
}
