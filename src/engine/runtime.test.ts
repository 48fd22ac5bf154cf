import { describe, expect, it } from 'vitest';

import type { Source } from '../api/index.js';
import { Route } from './route.js';
import { SourceConsumer } from './source-consumer.js';
import { Runtime } from './runtime.js';

const idle = (log: string[], id: string): Source => ({
  start: () => log.push(`start ${id}`),
  resume: () => undefined,
  stop: () => {
    log.push(`stop ${id}`);
    return Promise.resolve();
  },
});

const route = (log: string[], id: string): Route =>
  new Route({
    id,
    from: `fake:${id}`,
    consumer: new SourceConsumer(idle(log, id)),
    processor: { process: (_e, done) => (done(true), true) },
  });

describe('Runtime', () => {
  it('starts routes by startupOrder, then the rest in order, skipping autoStartup false; stops in reverse', async () => {
    const log: string[] = [];
    const runtime = new Runtime([
      { route: route(log, 'a') },
      { route: route(log, 'b'), startupOrder: 20 },
      { route: route(log, 'c'), autoStartup: false },
      { route: route(log, 'd'), startupOrder: 10 },
    ]);
    expect(runtime.start().map((r) => r.id)).toEqual(['d', 'b', 'a']);
    expect(runtime.route('c')?.state).toBe('Stopped');
    await expect(runtime.stop()).resolves.toEqual({ undrained: [] });
    expect(log).toEqual(['start d', 'start b', 'start a', 'stop a', 'stop b', 'stop d']);
  });
});
