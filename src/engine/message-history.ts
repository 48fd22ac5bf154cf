/**
 * Message history: which steps an exchange went through, as Camel records it. Every compiled step is wrapped once:
 * the wrapper names the step on the exchange (`exchange.node`, so a failure can say where it happened, at the cost of
 * one field write), and, when history is on for the route, appends an entry with the step's elapsed time. With history
 * off nothing is allocated per step.
 */
import type { Exchange, HistoryEntry, StepNode } from '../api/exchange.js';
import type { AsyncCallback, Processor } from '../api/processor.js';
import { formatExchange, type FormatOptions } from './exchange-formatter.js';

/** Wraps a step's processor so that the exchange names it while it runs, and records it when history is on. */
export function historyStep(processor: Processor, node: StepNode, now: () => number): Processor {
  return {
    process(exchange: Exchange, done: AsyncCallback): boolean {
      exchange.node = node;
      const history = exchange.history;
      if (history === undefined) return processor.process(exchange, done);
      const entry: HistoryEntry = { node, start: now(), elapsed: -1 };
      history.push(entry);
      return processor.process(exchange, (sync) => {
        entry.elapsed = now() - entry.start;
        done(sync);
      });
    },
  };
}

/** Starts the history of an exchange that enters its first route: the route's `from` is its first entry. */
export function startHistory(exchange: Exchange, from: StepNode): void {
  exchange.history = [{ node: from, start: exchange.created, elapsed: -1 }];
}

const RULE = '-'.repeat(135);

function row(source: string, id: string, label: string, elapsed: string): string {
  const cell = (text: string, width: number): string => text.slice(0, width).padEnd(width);
  return `${cell(source, 40)} ${cell(id, 30)} ${cell(label, 50)} ${elapsed.slice(0, 12).padStart(12)}`;
}

const nodeRow = (node: StepNode, elapsed: number): string =>
  row(node.source, node.id, node.label, String(Math.max(0, elapsed)));

/**
 * The message history table Camel's error handler logs for a failed exchange (and `${messageHistory}` renders):
 * every recorded step with its elapsed milliseconds; without history, the route's `from` and the step where the
 * exchange was last (Camel's "complete message history is disabled" form). `from` is the `from` of the route the
 * exchange started in; `now` is the current time, for the elapsed time of the whole exchange.
 */
export function formatMessageHistory(exchange: Exchange, from: StepNode | undefined, now: number): string {
  const history = exchange.history;
  const lines: string[] = [
    history === undefined ? 'Message History (complete message history is disabled)' : 'Message History',
    RULE,
    row('Source', 'ID', 'Processor', 'Elapsed (ms)'),
  ];
  const total = now - exchange.created;
  if (history !== undefined) {
    history.forEach((entry, i) => {
      lines.push(nodeRow(entry.node, i === 0 ? total : entry.elapsed < 0 ? now - entry.start : entry.elapsed));
    });
  } else {
    if (from !== undefined) lines.push(nodeRow(from, total));
    if (exchange.node !== undefined) lines.push('\t...', nodeRow(exchange.node, 0));
  }
  return lines.join('\n');
}

/** How `${messageHistory}` shows the exchange after the table. */
const DETAILED: FormatOptions = {
  multiline: true,
  style: 'Fixed',
  showExchangeId: true,
  showHeaders: true,
  showBodyType: true,
  showBody: true,
  showExchangePattern: false,
};

/**
 * `${messageHistory}` as Camel renders it: a line break, the history table, and with `detailed` the exchange in
 * Camel's multi-line form under an `Exchange` heading.
 */
export function messageHistoryText(
  exchange: Exchange,
  from: StepNode | undefined,
  now: number,
  detailed: boolean,
): string {
  const table = `\n${formatMessageHistory(exchange, from, now)}\n`;
  return detailed ? `${table}\nExchange\n${RULE}\n${formatExchange(exchange, DETAILED)}\n` : table;
}
