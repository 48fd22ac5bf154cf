/** The shape of `test/fixtures/camel-dsl-facts.json`: written by `dsl-facts.ts`, read by its test. */

/** One option row of the fact sheet. */
export interface OptionFact {
  definition: string;
  option: string;
  type: string;
  required: boolean;
  default?: string;
  enum?: string[];
  group?: boolean;
}

/** Every fact of the sheet. */
export interface Facts {
  options: OptionFact[];
  topLevel: string[];
  steps: string[];
  languages: string[];
  dataFormats: string[];
}
