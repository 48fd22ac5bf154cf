/**
 * CESQL v1.0 parser: precedence climbing over the lexer's tokens (spec §2 grammar, §3.6 precedence).
 *
 * Precedence, tightest first (spec §3.6): function calls and atoms; unary `NOT` and `-`; `LIKE`; `EXISTS`; `IN`;
 * `* / %`; `+ -`; comparisons; `AND OR XOR` (one level). Equal precedence associates left to right, so
 * `a OR b AND c` is `(a OR b) AND c` (see ADR 0007). A unary operator binds only the operand right after it:
 * `NOT a = b` is `(NOT a) = b`.
 */
import type { CesqlBinaryOperator, CesqlNode } from './ast.js';
import { cesqlError, type CesqlError, type CesqlPosition } from './errors.js';
import { lex, type CesqlSymbol, type CesqlToken } from './tokens/lexer.js';

/** The parser's verdict: the syntax tree, or the first `parse` error (with its position). */
export type CesqlParseResult =
  { readonly ok: true; readonly ast: CesqlNode } | { readonly ok: false; readonly error: CesqlError };

/** Deepest nesting of parentheses, unary operators and calls the parser accepts. */
export const MAX_NESTING = 200;
/** Greatest height of the syntax tree the parser accepts (bounds the compiler's and evaluator's recursion). */
export const MAX_HEIGHT = 1000;

const LOGIC = 1;
const COMPARISON = 2;
const ADDITIVE = 3;
const MULTIPLICATIVE = 4;
const IN_LEVEL = 5;
const LIKE_LEVEL = 6;

type BinaryEntry = readonly [CesqlBinaryOperator | 'AND' | 'OR', number];
const BINARY: ReadonlyMap<string, BinaryEntry> = new Map<string, BinaryEntry>([
  ['AND', ['AND', LOGIC]],
  ['OR', ['OR', LOGIC]],
  ['XOR', ['XOR', LOGIC]],
  ['=', ['=', COMPARISON]],
  ['!=', ['!=', COMPARISON]],
  ['<>', ['<>', COMPARISON]],
  ['<', ['<', COMPARISON]],
  ['<=', ['<=', COMPARISON]],
  ['>', ['>', COMPARISON]],
  ['>=', ['>=', COMPARISON]],
  ['+', ['+', ADDITIVE]],
  ['-', ['-', ADDITIVE]],
  ['*', ['*', MULTIPLICATIVE]],
  ['/', ['/', MULTIPLICATIVE]],
  ['%', ['%', MULTIPLICATIVE]],
]);

const INT32_MAX = 2147483647;

class ParseFailure extends Error {
  constructor(readonly error: CesqlError) {
    super(error.message);
  }
}

function describe(t: CesqlToken): string {
  switch (t.kind) {
    case 'eof':
      return 'end of input';
    case 'symbol':
      return `'${t.symbol}'`;
    case 'keyword':
      return `keyword ${t.keyword}`;
    case 'word':
      return `'${t.text}'`;
    case 'integer':
      return `integer ${t.digits}`;
    case 'string':
      return 'a string literal';
  }
}

class Parser {
  private i = 0;
  private nesting = 0;
  private readonly heights = new WeakMap<CesqlNode, number>();

  constructor(private readonly tokens: readonly CesqlToken[]) {}

  parseAll(): CesqlNode {
    const node = this.expression(LOGIC);
    const t = this.peek();
    if (t.kind !== 'eof') this.fail(`unexpected ${describe(t)} after a complete expression`, t.start);
    return node;
  }

