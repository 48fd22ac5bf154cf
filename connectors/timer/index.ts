/** The `timer` connector: its declaration and its source. */
import type { ConnectorRuntime } from '../../src/api/index.js';
import { TimerSource, timerSettings } from './source.js';

/** Creates timer sources. */
export const timerRuntime: ConnectorRuntime = {
  name: 'timer',
  source: (context) => new TimerSource(timerSettings(context), context),
};
