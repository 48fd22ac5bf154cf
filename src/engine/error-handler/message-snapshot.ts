/**
 * Copies of an exchange's message for error handling: the defensive copy a redelivery starts again from (Camel
 * redelivers the message as it was before the failing step), and the unit of work's original message that
 * `useOriginalMessage` / `useOriginalBody` send on. Body values are shared, headers copied.
 */
import type { Exchange, MessageSnapshot } from '../../api/exchange.js';

/** The exchange's message now. */
export function snapshotMessage(exchange: Exchange): MessageSnapshot {
  return { body: exchange.body, headers: [...exchange.headers], messageId: exchange.messageId };
}

/**
 * Puts a snapshot back as the exchange's message (body, headers, message id). Headers named in `keep` keep their
 * current values (the redelivery counters survive a redelivery).
 */
export function restoreMessage(exchange: Exchange, snapshot: MessageSnapshot, keep: readonly string[] = []): void {
  const kept = keep.map((name) => [name, exchange.headers.get(name)] as const);
  exchange.body = snapshot.body;
  exchange.messageId = snapshot.messageId;
  exchange.headers.clear();
  for (const [name, value] of snapshot.headers) exchange.headers.set(name, value);
  for (const [name, value] of kept) if (value !== undefined) exchange.headers.set(name, value);
}

/** Remembers the exchange's message as its unit of work's original, unless one is kept already. */
export function keepOriginalMessage(exchange: Exchange): void {
  exchange.originalMessage ??= snapshotMessage(exchange);
}
