/**
 * The DSL schema's own ajv keywords. They generate code, so they work in the standalone validators compiled at build
 * time. Both apply to maps only.
 *
 * - `x-choice: {key: schema, …}`: a choice slot (one expression language, one error handler kind, one data format …).
 *   Camel's schema models it as a `oneOf` of single-key branches, which makes the slot valid when exactly one of the
 *   present keys has a valid value, or when none of the keys is present. `x-choice-wrapper: key` names a key (the
 *   `expression:` wrapper) that is its own `oneOf` branch beside that group: then the slot is valid when exactly one
 *   of "one valid language" and "a valid wrapper" holds. Errors: when no present key is valid, the errors of their
 *   values are kept (they say what is wrong); when too many are valid, one error with `params.conflict = true`.
 * - `x-one-required: string[]`: at least one of these keys must be present.
 */
import type { Ajv, CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _, type Code, type Name } from 'ajv/dist/compile/codegen/index.js';

function countPresent(cxt: KeywordCxt, keys: readonly string[]): Code {
  const { gen, data } = cxt;
  const count = gen.let('present', 0);
  for (const key of keys) {
    gen.if(_`${data}[${key}] !== undefined`, () => {
      gen.assign(count, _`${count} + 1`);
    });
  }
  return count;
}

/** Validates each present key of the choice against its schema; counts the valid ones. */
function countValid(cxt: KeywordCxt, wrapper: string | undefined): { present: Name; valid: Name; wrapperValid: Name } {
  const { gen, data } = cxt;
  const present = gen.let('anyPresent', false);
  const valid = gen.let('validKeys', 0);
  const wrapperValid = gen.let('wrapperValid', false);
  for (const key of Object.keys(cxt.schema as Record<string, unknown>)) {
    gen.if(_`${data}[${key}] !== undefined`, () => {
      gen.assign(present, true);
      const ok = gen.name('_valid');
      cxt.subschema({ keyword: 'x-choice', schemaProp: key, dataProp: key, compositeRule: true }, ok);
      gen.if(ok, () => {
        if (key === wrapper) gen.assign(wrapperValid, true);
        else gen.assign(valid, _`${valid} + 1`);
      });
    });
  }
  return { present, valid, wrapperValid };
}

const choice: CodeKeywordDefinition = {
  keyword: 'x-choice',
  type: 'object',
  schemaType: 'object',
  trackErrors: true,
  error: {
    message: 'must have exactly one valid key of the choice',
    params: ({ params }) => _`{conflict: ${params['conflict']}}`,
  },
  code(cxt) {
    const { gen } = cxt;
    const wrapper = (cxt.parentSchema as Record<string, unknown>)['x-choice-wrapper'];
    const { present, valid, wrapperValid } = countValid(cxt, typeof wrapper === 'string' ? wrapper : undefined);
    const ok = gen.const('choiceOk', _`!${present} || ((${valid} === 1) !== ${wrapperValid})`);
    const conflict = gen.const('conflict', _`${valid} > 1 || (${valid} === 1 && ${wrapperValid})`);
    cxt.setParams({ conflict });
    cxt.result(
      ok,
      () => {
        cxt.reset();
      },
      () => {
        gen.if(conflict, () => {
          cxt.reset();
        });
        cxt.error(true);
      },
    );
  },
};

const wrapperKeyword = { keyword: 'x-choice-wrapper', schemaType: 'string' } as const;

const oneRequired: CodeKeywordDefinition = {
  keyword: 'x-one-required',
  type: 'object',
  schemaType: 'array',
  error: { message: 'must have one of the listed keys' },
  code(cxt) {
    cxt.fail(_`${countPresent(cxt, cxt.schema as string[])} === 0`);
  },
};

/** Registers the DSL keywords on an ajv instance; call once before compiling a DSL schema. */
export function addDslKeywords(ajv: Ajv): void {
  ajv.addKeyword(choice);
  ajv.addKeyword(wrapperKeyword);
  ajv.addKeyword(oneRequired);
}
