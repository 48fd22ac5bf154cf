/** The start-up summary `drom run` prints, in Camel JBang's shape: the routes started with their URIs, and times. */
import type { Logger } from '../api/connector-runtime.js';
import type { Route } from '../engine/route.js';

/** The URI as the summary shows it: `scheme://path`, without options. */
export function summaryUri(uri: string): string {
  const m = /^([a-zA-Z][\w+.-]*):(?:\/\/)?([^?]*)/.exec(uri);
  return m === null ? uri : `${m[1] ?? ''}://${m[2] ?? ''}`;
}

/** Times of the start-up, in epoch milliseconds. */
export interface StartupTimes {
  readonly name: string;
  readonly routes: readonly Route[];
  readonly started: number;
  readonly built: number;
  readonly now: number;
}

/** Logs the summary. */
export function startupSummary(logger: Logger, t: StartupTimes): void {
  logger.log('INFO', `Routes startup (total:${String(t.routes.length)})`);
  for (const route of t.routes) logger.log('INFO', `    Started ${route.id} (${summaryUri(route.from)})`);
  logger.log(
    'INFO',
    `Dromedary (${t.name}) started in ${String(t.now - t.started)}ms (build:${String(t.built - t.started)}ms start:${String(t.now - t.built)}ms)`,
  );
}
