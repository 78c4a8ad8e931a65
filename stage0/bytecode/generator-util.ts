// Small pure helpers shared by the generator's family files (no generator state, no imports of
// other generator files: the bottom of the generator's import graph).
import type { EsNode, FunctionInfo, Scope } from '../scope/types.ts';

/** Tokens of the finally dispatch besides the recorded commands (0, 1, ...). */
export const FinallyToken = { fallThrough: -1, rethrow: -2 } as const;

/** The Smi range of a tagged 32-bit value (31-bit payload). */
export function isSmi(v: number): boolean {
  return Number.isInteger(v) && v >= -(2 ** 30) && v < 2 ** 30 && !Object.is(v, -0);
}

/** Is this an anonymous function or class definition (NamedEvaluation applies)? */
export function isAnonymousDefinition(node: EsNode): boolean {
  if (node.type === 'ArrowFunctionExpression') return true;
  return (node.type === 'FunctionExpression' || node.type === 'ClassExpression') && !node.id;
}

/** The property key of a literal key node (Identifier, string, number, BigInt), else null. */
export function propertyKeyName(key: EsNode): string | null {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'Literal' && typeof key.value === 'number') return String(key.value);
  if (key.type === 'Literal' && key.bigint !== undefined) return String(BigInt(key.bigint));
  return null;
}

/** The key of a non-computed member expression. */
export function memberKeyName(node: EsNode): string {
  const p = node.property;
  if (p.type === 'Identifier') return p.name;
  if (p.type === 'Literal') return String(p.value);
  throw new Error('not a static member key');
}

/** Evaluating `node` cannot assign any variable (so an operand register read before stays valid). */
export function cannotAssign(node: EsNode): boolean {
  return node.type === 'Literal' || node.type === 'Identifier' || node.type === 'ThisExpression';
}

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '>', '<=', '>=', 'in', 'instanceof']);

/** Does evaluating `node` always leave a boolean in acc? */
export function producesBoolean(node: EsNode): boolean {
  if (node.type === 'BinaryExpression') return COMPARISONS.has(node.operator);
  if (node.type === 'UnaryExpression') return node.operator === '!' || node.operator === 'delete';
  if (node.type === 'Literal') return typeof node.value === 'boolean';
  return false;
}

/** Contexts (scopes with needsContext) from `from` (inclusive) up to `to` (exclusive). */
export function hopsBetween(from: Scope, to: Scope): number {
  let hops = 0;
  for (let s: Scope | null = from; s && s !== to; s = s.parent) if (s.needsContext) hops++;
  return hops;
}

/** The nearest non-arrow function (whose this/new.target/fields an arrow inherits). */
export function thisFunction(info: FunctionInfo): FunctionInfo {
  let f: FunctionInfo = info;
  while (f.isArrow && f.parent) f = f.parent;
  return f;
}

/**
 * Source ranges of functions whose source text (Function.prototype.toString) is not their
 * FunctionExpression node: methods and accessors (from the key, `get`/`async`/`*` included) and
 * class constructors (the whole class). Set by the class and object-literal visitors.
 */
export const functionSourceRange = new WeakMap<EsNode, { start: number; end: number }>();
