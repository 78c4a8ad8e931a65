// Static semantics the scope builder needs, named as in the spec: BoundNames,
// IsSimpleParameterList, ContainsExpression, ExpectedArgumentCount, directive prologues, and
// the direct-eval test. Pure functions over ESTree nodes.
import type { EsNode } from './types.ts';

/** True for nodes Ouro ignores: TypeScript-only syntax. */
export function isTypeScriptNode(node: EsNode): boolean {
  return node.type.startsWith('TS');
}

/**
 * BoundNames of a binding pattern (Identifier, ObjectPattern, ArrayPattern, AssignmentPattern,
 * RestElement), as the Identifier nodes in source order.
 */
export function boundIdentifiers(pattern: EsNode, out: EsNode[] = []): EsNode[] {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) {
        if (p.type === 'RestElement') boundIdentifiers(p.argument, out);
        else boundIdentifiers(p.value, out);
      }
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) if (e) boundIdentifiers(e, out);
      break;
    case 'AssignmentPattern':
      boundIdentifiers(pattern.left, out);
      break;
    case 'RestElement':
      boundIdentifiers(pattern.argument, out);
      break;
    case 'TSParameterProperty':
      boundIdentifiers(pattern.parameter, out);
      break;
    default:
      // MemberExpression targets occur only in assignment patterns, never in bindings.
      break;
  }
  return out;
}

/** IsSimpleParameterList: every formal is a plain identifier. */
export function isSimpleParameterList(params: EsNode[]): boolean {
  return params.every((p) => p.type === 'Identifier');
}

/** ContainsExpression of a formal parameter list: a default value or a computed key anywhere. */
export function containsExpression(patterns: EsNode[]): boolean {
  const visit = (p: EsNode | null): boolean => {
    if (!p) return false;
    switch (p.type) {
      case 'AssignmentPattern':
        return true;
      case 'ObjectPattern':
        return p.properties.some((prop: EsNode) =>
          prop.type === 'RestElement' ? visit(prop.argument) : prop.computed || visit(prop.value),
        );
      case 'ArrayPattern':
        return p.elements.some(visit);
      case 'RestElement':
        return visit(p.argument);
      default:
        return false;
    }
  };
  return patterns.some(visit);
}

/** ExpectedArgumentCount: the number of formals before the first rest or default. */
export function expectedArgumentCount(params: EsNode[]): number {
  let n = 0;
  for (const p of params) {
    if (p.type === 'RestElement' || p.type === 'AssignmentPattern') break;
    n++;
  }
  return n;
}

/**
 * Whether a statement list starts with a "use strict" directive. Directives are the leading
 * ExpressionStatements with a string Literal; acorn marks them with `directive` (the raw text
 * without quotes). "use strict" must be written without escapes.
 */
export function hasUseStrictDirective(body: EsNode[]): boolean {
  for (const stmt of body) {
    if (stmt.type !== 'ExpressionStatement' || typeof stmt.directive !== 'string') return false;
    if (stmt.directive === 'use strict') return true;
  }
  return false;
}

/**
 * A call that may be a direct eval (PerformEval with direct = true): a non-optional call whose
 * callee is the identifier `eval` (parentheses are transparent, as in the spec). Whether it is
 * the intrinsic %eval% is only known at run time, so this is conservative.
 */
export function isPotentialDirectEval(call: EsNode): boolean {
  return (
    call.type === 'CallExpression' &&
    !call.optional &&
    call.callee.type === 'Identifier' &&
    call.callee.name === 'eval'
  );
}

/** A FunctionDeclaration to which Annex B.3.3 may apply: plain (not async, not generator). */
export function isPlainFunctionDeclaration(node: EsNode): boolean {
  return node.type === 'FunctionDeclaration' && !node.async && !node.generator;
}
