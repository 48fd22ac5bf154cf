/**
 * Parses Simple operator syntax into a tree. Precedence, lowest first: ternary `c ? a : b` (right-associative),
 * `&&`/`||` (one level, left to right, as Camel's `SimplePredicateParser` groups them), one binary comparison,
 * then elvis `?:` and chains `~>`/`?~>` (left to right) between operands.
 */
import { BINARY_OPERATORS, CHAIN_OPERATORS, leadingOperator, LOGICAL_OPERATORS, type Token } from './tokens.js';
import { report, type Text } from './source.js';

/** An operand chunk, compiled later by the mode that parsed it. */
export interface OperandNode {
  readonly kind: 'operand';
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** A node of the operator tree. */
export type OperatorNode =
  | OperandNode
  | {
      readonly kind: 'binary' | 'logical' | 'chain';
      readonly op: string;
      readonly left: OperatorNode;
      readonly right: OperatorNode;
      readonly opStart: number;
      readonly opEnd: number;
    }
  | {
      readonly kind: 'ternary';
      readonly condition: OperatorNode;
      readonly whenTrue: OperatorNode;
      readonly whenFalse: OperatorNode;
    };

type OpToken = Extract<Token, { kind: 'op' }>;

const QUESTION: ReadonlySet<string> = new Set(['?']);
const COLON: ReadonlySet<string> = new Set([':']);

class Parser {
  private pos = 0;

  constructor(
    private readonly src: Text,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): OperatorNode | undefined {
    const node = this.expression();
    const extra = this.tokens[this.pos];
    if (extra !== undefined) {
      const text = this.src.text.slice(extra.start, extra.end);
      const glued = extra.kind === 'operand' && !extra.quoted ? leadingOperator(text) : undefined;
      if (glued !== undefined) {
        report(this.src, `operator ${glued} must have a space on both sides`, extra.start, glued.length);
      } else {
        const message = extra.kind === 'op' ? `unexpected operator ${text}` : `expected an operator before ${text}`;
        report(this.src, message, extra.start, extra.end - extra.start);
      }
    }
    return node;
  }

  private peekOp(ops: ReadonlySet<string>): OpToken | undefined {
    const token = this.tokens[this.pos];
    return token?.kind === 'op' && ops.has(token.op) ? token : undefined;
  }

  private missing(side: 'left' | 'right', op: OpToken): void {
    report(this.src, `operator ${op.op} has no ${side} operand`, op.start, op.end - op.start);
  }

  private expression(): OperatorNode | undefined {
    const condition = this.logical();
    const question = this.peekOp(QUESTION);
    if (question === undefined) return condition;
    this.pos++;
    const whenTrue = this.expression();
    const colon = this.peekOp(COLON);
    if (colon === undefined) {
      report(this.src, 'ternary operator ? has no matching :', question.start);
      return condition;
    }
    this.pos++;
    const whenFalse = this.expression();
    if (condition === undefined) this.missing('left', question);
    if (whenTrue === undefined) this.missing('right', question);
    if (whenFalse === undefined) this.missing('right', colon);
    if (condition === undefined || whenTrue === undefined || whenFalse === undefined) return undefined;
    return { kind: 'ternary', condition, whenTrue, whenFalse };
  }

  private logical(): OperatorNode | undefined {
    let left = this.binary();
    for (let op = this.peekOp(LOGICAL_OPERATORS); op !== undefined; op = this.peekOp(LOGICAL_OPERATORS)) {
      this.pos++;
      const right = this.binary();
      left = this.combine('logical', op, left, right);
    }
    return left;
  }

  private binary(): OperatorNode | undefined {
    const left = this.chain();
    const op = this.peekOp(BINARY_OPERATORS);
    if (op === undefined) return left;
    this.pos++;
    return this.combine('binary', op, left, this.chain());
  }

  private chain(): OperatorNode | undefined {
    let left: OperatorNode | undefined = this.operand();
    for (let op = this.peekOp(CHAIN_OPERATORS); op !== undefined; op = this.peekOp(CHAIN_OPERATORS)) {
      this.pos++;
      left = this.combine('chain', op, left, this.operand());
    }
    return left;
  }

  private combine(
    kind: 'binary' | 'logical' | 'chain',
    op: OpToken,
    left: OperatorNode | undefined,
    right: OperatorNode | undefined,
  ): OperatorNode | undefined {
    if (left === undefined) this.missing('left', op);
    if (right === undefined) this.missing('right', op);
    if (left === undefined || right === undefined) return left ?? right;
    return { kind, op: op.op, left, right, opStart: op.start, opEnd: op.end };
  }

  private operand(): OperandNode | undefined {
    const token = this.tokens[this.pos];
    if (token?.kind !== 'operand') return undefined;
    this.pos++;
    return { kind: 'operand', start: token.start, end: token.end, quoted: token.quoted };
  }
}

/**
 * Parses tokens into an operator tree, reporting every mistake it can (a missing operand, a `?` without `:`, an
 * operand where an operator was expected). Returns `undefined` for no tokens.
 */
export function parseOperators(src: Text, tokens: readonly Token[]): OperatorNode | undefined {
  return new Parser(src, tokens).parse();
}
