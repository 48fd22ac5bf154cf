/**
 * The mechanism of `convertBodyTo`, `convertHeaderTo` and `convertVariableTo`: read a value, convert it to a Camel
 * type with the body-type table of `src/expr/convert.ts` (GUIDE §4: `String`, `Integer`, `Long`, `Double`, `Boolean`,
 * `byte[]`, `java.util.Map`, `java.util.List` …, short or `java.lang.` names), store the result — as Camel's
 * `ConvertBodyProcessor`, `ConvertHeaderProcessor` and `ConvertVariableProcessor` do:
 *
 * - a missing (null) value is left alone, except that `convertVariableTo` with `mandatory` fails the exchange;
 * - `mandatory` (default true): a value that cannot be converted fails the exchange with a `TypeConversionError`;
 * - `mandatory: false`: such a value becomes null — except text that does not parse as the number type asked for,
 *   which still fails (Camel's number converters throw, and non-mandatory conversion only forgives a missing converter);
 * - `charset`: the character set for text ↔ `byte[]` (and for bytes read as text before another conversion);
 * - `toName` (header, variable): store the result under another name, leaving the original as it was.
 */
import { DromedaryError } from '../api/errors.js';
import { defineStep, type StepCompiler, type StepContext } from '../compile/step-context.js';
import { type CamelType, convertToType, renderText, resolveType, tryConvertTo } from '../expr/convert.js';
import { CHARSET_NAMES, type Charset, resolveCharset } from './charset.js';
import { asMap, booleanOption, stringOption, syncStep } from './sync-step.js';
import { compileName, type NameOf, type ValueTarget } from './value-targets.js';

/** What a convert step does when there is no value to convert. */
export type WhenMissing = 'skip' | 'fail-if-mandatory';

const NUMBER_TYPES: ReadonlySet<CamelType> = new Set<CamelType>(['Integer', 'Long', 'Double', 'Float']);

/**
 * Converts a non-null value as the convert EIPs do (rules above).
 * @throws TypeConversionError when the value cannot be converted and the conversion must not yield null.
 */
export function convertValue(value: unknown, type: CamelType, mandatory: boolean, charset?: Charset): unknown {
  let source = value;
  if (charset !== undefined) {
    if (type === 'byte[]' && !(value instanceof Uint8Array)) return charset.encode(renderText(value));
    if (value instanceof Uint8Array && type !== 'byte[]') source = charset.decode(value);
  }
  const converted = tryConvertTo(source, type);
  if (converted !== undefined) return converted;
  const text = typeof source === 'string' || source instanceof Uint8Array;
  if (mandatory || (text && NUMBER_TYPES.has(type))) return convertToType(source, type);
  return null;
}

/** The step's `type`, resolved; undefined (reported) when Dromedary does not know it. */
function typeOf(map: Record<string, unknown>, definition: unknown, ctx: StepContext): CamelType | undefined {
  const typeName = stringOption(map, 'type') ?? '';
  const type = resolveType(typeName);
  if (type === undefined) {
    ctx.error(
      typeof definition === 'string' ? [] : ['type'],
      'DSL_INVALID_VALUE',
      `unknown type '${typeName}'`,
      'use String, Integer, Long, Double, Float, Boolean, byte[], Map, List or Object (short or java.lang./java.util. names)',
    );
  }
  return type;
}

/** The step's `charset`: absent, resolved, or `false` when Dromedary does not have it (reported). */
function charsetOf(map: Record<string, unknown>, ctx: StepContext): Charset | undefined | false {
  const name = stringOption(map, 'charset');
  if (name === undefined) return undefined;
  const charset = resolveCharset(name);
  if (charset !== undefined) return charset;
  ctx.error(
    ['charset'],
    'COMPILE_UNSUPPORTED_STEP',
    `the charset '${name}' is not supported by Dromedary yet`,
    `use one of ${CHARSET_NAMES.join(', ')}`,
  );
  return false;
}

/** The source and destination names (`name`, `toName`) of a named target; undefined (reported) when invalid. */
function namesOf(
  key: string,
  map: Record<string, unknown>,
  target: ValueTarget,
  ctx: StepContext,
): { from: NameOf; to: NameOf } | undefined {
  if (!target.named) return { from: () => '', to: () => '' };
  const written = stringOption(map, 'name') ?? '';
  if (written === '') ctx.error([], 'DSL_MISSING_REQUIRED', `${key} needs a name`);
  const from = written === '' ? undefined : compileName(written, target, ctx, ['name']);
  const toName = stringOption(map, 'toName');
  const to = toName === undefined ? from : compileName(toName, target, ctx, ['toName']);
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** A convert step for a target; `whenMissing` says what an absent value does (rules above). */
export function convertStep(key: string, target: ValueTarget, whenMissing: WhenMissing): StepCompiler {
  return defineStep({
    name: key,
    compile(definition, ctx) {
      const map = asMap(definition, 'type');
      const type = typeOf(map, definition, ctx);
      const charset = charsetOf(map, ctx);
      const names = namesOf(key, map, target, ctx);
      if (type === undefined || charset === false || names === undefined) return undefined;
      const mandatory = booleanOption(map, 'mandatory', true);
      return syncStep((exchange) => {
        const source = names.from(exchange);
        const destination = names.to(exchange);
        const value = target.get(exchange, source);
        if (value === null || value === undefined) {
          if (whenMissing === 'fail-if-mandatory' && mandatory) {
            throw new DromedaryError('NO_SUCH_VALUE', `No ${target.kind} available with name: ${source}`);
          }
          return;
        }
        target.set(exchange, destination, convertValue(value, type, mandatory, charset));
      });
    },
  });
}
