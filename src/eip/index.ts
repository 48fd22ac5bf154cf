/** The steps Dromedary runs, by DSL key (one module per EIP). Steps Camel has that are not here are reported. */
import type { StepCompiler } from '../compile/step-context.js';
import { aggregate } from './aggregate.js';
import { bean } from './bean.js';
import { choice } from './choice.js';
import { convertBodyTo } from './convert-body-to.js';
import { convertHeaderTo } from './convert-header-to.js';
import { convertVariableTo } from './convert-variable-to.js';
import { filter } from './filter.js';
import { log } from './log.js';
import { pipeline } from './pipeline.js';
import { processStep } from './process.js';
import { removeHeader } from './remove-header.js';
import { removeHeaders } from './remove-headers.js';
import { removeProperties } from './remove-properties.js';
import { removeProperty } from './remove-property.js';
import { removeVariable } from './remove-variable.js';
import { setBody } from './set-body.js';
import { setHeader } from './set-header.js';
import { setHeaders } from './set-headers.js';
import { setProperty } from './set-property.js';
import { setVariable } from './set-variable.js';
import { setVariables } from './set-variables.js';
import { step } from './step.js';
import { stop } from './stop.js';
import { throwException } from './throw-exception.js';
import { toD } from './to-d.js';
import { to } from './to.js';
import { transform } from './transform.js';

/** Every step compiler, by its DSL key (`to`, `setHeader` …). */
export const stepCompilers: ReadonlyMap<string, StepCompiler> = new Map(
  [
    to,
    toD,
    log,
    setBody,
    setHeader,
    setHeaders,
    setProperty,
    setVariable,
    setVariables,
    transform,
    removeHeader,
    removeHeaders,
    removeProperty,
    removeProperties,
    removeVariable,
    convertBodyTo,
    convertHeaderTo,
    convertVariableTo,
    filter,
    choice,
    stop,
    throwException,
    step,
    pipeline,
    bean,
    processStep,
    aggregate,
  ].map((s) => [s.name, s]),
);
