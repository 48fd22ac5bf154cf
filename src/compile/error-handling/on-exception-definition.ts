/**
 * `onException` definitions: checked once when read (exception classes, conflicting options, options Dromedary does
 * not apply), then compiled for each route they apply to (predicates, redelivery options, steps).
 *
 * Camel numbers a clause's steps (and the clause, `onException1`) once, the first time a route it applies to is
 * built, before that route's own steps; message history names them `onException1/log1`. A clause applied to further
 * routes is compiled again for each (its producers belong to that route) with the same ids, and reports nothing the
 * first compilation did not.
 */
import type { Processor } from '../../api/processor.js';
import type { ExceptionClause } from '../../engine/error-handler/exception-clause.js';
import type { RedeliveryOverrides } from '../../engine/error-handler/redelivery-policy.js';
import type { StepContext } from '../step-context.js';
import { stepContext, type RouteCompileContext } from '../step-builder.js';
import { exceptionClassProblem } from './class-names.js';
import { isRecord, refuseOptions, reportAt, within, type Report, type Site } from './definition-site.js';
import { readRedeliveryOptions } from './redelivery-options.js';

/** A checked `onException` definition, and what its first compilation fixed. */
export interface ClauseDefinition {
  readonly site: Site;
  readonly value: Record<string, unknown>;
  readonly exceptions: readonly string[];
  readonly redelivery?: RedeliveryOverrides;
  readonly useOriginalMessage: boolean;
  readonly useOriginalBody: boolean;
  /** Set by the first compilation: the clause's id and the step numbering before its steps. */
  first?: { readonly id: string; readonly nodeIds: ReadonlyMap<string, number> };
}

const BEAN_REFERENCE = 'it references a processor bean, which onException cannot reference yet';

const REFUSED: readonly (readonly [string, string])[] = [
  ['onRedeliveryRef', BEAN_REFERENCE],
  ['onExceptionOccurredRef', BEAN_REFERENCE],
  ['redeliveryPolicyRef', 'it references a redelivery policy bean; write the policy under redeliveryPolicy'],
];

const flag = (map: Record<string, unknown>, key: string): boolean => {
  const v = map[key];
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
};

/** Reads the `onException` map `value` at `site`; reports its problems and answers undefined when it cannot run. */
export function readClause(value: unknown, site: Site, report: Report): ClauseDefinition | undefined {
  if (!isRecord(value)) return undefined;
  let ok = !refuseOptions(report, site, value, 'onException', REFUSED);
  const exceptions = Array.isArray(value['exception'])
    ? value['exception'].filter((e): e is string => typeof e === 'string').map((e) => e.trim())
    : [];
  if (exceptions.length === 0) {
    reportAt(report, site, [], { code: 'DSL_MISSING_REQUIRED', message: 'onException needs at least one exception' });
    ok = false;
  }
  exceptions.forEach((name, i) => {
    const problem = exceptionClassProblem(name, true);
    if (problem === undefined) return;
    reportAt(report, within(site, 'exception', i), [], { code: 'COMPILE_UNKNOWN_EXCEPTION_CLASS', ...problem });
    ok = false;
  });
  if (value['handled'] !== undefined && value['continued'] !== undefined) {
    reportAt(report, site, ['continued'], {
      code: 'DSL_CONFLICTING_KEYS',
      message: 'only one of handled or continued is allowed on an onException',
    });
    ok = false;
  }
  const useOriginalMessage = flag(value, 'useOriginalMessage');
  const useOriginalBody = flag(value, 'useOriginalBody');
  if (useOriginalMessage && useOriginalBody) {
    reportAt(report, site, ['useOriginalBody'], {
      code: 'DSL_CONFLICTING_KEYS',
      message: 'useOriginalMessage and useOriginalBody cannot both be set on an onException',
    });
    ok = false;
  }
  const policy = value['redeliveryPolicy'];
  const redelivery = isRecord(policy)
    ? readRedeliveryOptions(policy, within(site, 'redeliveryPolicy'), report)
    : undefined;
  if (!ok) return undefined;
  return {
    site,
    value,
    exceptions,
    ...(redelivery === undefined ? {} : { redelivery }),
    useOriginalMessage,
    useOriginalBody,
  };
}

/** The clause's id: its own `id`, or the next `onExceptionN`. */
function clauseId(def: ClauseDefinition, nodeIds: Map<string, number>): string {
  const own = def.value['id'];
  if (typeof own === 'string' && own !== '') return own;
  const n = (nodeIds.get('onException') ?? 0) + 1;
  nodeIds.set('onException', n);
  return `onException${String(n)}`;
}

/** How Camel names the processor of the clause's steps in logs: `Channel[<id of the step>]` for one, else `null`. */
function processorName(steps: unknown[], nodeIds: ReadonlyMap<string, number>): string {
  const only = steps.length === 1 && isRecord(steps[0]) ? steps[0] : undefined;
  const key = only === undefined ? undefined : Object.keys(only)[0];
  if (only === undefined || key === undefined) return 'null';
  const definition = only[key];
  const own = isRecord(definition) && typeof definition['id'] === 'string' ? definition['id'] : undefined;
  return `Channel[${own ?? `${key}${String(nodeIds.get(key) ?? 1)}`}]`;
}

/** Compiles `def` for the route compiled with `rc`; undefined when something in it does not compile. */
export function compileClause(def: ClauseDefinition, rc: RouteCompileContext): ExceptionClause | undefined {
  const first = def.first === undefined;
  const nodeIds = def.first === undefined ? rc.nodeIds : new Map(def.first.nodeIds);
  const before = new Map(nodeIds);
  const id = def.first?.id ?? clauseId(def, nodeIds);
  const crc: RouteCompileContext = {
    ...rc,
    wrapStep: undefined,
    entry: def.site.entry,
    nodeIds,
    nodePrefix: id,
    ...(first ? {} : { report: () => undefined, sentTo: [] }),
  };
  const ctx = stepContext(def.site.path, crc);
  const predicates = clausePredicates(def.value, ctx);
  const steps = Array.isArray(def.value['steps']) ? (def.value['steps'] as unknown[]) : [];
  const processor: Processor | undefined = steps.length === 0 ? undefined : ctx.steps(steps, ['steps']);
  if (first) def.first = { id, nodeIds: before };
  if (predicates === undefined) return undefined;
  return {
    id,
    exceptions: def.exceptions,
    ...predicates,
    ...(def.redelivery === undefined ? {} : { redelivery: def.redelivery }),
    useOriginalMessage: def.useOriginalMessage,
    useOriginalBody: def.useOriginalBody,
    ...(processor === undefined ? {} : { processor }),
    processorName: processorName(steps, nodeIds),
  };
}

type ClausePredicates = Pick<ExceptionClause, 'onWhen' | 'handled' | 'continued' | 'retryWhile'>;

/** The clause's predicates that are set, compiled; undefined when one does not compile (reported). */
function clausePredicates(value: Record<string, unknown>, ctx: StepContext): ClausePredicates | undefined {
  const out: { -readonly [K in keyof ClausePredicates]?: NonNullable<ClausePredicates[K]> } = {};
  let ok = true;
  for (const key of ['onWhen', 'handled', 'continued', 'retryWhile'] as const) {
    if (value[key] === undefined) continue;
    const predicate = ctx.predicate(value[key], [key]);
    if (predicate === undefined) ok = false;
    else out[key] = predicate;
  }
  return ok ? out : undefined;
}
