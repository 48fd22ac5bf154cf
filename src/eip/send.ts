/**
 * Sending to endpoints: `to` (a fixed URI, resolved when the route is compiled) and `toD` (a URI computed per exchange
 * by a Simple template; producers are cached by URI).
 */
import type { Exchange } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { defineStep } from '../compile/step-context.js';
import { asError } from '../engine/pipeline.js';
import { asMap, stringOption } from './sync-step.js';

/** `to`. */
export const to = defineStep({
  name: 'to',
  compile(definition, ctx) {
    const map = asMap(definition, 'uri');
    const uri = stringOption(map, 'uri');
    if (uri === undefined) {
      ctx.error([], 'DSL_MISSING_REQUIRED', 'to needs a uri');
      return undefined;
    }
    return ctx.producer(uri, map['parameters'], typeof definition === 'string' ? [] : ['uri']);
  },
});

/** Most producers `toD` keeps (Camel's default cacheSize). */
const CACHE_SIZE = 1000;

/** `toD`. */
export const toD = defineStep({
  name: 'toD',
  compile(definition, ctx) {
    const map = asMap(definition, 'uri');
    const uri = stringOption(map, 'uri');
    if (uri === undefined) {
      ctx.error([], 'DSL_MISSING_REQUIRED', 'toD needs a uri');
      return undefined;
    }
    const at = typeof definition === 'string' ? [] : ['uri'];
    const template = ctx.expression({ simple: uri }, at);
    if (template === undefined) return undefined;
    const cache = new Map<string, Processor>();
    return {
      process(exchange: Exchange, done: AsyncCallback): boolean {
        let producer: Processor;
        try {
          const value = template.evaluate(exchange, ctx.evaluation);
          const target = typeof value === 'string' ? value : JSON.stringify(value);
          producer = cache.get(target) ?? ctx.dynamicProducer(target, map['parameters']);
          if (!cache.has(target)) {
            if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
            cache.set(target, producer);
          }
        } catch (err) {
          exchange.exception = asError(err);
          done(true);
          return true;
        }
        return producer.process(exchange, done);
      },
    };
  },
});
