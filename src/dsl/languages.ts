/** The 27 expression language keys of the Camel YAML DSL, and which of them run code. */

/** Languages whose expressions are programs: Dromedary never runs them, whatever the route says. */
export const REFUSED_LANGUAGES: readonly string[] = [
  'groovy',
  'js',
  'java',
  'joor',
  'python',
  'mvel',
  'ognl',
  'spel',
  'csimple',
  'jactl',
  'wasm',
  'method',
  'ref',
];

/**
 * The languages Dromedary runs (its expression registry, `src/expr/registry.ts`, holds exactly these; a test checks
 * it). `drom validate` reports the other languages as not supported yet, and `drom run` refuses them.
 */
export const RUNNABLE_LANGUAGES: readonly string[] = ['simple', 'constant', 'header', 'exchangeProperty', 'variable'];

/** Every expression language key of the DSL (`simple`, `constant`, …), in the order expressions are looked for. */
export const LANGUAGE_KEYS: readonly string[] = [
  'simple',
  'constant',
  'header',
  'exchangeProperty',
  'variable',
  'jsonpath',
  'jq',
  'tokenize',
  'xpath',
  'xquery',
  'xtokenize',
  'datasonnet',
  'hl7terser',
  'language',
  ...REFUSED_LANGUAGES,
];
