/**
 * The Camel classes Dromedary provides as built-in bean types, by fully qualified class name: what a route may name
 * with `#class:<name>` or as a bean's `type`. Each is implemented in TypeScript by the module of the EIP that uses it.
 */
import { aggregationStrategyTypes } from '../eip/aggregation-strategies.js';
import type { BuiltinBeanType } from './bean-registry.js';

/** Built-in bean types by class name. */
export const builtinBeanTypes: ReadonlyMap<string, BuiltinBeanType> = new Map<string, BuiltinBeanType>([
  ...aggregationStrategyTypes,
]);
