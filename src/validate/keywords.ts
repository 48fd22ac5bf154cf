/**
 * The DSL schema's own ajv keywords. They are code-generating keywords, so they work in the standalone validators
 * compiled at build time. Both apply to maps only.
 *
 * - `x-exclusive: string[]`: at most one of these keys may be present (one expression language, one error handler
 *   kind, one data format …).
 * - `x-one-required: string[]`: at least one of these keys must be present.
 */
import type { Ajv, CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _, type Code } from 'ajv/dist/compile/codegen/index.js';

function countPresent(cxt: KeywordCxt): Code {
  const { gen, data } = cxt;
  const keys = cxt.schema as string[];
  const count = gen.let('present', 0);
  for (const key of keys) {
    gen.if(_`${data}[${key}] !== undefined`, () => gen.assign(count, _`${count} + 1`));
  }
  return count;
}

const exclusive: CodeKeywordDefinition = {
  keyword: 'x-exclusive',
  type: 'object',
  schemaType: 'array',
  error: { message: 'must have at most one of the exclusive keys' },
  code(cxt) {
    cxt.fail(_`${countPresent(cxt)} > 1`);
  },
};

const oneRequired: CodeKeywordDefinition = {
  keyword: 'x-one-required',
  type: 'object',
  schemaType: 'array',
  error: { message: 'must have one of the listed keys' },
  code(cxt) {
    cxt.fail(_`${countPresent(cxt)} === 0`);
  },
};

/** Registers the DSL keywords on an ajv instance; call once before compiling a DSL schema. */
export function addDslKeywords(ajv: Ajv): void {
  ajv.addKeyword(exclusive);
  ajv.addKeyword(oneRequired);
}
