/**
 * The registry of diagnostic codes. Codes are stable: tools and tests match on them, so a code is never renamed or
 * reused; a new situation gets a new code. `npm run gen` lists them in `docs/diagnostics.md`.
 */
export const DIAGNOSTIC_CODES = {
  FILE_UNREADABLE: 'The file cannot be read.',
  FILE_NOT_ROUTES:
    'A YAML file holds neither a route list nor a known manifest (an error when named, info when found).',
  YAML_SYNTAX: 'The file is not well-formed YAML.',
  YAML_TAB: 'A tab is used for indentation; YAML allows only spaces there.',
  YAML_DUPLICATE_KEY: 'A map has the same key twice.',
  MODELINE_DEPRECATED: 'A `# camel-k:` modeline is used; modelines are deprecated (kept for `drom run`).',
  MANIFEST_INVALID: 'A Camel K manifest (Integration, Kamelet, Pipe) lacks a field or has one of the wrong shape.',
  MANIFEST_UNSUPPORTED_SOURCE: 'An Integration source is in a language other than YAML, which Dromedary does not run.',
  DSL_NOT_A_LIST: 'A route file must be a YAML list of single-key items.',
  DSL_EMPTY_ITEM: 'A list item holds no key; Camel ignores it.',
  DSL_UNKNOWN_TOP_LEVEL_KEY: 'A list item has a key that is not one of the DSL top-level keys.',
  DSL_UNKNOWN_STEP: 'A step has a key that is not a step of the DSL.',
  DSL_UNKNOWN_KEY: 'A map has a key its definition does not have.',
  DSL_MULTIPLE_KEYS: 'A step or list item has more than one key; each holds exactly one.',
  DSL_WRONG_TYPE: 'A value has the wrong type and Camel cannot convert it.',
  DSL_INVALID_VALUE: 'A value is not one of the allowed values.',
  DSL_MISSING_REQUIRED: 'A required option is missing.',
  DSL_CONFLICTING_KEYS: 'Two keys that exclude each other are given (two expression languages, two error handlers …).',
  DSL_MISSING_CHOICE: 'None of the keys of a required choice is given (a data format for marshal/unmarshal …).',
  DSL_INVALID: 'A value matches none of the forms its definition allows.',
  DSL_LEGACY_KEY: 'A legacy kebab-case key is used; it is read as its camelCase form.',
  DSL_IGNORED_KEY: 'A key is accepted by the schema but ignored by Camel.',
  DSL_DUPLICATE_ROUTE_ID: 'Two routes in one file have the same id.',
  ENDPOINT_INVALID_URI: 'An endpoint URI cannot be parsed.',
  ENDPOINT_UNKNOWN_COMPONENT: 'An endpoint uses a component that Dromedary does not have.',
  ENDPOINT_UNKNOWN_OPTION: 'An endpoint option is not one the connector declares.',
  ENDPOINT_INVALID_OPTION: 'An endpoint option value does not fit the type the connector declares.',
  ENDPOINT_UNSUPPORTED_OPTION: 'An endpoint option Camel has that Dromedary does not apply yet.',
  EXPR_REFUSED_LANGUAGE: 'An expression language that evaluates code (groovy, js, java …) is refused.',
  EXPR_UNSUPPORTED_LANGUAGE: 'An expression language that Dromedary does not implement yet.',
  PROPERTY_UNRESOLVED: 'A `{{property}}` placeholder has no value and no default.',
  EXPR_SYNTAX: 'An expression has a syntax error (at the place within its text).',
  COMPILE_UNSUPPORTED_STEP: 'A step, top-level key or route option Camel has but Dromedary does not run yet.',
  COMPILE_INVALID_ENDPOINT: 'An endpoint cannot be created as written (unknown component, option or value).',
  COMPILE_NO_CONSUMER: 'A `direct:` or `seda:` endpoint is sent to, but no route of the given files consumes it.',
  COMPILE_DUPLICATE_CONSUMER: 'Two routes consume the same `direct:` or `seda:` endpoint.',
  COMPILE_UNKNOWN_BEAN:
    'A step references a bean that is not declared, or a `#class:` type Dromedary does not provide.',
  BEAN_INVALID:
    'A bean cannot be made: its module is missing or fails to load, its export is not found, or a property does not fit.',
  COMPILE_UNKNOWN_EXCEPTION_CLASS:
    'An exception class (onException, throwException) is not a fully qualified class Dromedary knows; Camel fails to start.',
  COMPILE_MISPLACED_ON_EXCEPTION: 'A top-level onException comes after a route of its file; Camel requires it before.',
  COMPILE_DUPLICATE_ROUTE_CONFIGURATION: 'Two routeConfigurations have the same id.',
  COMPILE_UNKNOWN_ROUTE_CONFIGURATION: 'A routeConfigurationId matches no routeConfiguration (Camel ignores it).',
} as const;

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
