/** The CESQL v1.0 syntax tree produced by the parser and consumed by the compiler. */
import type { CesqlPosition } from './errors.js';

/** A CESQL value: Boolean, Integer (signed 32-bit) or String (spec §3.1). */
export type CesqlValue = boolean | number | string;

/** Binary operators other than AND/OR (which are n-ary {@link CesqlLogical} nodes). */
export type CesqlBinaryOperator = '*' | '/' | '%' | '+' | '-' | '=' | '!=' | '<>' | '<' | '<=' | '>' | '>=' | 'XOR';

/** A literal; integers are already range-checked and sign-folded. */
export interface CesqlLiteral {
  readonly kind: 'literal';
  readonly value: CesqlValue;
  readonly pos: CesqlPosition;
}

/** A context attribute or extension reference; `name` is lower-cased (CloudEvents attribute names are lower case). */
export interface CesqlIdentifier {
  readonly kind: 'identifier';
  readonly name: string;
  readonly pos: CesqlPosition;
}

/** `EXISTS name`. */
export interface CesqlExists {
  readonly kind: 'exists';
  readonly name: string;
  readonly pos: CesqlPosition;
}

/** `NOT x` or `-x`. */
export interface CesqlUnary {
  readonly kind: 'unary';
  readonly op: 'NOT' | '-';
  readonly operand: CesqlNode;
  readonly pos: CesqlPosition;
}

/** `left op right`; `pos` is the operator's position. */
export interface CesqlBinary {
  readonly kind: 'binary';
  readonly op: CesqlBinaryOperator;
  readonly left: CesqlNode;
  readonly right: CesqlNode;
  readonly pos: CesqlPosition;
}

/** A left-to-right chain of the same short-circuit operator, `a AND b AND c` (two or more operands). */
export interface CesqlLogical {
  readonly kind: 'logical';
  readonly op: 'AND' | 'OR';
  readonly operands: readonly CesqlNode[];
  readonly pos: CesqlPosition;
}

/** `operand [NOT] LIKE 'pattern'`; the pattern keeps its backslash escapes. */
export interface CesqlLike {
  readonly kind: 'like';
  readonly negated: boolean;
  readonly operand: CesqlNode;
  readonly pattern: string;
  readonly pos: CesqlPosition;
}

/** `operand [NOT] IN (e1, …, en)` with n ≥ 1. */
export interface CesqlIn {
  readonly kind: 'in';
  readonly negated: boolean;
  readonly operand: CesqlNode;
  readonly set: readonly CesqlNode[];
  readonly pos: CesqlPosition;
}

/** `NAME(args…)`; `name` is upper-cased (function names are case-insensitive). */
export interface CesqlCall {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly CesqlNode[];
  readonly pos: CesqlPosition;
}

/** Any node of the tree. */
export type CesqlNode =
  | CesqlLiteral
  | CesqlIdentifier
  | CesqlExists
  | CesqlUnary
  | CesqlBinary
  | CesqlLogical
  | CesqlLike
  | CesqlIn
  | CesqlCall;
