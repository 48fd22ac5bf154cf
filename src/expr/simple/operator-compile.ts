/**
 * Compiles an operator tree (`operator-parser.ts`) into closures. Operands are compiled by the caller's mode
 * (outside `${…}`, operands are functions and literals; inside, bare function names too).
 */
import type { Exchange } from '../../api/exchange.js';
import { valueAsPredicate } from '../value-predicate.js';
import { compileBinary } from './binary.js';
import type { OperandNode, OperatorNode } from './operator-parser.js';
import type { Eval, Operand, Source } from './source.js';

/** Compiles one operand chunk. */
export type OperandCompiler = (node: OperandNode) => Operand;

/**
 * Elvis truthiness (`a ?: b` keeps `a`): not null, not `false`, not zero, not an empty or blank string. Differs from
 * the value-as-predicate rule, which treats `0` as true.
 */
export function elvisTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Evaluates `fn` with the message body set to `body`, restoring the body afterwards (the chain operator). */
function withBody(exchange: Exchange, body: unknown, fn: () => unknown): unknown {
  const saved = exchange.body;
  exchange.body = body;
  try {
    return fn();
  } finally {
    exchange.body = saved;
  }
}

function compileChain(op: string, left: Eval, right: Eval): Eval {
  if (op === '?:') {
    return (exchange, context) => {
      const value = left(exchange, context);
      return elvisTruthy(value) ? value : right(exchange, context);
    };
  }
  const nullSafe = op === '?~>';
  return (exchange, context) => {
    const value = left(exchange, context) ?? null;
    if (nullSafe && value === null) return null;
    return withBody(exchange, value, () => right(exchange, context));
  };
}

function compileLogical(op: string, left: Eval, right: Eval): Eval {
  return op === '&&'
    ? (exchange, context) => valueAsPredicate(left(exchange, context)) && valueAsPredicate(right(exchange, context))
    : (exchange, context) => valueAsPredicate(left(exchange, context)) || valueAsPredicate(right(exchange, context));
}

/** Compiles an operator tree into an operand; only leaves can be literals. */
export function compileOperatorTree(src: Source, node: OperatorNode, operand: OperandCompiler): Operand {
  switch (node.kind) {
    case 'operand':
      return operand(node);
    case 'binary': {
      const right = compileOperatorTree(src, node.right, operand);
      const left = compileOperatorTree(src, node.left, operand);
      const rightStart = node.right.kind === 'operand' ? node.right.start : node.opEnd + 1;
      const rightEnd = node.right.kind === 'operand' ? node.right.end : node.opEnd + 1;
      return { run: compileBinary({ src, op: node.op, rightStart, rightEnd }, left, right) };
    }
    case 'logical':
      return {
        run: compileLogical(
          node.op,
          compileOperatorTree(src, node.left, operand).run,
          compileOperatorTree(src, node.right, operand).run,
        ),
      };
    case 'chain':
      return {
        run: compileChain(
          node.op,
          compileOperatorTree(src, node.left, operand).run,
          compileOperatorTree(src, node.right, operand).run,
        ),
      };
    case 'ternary': {
      const condition = compileOperatorTree(src, node.condition, operand).run;
      const whenTrue = compileOperatorTree(src, node.whenTrue, operand).run;
      const whenFalse = compileOperatorTree(src, node.whenFalse, operand).run;
      return {
        run: (exchange, context) =>
          valueAsPredicate(condition(exchange, context)) ? whenTrue(exchange, context) : whenFalse(exchange, context),
      };
    }
  }
}
