/** The steps Dromedary runs, by DSL key. Steps Camel has that are not here are reported when a route uses them. */
import type { StepCompiler } from '../compile/step-context.js';
import { convertBodyTo, convertHeaderTo, convertVariableTo } from './convert.js';
import { pipeline, step, stop } from './flow.js';
import { log } from './log.js';
import { removeHeader, removeHeaders, removeProperties, removeProperty, removeVariable } from './remove.js';
import { choice, filter } from './routing.js';
import { to, toD } from './send.js';
import { setBody, setHeader, setHeaders, setProperty, setVariable, setVariables, transform } from './set-value.js';

/** Every step compiler, by its DSL key. */
export const stepCompilers: ReadonlyMap<string, StepCompiler> = new Map(
  [
    to,
    toD,
    log,
    setBody,
    setHeader,
    setHeaders,
    setVariables,
    setProperty,
    setVariable,
    transform,
    convertBodyTo,
    convertHeaderTo,
    convertVariableTo,
    removeHeader,
    removeHeaders,
    removeProperty,
    removeProperties,
    removeVariable,
    filter,
    choice,
    stop,
    step,
    pipeline,
  ].map((s) => [s.name, s]),
);
