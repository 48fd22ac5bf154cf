/**
 * Camel's aggregation strategies (`org.apache.camel.processor.aggregate.*`), as built-in bean types: a route names
 * one with `aggregationStrategy: "#class:<class name>"` or declares it under `beans:` (`type: <class name>`, with
 * `properties`). Each behaves as its Camel class does:
 *
 * - `UseLatestAggregationStrategy`: the newest exchange wins; an exception of the old one is carried over, and a
 *   failed old exchange is kept.
 * - `UseOriginalAggregationStrategy`: keeps the old exchange; as in Camel, it answers null for the first exchange of
 *   an `aggregate` group (there is no original), which fails that exchange.
 * - `GroupedBodyAggregationStrategy`, `GroupedExchangeAggregationStrategy`, `GroupedMessageAggregationStrategy`:
 *   collect the bodies (nulls left out), the exchanges or the messages in a list kept in the `CamelGroupedExchange`
 *   property; on completion the list becomes the body. Camel's list prints as `List<Exchange>(3 elements)`.
 * - `StringAggregationStrategy`: joins the bodies as text with `delimiter` (default none); null bodies add nothing.
 */
import type { BuiltinBeanType } from '../compile/bean-registry.js';
import type { Exchange } from '../api/exchange.js';
import { DefaultExchange } from '../engine/exchange.js';
import { JAVA_CLASS, renderText } from '../expr/convert.js';
import { GROUPED_EXCHANGE } from './aggregation-properties.js';
import type { AggregationStrategy } from './aggregation-strategy.js';

const PACKAGE = 'org.apache.camel.processor.aggregate';

/**
 * Camel's `GroupedExchangeList`: an array (so `${body[0]}`, `${body.size()}` and conversions see a list) that
 * prints as Camel's does, `List<Exchange>(N elements)`, whatever it holds, and whose Camel type is Camel's class.
 */
export class GroupedExchangeList<T = unknown> extends Array<T> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  readonly [JAVA_CLASS] = `${PACKAGE}.AbstractListAggregationStrategy.GroupedExchangeList`;

  override toString(): string {
    return `List<Exchange>(${String(this.length)} elements)`;
  }
}

/** Camel's `StringBuffer` in `CamelGroupedExchange`: text that grows in place and prints as its content. */
class TextBuffer {
  text = '';

  toString(): string {
    return this.text;
  }
}

/** A message of `GroupedMessageAggregationStrategy`'s list: the body and headers an exchange had when it arrived. */
export class GroupedMessage {
  constructor(
    readonly messageId: string,
    readonly body: unknown,
    readonly headers: ReadonlyMap<string, unknown>,
  ) {}

  toString(): string {
    return `Message[${this.messageId}]`;
  }
}

/** The built-in strategies share this base, so the aggregator uses them as they are. */
export abstract class BuiltinAggregationStrategy implements AggregationStrategy {
  /** `className`: the simple Camel class name, which errors print (`AggregationStrategy UseOriginal… returned null`). */
  constructor(private readonly className: string) {}

  abstract aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange | null;

  toString(): string {
    return this.className;
  }
}

class UseLatestAggregationStrategy extends BuiltinAggregationStrategy {
  aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange {
    if (oldExchange === null) return newExchange;
    if (newExchange.exception === undefined) {
      newExchange.exception = oldExchange.exception;
      const endpoint = oldExchange.properties.get('CamelFailureEndpoint');
      if (endpoint === undefined) newExchange.properties.delete('CamelFailureEndpoint');
      else newExchange.properties.set('CamelFailureEndpoint', endpoint);
    }
    if (newExchange.exception !== undefined) return newExchange;
    return oldExchange.exception !== undefined ? oldExchange : newExchange;
  }
}

class UseOriginalAggregationStrategy extends BuiltinAggregationStrategy {
  aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange | null {
    const exception = newExchange.exception ?? oldExchange?.exception;
    if (exception !== undefined && oldExchange !== null) oldExchange.exception = exception;
    const caught =
      newExchange.properties.get('CamelExceptionCaught') ?? oldExchange?.properties.get('CamelExceptionCaught');
    if (caught !== undefined && oldExchange !== null) oldExchange.properties.set('CamelExceptionCaught', caught);
    return oldExchange;
  }
}

/** Camel's `AbstractListAggregationStrategy`: the values of the group's exchanges, in a list, then in the body. */
abstract class ListAggregationStrategy extends BuiltinAggregationStrategy {
  /** The value an exchange adds to the list; null/undefined adds nothing. */
  protected abstract valueFrom(exchange: Exchange): unknown;

  /** The exchange that holds the list for a new group (Camel: the first exchange, or a new empty one). */
  protected holder(first: Exchange): Exchange {
    return first;
  }

  aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange {
    const answer = oldExchange ?? this.holder(newExchange);
    let list = answer.properties.get(GROUPED_EXCHANGE);
    if (!Array.isArray(list)) {
      list = new GroupedExchangeList();
      answer.properties.set(GROUPED_EXCHANGE, list);
    }
    const value = this.valueFrom(newExchange);
    if (value !== null && value !== undefined) (list as unknown[]).push(value);
    return answer;
  }

  onCompletion(exchange: Exchange): void {
    const list = exchange.properties.get(GROUPED_EXCHANGE);
    exchange.properties.delete(GROUPED_EXCHANGE);
    if (list !== undefined && list !== null) exchange.body = list;
  }
}

/** Camel's `new DefaultExchange(parent)`: an empty exchange with the parent's origin and pattern. */
function emptyExchangeLike(parent: Exchange): Exchange {
  const exchange = new DefaultExchange({
    ...(parent.fromRouteId === undefined ? {} : { routeId: parent.fromRouteId }),
    ...(parent.fromEndpoint === undefined ? {} : { endpoint: parent.fromEndpoint }),
    pattern: parent.pattern,
    created: parent.created,
  });
  exchange.routeId = parent.routeId;
  if (parent.history !== undefined) exchange.history = [];
  return exchange;
}

class GroupedBodyAggregationStrategy extends ListAggregationStrategy {
  protected valueFrom(exchange: Exchange): unknown {
    return exchange.body;
  }
}

class GroupedExchangeAggregationStrategy extends ListAggregationStrategy {
  protected override holder(first: Exchange): Exchange {
    return emptyExchangeLike(first);
  }

  protected valueFrom(exchange: Exchange): unknown {
    return exchange;
  }
}

class GroupedMessageAggregationStrategy extends ListAggregationStrategy {
  protected override holder(first: Exchange): Exchange {
    return emptyExchangeLike(first);
  }

  protected valueFrom(exchange: Exchange): unknown {
    return new GroupedMessage(exchange.messageId, exchange.body, new Map(exchange.headers));
  }
}

class StringAggregationStrategy extends BuiltinAggregationStrategy {
  constructor(private readonly delimiter: string) {
    super('StringAggregationStrategy');
  }

  aggregate(oldExchange: Exchange | null, newExchange: Exchange): Exchange {
    const answer = oldExchange ?? newExchange;
    let buffer = answer.properties.get(GROUPED_EXCHANGE);
    if (!(buffer instanceof TextBuffer)) {
      buffer = new TextBuffer();
      answer.properties.set(GROUPED_EXCHANGE, buffer);
    }
    const body = newExchange.body;
    if (body !== null && body !== undefined)
      (buffer as TextBuffer).text += `${oldExchange === null ? '' : this.delimiter}${renderText(body)}`;
    return answer;
  }

  onCompletion(exchange: Exchange): void {
    const buffer = exchange.properties.get(GROUPED_EXCHANGE);
    exchange.properties.delete(GROUPED_EXCHANGE);
    if (buffer instanceof TextBuffer) exchange.body = buffer.text;
  }
}

/** A bean type that takes no properties (the name is explicit: a bundler may rename classes). */
function withoutProperties(
  simpleName: string,
  Strategy: new (className: string) => AggregationStrategy,
): [string, BuiltinBeanType] {
  return [
    `${PACKAGE}.${simpleName}`,
    {
      create(properties) {
        const [first] = Object.keys(properties);
        if (first !== undefined) throw new Error(`${simpleName} has no property '${first}'`);
        return new Strategy(simpleName);
      },
    },
  ];
}

const stringStrategy: BuiltinBeanType = {
  create(properties) {
    let delimiter = '';
    for (const [name, value] of Object.entries(properties)) {
      if (name !== 'delimiter')
        throw new Error(`StringAggregationStrategy has no property '${name}' (it has: delimiter)`);
      delimiter = value === null || value === undefined ? '' : renderText(value);
    }
    return new StringAggregationStrategy(delimiter);
  },
};

/** Camel's aggregation strategies by fully qualified class name, for `builtinBeanTypes`. */
export const aggregationStrategyTypes: ReadonlyMap<string, BuiltinBeanType> = new Map<string, BuiltinBeanType>([
  withoutProperties('UseLatestAggregationStrategy', UseLatestAggregationStrategy),
  withoutProperties('UseOriginalAggregationStrategy', UseOriginalAggregationStrategy),
  withoutProperties('GroupedBodyAggregationStrategy', GroupedBodyAggregationStrategy),
  withoutProperties('GroupedExchangeAggregationStrategy', GroupedExchangeAggregationStrategy),
  withoutProperties('GroupedMessageAggregationStrategy', GroupedMessageAggregationStrategy),
  [`${PACKAGE}.StringAggregationStrategy`, stringStrategy],
]);
