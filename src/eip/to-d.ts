/** The `toD` EIP. */
import type { Exchange } from '../api/exchange.js';
import type { Processor } from '../api/processor.js';
import { defineStep } from '../compile/step-context.js';
import { renderText } from '../expr/convert.js';
import { asError } from '../engine/pipeline.js';
import { patternOption, sendWithPattern } from './send-exchange.js';
import { refuseUnapplied } from './step-options.js';
import { asMap, booleanOption, finishSync, integerOption, stringOption } from './sync-step.js';

/** How many producers `toD` keeps by default (Camel's `cacheSize` 0: the context's maximum cache pool size). */
const DEFAULT_CACHE_SIZE = 1000;

/** Producers by URI, least recently used first; `size` < 0 keeps none (Camel's prototype scope). */
function producerCache(size: number, create: (uri: string) => Processor): (uri: string) => Processor {
  const max = size === 0 ? DEFAULT_CACHE_SIZE : size;
  const cache = new Map<string, Processor>();
  return (uri) => {
    if (max < 0) return create(uri);
    const cached = cache.get(uri);
    if (cached !== undefined) {
      cache.delete(uri);
      cache.set(uri, cached);
      return cached;
    }
    const producer = create(uri);
    if (cache.size >= max) cache.delete(cache.keys().next().value ?? '');
    cache.set(uri, producer);
    return producer;
  };
}

/** The URI a computed value names (trimmed text), or undefined for null; throws when it has no `scheme:path`. */
function targetUri(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const uri = (typeof value === 'string' ? value : renderText(value)).trim();
  const colon = uri.indexOf(':');
  if (colon <= 0 || colon === uri.length - 1) {
    throw new Error(`Failed to resolve endpoint: ${uri} due to: Endpoint should include scheme:path`);
  }
  return uri;
}

/**
 * `toD`: sends the exchange to an endpoint whose URI is a Simple template computed per exchange (`toD:
 * "direct:${header.target}"`, `parameters` merged into its options), as Camel's `SendDynamicProcessor`:
 * - the computed URI is trimmed; a null result sends nothing and the exchange goes on unchanged;
 * - a URI without `scheme:path`, an unknown component or option, or a template that fails to evaluate fails the
 *   exchange — unless `ignoreInvalidEndpoint: true`, which skips the send and lets the exchange go on;
 * - once the URI is resolved, a failure at the endpoint itself fails the exchange, `ignoreInvalidEndpoint` or not;
 * - producers are kept per URI, at most `cacheSize` (0: 1000; negative: none kept);
 * - `pattern` is the exchange pattern while sending only, as for `to`;
 * - `variableSend`, `variableReceive` and `allowedSchemes` are refused (not supported yet); `allowOptimisedComponents`
 *   and `autoStartComponents` change nothing observable and are accepted.
 */
export const toD = defineStep({
  name: 'toD',
  compile(definition, ctx) {
    const map = asMap(definition, 'uri');
    const uri = stringOption(map, 'uri');
    if (uri === undefined) {
      ctx.error([], 'DSL_MISSING_REQUIRED', 'toD needs a uri');
      return undefined;
    }
    if (refuseUnapplied(map, ctx, 'toD', ['variableSend', 'variableReceive', 'allowedSchemes'])) return undefined;
    const template = ctx.expression({ simple: uri }, typeof definition === 'string' ? [] : ['uri']);
    if (template === undefined) return undefined;
    const producerFor = producerCache(integerOption(map, 'cacheSize') ?? 0, (target) =>
      ctx.dynamicProducer(target, map['parameters']),
    );
    const ignoreInvalid = booleanOption(map, 'ignoreInvalidEndpoint', false);
    const pattern = patternOption(map);
    const resolve = (exchange: Exchange): Processor | undefined => {
      const target = targetUri(template.evaluate(exchange, ctx.evaluation));
      return target === undefined ? undefined : producerFor(target);
    };
    return {
      process(exchange, done) {
        let producer: Processor | undefined;
        try {
          producer = resolve(exchange);
        } catch (err) {
          if (!ignoreInvalid) exchange.exception = asError(err);
          return finishSync(done);
        }
        return producer === undefined ? finishSync(done) : sendWithPattern(producer, exchange, done, pattern);
      },
    };
  },
});
