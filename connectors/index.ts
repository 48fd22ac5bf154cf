/**
 * The connectors Dromedary has, as an explicit list (no registration by import side effect). Tests and slim builds
 * pick from it by name.
 */
import type { ConnectorSpec } from '../src/api/index.js';
import { direct } from './direct/schema.js';
import { kamelet } from './kamelet/schema.js';
import { log } from './log/schema.js';
import { mock } from './mock/schema.js';
import { platformHttp } from './platform-http/schema.js';
import { seda } from './seda/schema.js';
import { timer } from './timer/schema.js';

/** Every connector, in name order. */
export const connectors: readonly ConnectorSpec[] = [direct, kamelet, log, mock, platformHttp, seda, timer];
