/**
 * How the route DSL's top-level keys are split into precompiled validator modules (`dist/validators/<group>.js`).
 * Keys that hold steps share one module; REST and resource definitions load without the step machinery.
 */
export const VALIDATOR_GROUPS = {
  routes: [
    'from',
    'route',
    'routeTemplate',
    'templatedRoute',
    'routeConfiguration',
    'intercept',
    'interceptFrom',
    'interceptSendToEndpoint',
    'onCompletion',
    'onException',
    'errorHandler',
  ],
  rest: ['rest', 'restConfiguration'],
  resources: ['beans', 'dataFormats', 'sslContextParameters', 'transformers', 'validators'],
} as const satisfies Record<string, readonly string[]>;

/** The name of a validator module. */
export type ValidatorGroup = keyof typeof VALIDATOR_GROUPS;

/** The validator module that checks a top-level key, or undefined for a key the DSL does not have. */
export function groupOf(key: string): ValidatorGroup | undefined {
  for (const [group, keys] of Object.entries(VALIDATOR_GROUPS) as [ValidatorGroup, readonly string[]][]) {
    if (keys.includes(key)) return group;
  }
  return undefined;
}