  private peek(ahead = 0): CesqlToken {
    const t = this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)];
    if (t === undefined) throw new Error('CESQL parser: empty token list');
    return t;
  }

  private next(): CesqlToken {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private fail(message: string, pos: CesqlPosition): never {
    throw new ParseFailure(cesqlError('parse', message, pos));
  }

  private isSymbol(t: CesqlToken, symbol: CesqlSymbol): boolean {
    return t.kind === 'symbol' && t.symbol === symbol;
  }

  private expect(symbol: CesqlSymbol, context: string): void {
    const t = this.next();
    if (!this.isSymbol(t, symbol)) this.fail(`expected '${symbol}' ${context} but found ${describe(t)}`, t.start);
  }

  private node<N extends CesqlNode>(node: N, children: readonly CesqlNode[]): N {
    let height = 0;
    for (const c of children) height = Math.max(height, this.heights.get(c) ?? 1);
    return this.withHeight(node, height + 1);
  }

  private withHeight<N extends CesqlNode>(node: N, height: number): N {
    if (height > MAX_HEIGHT) this.fail(`expression is too large (more than ${String(MAX_HEIGHT)} levels)`, node.pos);
    this.heights.set(node, height);
    return node;
  }

  private enter(pos: CesqlPosition): void {
    if (++this.nesting > MAX_NESTING) this.fail(`expression nests deeper than ${String(MAX_NESTING)} levels`, pos);
  }

  private expression(minLevel: number): CesqlNode {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const postfix = this.postfixLevel();
      if (postfix !== 0) {
        if (postfix < minLevel) return left;
        left = this.postfix(left);
        continue;
      }
      const key = t.kind === 'symbol' ? t.symbol : t.kind === 'keyword' ? t.keyword : '';
      const binary = BINARY.get(key);
      if (binary === undefined || binary[1] < minLevel) return left;
      this.next();
      const right = this.expression(binary[1] + 1);
      left = this.combine(binary[0], left, right, t.start);
    }
  }

  private combine(op: CesqlBinaryOperator | 'AND' | 'OR', left: CesqlNode, right: CesqlNode, pos: CesqlPosition) {
    if (op !== 'AND' && op !== 'OR') return this.node({ kind: 'binary', op, left, right, pos }, [left, right]);
    if (left.kind === 'logical' && left.op === op) {
      // The chain's array is this parser's own: extending it keeps long AND/OR chains linear to build.
      (left.operands as CesqlNode[]).push(right);
      return this.withHeight(left, Math.max(this.heights.get(left) ?? 1, (this.heights.get(right) ?? 1) + 1));
    }
    return this.node({ kind: 'logical', op, operands: [left, right], pos }, [left, right]);
  }

  /** The level of a postfix `[NOT] LIKE` / `[NOT] IN` starting here, or 0. */
  private postfixLevel(): number {
    const t = this.peek();
    const u = t.kind === 'keyword' && t.keyword === 'NOT' ? this.peek(1) : t;
    if (u.kind === 'keyword' && u.keyword === 'LIKE') return LIKE_LEVEL;
    if (u.kind === 'keyword' && u.keyword === 'IN') return IN_LEVEL;
    if (u !== t) this.fail(`expected LIKE or IN after NOT but found ${describe(u)}`, u.start);
    return 0;
  }

  private postfix(operand: CesqlNode): CesqlNode {
    let t = this.next();
    const negated = t.kind === 'keyword' && t.keyword === 'NOT';
    if (negated) t = this.next();
    const pos = t.start;
    if (t.kind === 'keyword' && t.keyword === 'LIKE') {
      const p = this.next();
      if (p.kind !== 'string') this.fail(`the pattern of LIKE must be a string literal, found ${describe(p)}`, p.start);
      return this.node({ kind: 'like', negated, operand, pattern: p.value, pos }, [operand]);
    }
    this.expect('(', 'after IN');
    const set = this.list();
    this.expect(')', 'to close the IN set');
    return this.node({ kind: 'in', negated, operand, set, pos }, [operand, ...set]);
  }

  /** `expression (',' expression)*`. */
  private list(): CesqlNode[] {
    const items = [this.nested(() => this.expression(LOGIC))];
    while (this.isSymbol(this.peek(), ',')) {
      this.next();
      items.push(this.nested(() => this.expression(LOGIC)));
    }
    return items;
  }

  private nested<T>(parse: () => T): T {
    this.enter(this.peek().start);
    const result = parse();
    this.nesting--;
    return result;
  }

  private unary(): CesqlNode {
    const t = this.peek();
    if (t.kind === 'keyword' && t.keyword === 'NOT') {
      this.next();
      const operand = this.nested(() => this.unary());
      return this.node({ kind: 'unary', op: 'NOT', operand, pos: t.start }, [operand]);
    }
    if (this.isSymbol(t, '-') || this.isSymbol(t, '+')) {
      const digits = this.peek(1);
      const adjacent = digits.start.offset === t.end;
      if (digits.kind === 'integer' && (adjacent || this.isSymbol(t, '-'))) {
        this.i += 2;
        return this.node(
          { kind: 'literal', value: this.integer(digits.digits, t, this.isSymbol(t, '-')), pos: t.start },
          [],
        );
      }
      if (this.isSymbol(t, '+')) this.fail(`unexpected '+' (only an integer literal may carry a '+' sign)`, t.start);
      this.next();
      const operand = this.nested(() => this.unary());
      return this.node({ kind: 'unary', op: '-', operand, pos: t.start }, [operand]);
    }
    if (t.kind === 'keyword' && t.keyword === 'EXISTS') {
      this.next();
      const name = this.next();
      if (name.kind !== 'word')
        this.fail(`expected an attribute name after EXISTS but found ${describe(name)}`, name.start);
      return this.node({ kind: 'exists', name: this.attributeName(name.text, name.start), pos: t.start }, []);
    }
    return this.primary();
  }

  private integer(digits: string, at: CesqlToken, negative: boolean): number {
    const trimmed = digits.replace(/^0+(?=\d)/, '');
    const limit = negative ? INT32_MAX + 1 : INT32_MAX;
    const value = trimmed.length > 10 ? Infinity : Number(trimmed);
    if (value > limit)
      this.fail(`integer literal ${negative ? '-' : ''}${digits} is outside the 32-bit range`, at.start);
    return negative ? -value | 0 : value;
  }

  private attributeName(text: string, pos: CesqlPosition): string {
    if (!/^[A-Za-z0-9]+$/.test(text)) this.fail(`'${text}' is not an attribute name (letters and digits only)`, pos);
    return text.toLowerCase();
  }

  private primary(): CesqlNode {
    const t = this.next();
    switch (t.kind) {
      case 'integer':
        return this.node({ kind: 'literal', value: this.integer(t.digits, t, false), pos: t.start }, []);
      case 'string':
        return this.node({ kind: 'literal', value: t.value, pos: t.start }, []);
      case 'keyword':
        if (t.keyword === 'TRUE' || t.keyword === 'FALSE') {
          return this.node({ kind: 'literal', value: t.keyword === 'TRUE', pos: t.start }, []);
        }
        break;
      case 'symbol':
        if (t.symbol === '(') {
          const inner = this.nested(() => this.expression(LOGIC));
          this.expect(')', 'to close the parenthesis');
          return inner;
        }
        break;
      case 'word':
        if (this.isSymbol(this.peek(), '(')) return this.call(t.text, t.start);
        return this.node({ kind: 'identifier', name: this.attributeName(t.text, t.start), pos: t.start }, []);
      case 'eof':
        break;
    }
    return this.fail(`expected an expression but found ${describe(t)}`, t.start);
  }

  private call(name: string, pos: CesqlPosition): CesqlNode {
    if (!/^[A-Za-z][A-Za-z_]*$/.test(name)) this.fail(`'${name}' is not a function name`, pos);
    this.next();
    const args = this.isSymbol(this.peek(), ')') ? [] : this.list();
    this.expect(')', `to close the arguments of ${name}`);
    return this.node({ kind: 'call', name: name.toUpperCase(), args, pos }, args);
  }
}

/**
 * Parses a CESQL v1.0 expression into a syntax tree. Never throws: lexical and syntax errors, integer literals
 * outside the signed 32-bit range, a `LIKE` pattern that is not a string literal, an empty `IN` set and
 * expressions nested deeper than {@link MAX_NESTING} (or taller than {@link MAX_HEIGHT}) are `parse` errors
 * carrying the position of the offending token.
 */
export function parseCesql(text: string): CesqlParseResult {
  const lexed = lex(text);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, ast: new Parser(lexed.tokens).parseAll() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}
