/**
 * Compiles a CESQL syntax tree into closures, once: evaluating the result never re-parses or re-walks the tree.
 * Each node becomes a function of (event, context) with a static type (`Any` for attributes), so implicit casts
 * are inserted only where the type is not already known, and literal operands are captured as constants.
 */
import type { CesqlLogical, CesqlNode } from './ast.js';
import { compileAttribute, compileExists } from './attributes.js';
import { compileCall } from './calls.js';
import type { CesqlFunctionRegistry } from './functions.js';
import { compileLike } from './like.js';
import { compileIn } from './membership.js';
import { compileBinary, compileUnary } from './operators.js';
import { operandValue } from './attributes.js';
import type { CesqlPosition } from './errors.js';
import { bool, type CesqlEvent, type Compiled, type EvalContext } from './runtime.js';

/**
 * `a AND b AND …` / `a OR b OR …`, short-circuit, left to right (spec §3.4.2): AND stops at the first operand that
 * is false, OR at the first that is true. An operand that raised an error (a missing attribute, …) ends the chain
 * with the zero value `false`; a failed cast of an operand value is the operator's own `cast` error, and the
 * operand counts as `false`.
 */
function logical(node: CesqlLogical, registry: CesqlFunctionRegistry): Compiled {
  const operands = node.operands.map((o) => compileNode(o, registry));
  const stopAt = node.op === 'OR';
  const step = (c: Compiled, pos: CesqlPosition) => {
    const { attribute, fn } = c;
    /** 1 if the chain stops here with `stopAt`, 0 to go on, -1 if it stops with `false` (an error below). */
    return (e: CesqlEvent, ctx: EvalContext): number => {
      const n = ctx.count;
      const v = operandValue(attribute, fn, e, ctx);
      if (ctx.count !== n) return -1;
      return bool(v, ctx, pos) === stopAt ? 1 : 0;
    };
  };
  const steps = operands.map((c, i) => step(c, node.operands[i]?.pos ?? node.pos));
  const [s0, s1] = steps;
  if (steps.length === 2 && s0 !== undefined && s1 !== undefined) {
    return {
      type: 'Boolean',
      fn: (e, ctx) => {
        const a = s0(e, ctx);
        if (a !== 0) return a === 1 && stopAt;
        const b = s1(e, ctx);
        return b === 0 ? !stopAt : b === 1 && stopAt;
      },
    };
  }
  return {
    type: 'Boolean',
    fn: (e, ctx) => {
      for (const s of steps) {
        const r = s(e, ctx);
        if (r !== 0) return r === 1 && stopAt;
      }
      return !stopAt;
    },
  };
}

/** Compiles one node (and, recursively, its children) with the functions of `registry`. */
export function compileNode(node: CesqlNode, registry: CesqlFunctionRegistry): Compiled {
  switch (node.kind) {
    case 'literal': {
      const value = node.value;
      const type = typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? 'Integer' : 'String';
      return { type, fn: () => value, constant: value };
    }
    case 'identifier':
      return compileAttribute(node.name, node.pos);
    case 'exists':
      return compileExists(node.name);
    case 'unary':
      return compileUnary(node.op, compileNode(node.operand, registry), node.pos);
    case 'binary':
      return compileBinary(node.op, compileNode(node.left, registry), compileNode(node.right, registry), node.pos);
    case 'logical':
      return logical(node, registry);
    case 'like':
      return compileLike(compileNode(node.operand, registry), node.pattern, node.negated);
    case 'in': {
      const set = node.set.map((n) => compileNode(n, registry));
      return compileIn(compileNode(node.operand, registry), set, node.negated, node.pos);
    }
    case 'call': {
      const args = node.args.map((n) => compileNode(n, registry));
      const positions = node.args.map((n) => n.pos);
      return compileCall(node.name, args, positions, registry, node.pos);
    }
  }
}
