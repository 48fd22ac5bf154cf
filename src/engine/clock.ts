/**
 * A manual clock for tests and for connectors driven by fake time: `advance` runs due timers in time order. Production
 * code uses `systemClock`.
 */
import type { Clock } from '../api/connector-runtime.js';

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    return {
      cancel: () => {
        clearTimeout(handle);
      },
    };
  },
  defer: (fn) => {
    const handle = setImmediate(fn);
    return {
      cancel: () => {
        clearImmediate(handle);
      },
    };
  },
};
