/** Option builders shared by connector declarations, so every connector spells option kinds the same way. */
import { Type, type TSchema } from 'typebox';

/** A boolean option with its default. */
export const bool = (def: boolean, description: string): TSchema =>
  Type.Optional(Type.Boolean({ default: def, description }));

/** A whole-number option. */
export const int = (def: number | undefined, description: string): TSchema =>
  Type.Optional(Type.Integer({ ...(def === undefined ? {} : { default: def }), description }));

/** A duration in milliseconds, also written as text like `5s` or `500ms`. */
export const duration = (def: number | undefined, description: string): TSchema =>
  Type.Optional(
    Type.Unsafe({
      type: ['integer', 'string'],
      'x-kind': 'duration',
      ...(def === undefined ? {} : { default: def }),
      description,
    }),
  );

/** A free text option. */
export const text = (description: string, def?: string): TSchema =>
  Type.Optional(Type.String({ ...(def === undefined ? {} : { default: def }), description }));

/** An option with a fixed set of values. */
export const oneOf = (values: readonly string[], def: string | undefined, description: string): TSchema =>
  Type.Optional(Type.String({ enum: [...values], ...(def === undefined ? {} : { default: def }), description }));

/**
 * Marks an option Camel has but Dromedary does not apply yet: it is declared (so names and types are checked) and
 * reported by `drom validate` as a warning and by `drom run` as an error.
 */
export function planned<T extends TSchema>(schema: T): T {
  return Object.assign(schema, { 'x-status': 'planned' });
}

/** Logging levels as Camel names them. */
export const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'OFF'] as const;

/** Options every Camel endpoint has. */
export const common = {
  exchangePattern: oneOf(
    ['InOnly', 'InOut'],
    undefined,
    "Exchange pattern: of the exchanges a timer creates, or used while sending to this endpoint (the original is restored after). A direct or seda consumer takes the sender's exchange, so there it changes nothing.",
  ),
  // Needs a route error handler, which Dromedary does not have yet (onException/errorHandler are refused).
  bridgeErrorHandler: planned(
    bool(false, 'Routes consumer errors to the route error handler instead of logging them.'),
  ),
  lazyStartProducer: bool(false, 'Starts the producer on the first message rather than at route start-up.'),
};
