// Binding and assignment patterns (ES2025 8.6, 13.15.5): parsing binding patterns directly,
// converting expressions to patterns (cover grammar), and checking assignment targets and
// bindings (declaring bound names in the scope, strict-mode eval/arguments, duplicates).
import type { AnyNode } from './ast.ts';
import { T, type TokenType } from './tokens.ts';
import { BIND_LEXICAL, BIND_NONE, BIND_OUTSIDE, type DestructuringErrors } from './parser-base.ts';
import { ExpressionParser } from './expressions.ts';

export abstract class PatternParser extends ExpressionParser {
  /** Names bound so far in a parameter list that must not repeat, or null when repeats are fine. */
  paramClashes: Set<string> | null = null;

  // ---- binding patterns ---------------------------------------------------------------------------

  parseBindingAtom(): AnyNode {
    if (this.type === T.BracketL) {
      const node = this.startNode();
      this.next();
      this.enterDepth();
      node.elements = this.parseBindingList(T.BracketR, true, true);
      this.depth--;
      return this.finishNode(node, 'ArrayPattern');
    }
    if (this.type === T.BraceL) return this.parseObject(true);
    return this.parseIdent(false);
  }

  /** Elements of an array pattern or a parameter list, up to and including `close`. */
  parseBindingList(close: TokenType, allowEmpty: boolean, allowTrailingComma: boolean, isParams = false): (AnyNode | null)[] {
    const elts: (AnyNode | null)[] = [];
    let first = true;
    while (!this.eat(close)) {
      if (first) first = false;
      else this.expect(T.Comma);
      if (allowEmpty && this.type === T.Comma) {
        elts.push(null);
      } else if (allowTrailingComma && this.type === close) {
        this.next();
        break;
      } else if (this.type === T.Ellipsis) {
        const rest = this.parseRestBinding();
        if (this.typescript && isParams) this.parseTSParamAnnotation(rest);
        elts.push(rest);
        if (this.type === T.Comma) this.raise(this.start, 'Comma is not permitted after the rest element');
        this.expect(close);
        break;
      } else {
        elts.push(isParams && this.typescript ? this.parseTSParam() : this.parseBindingElement());
      }
    }
    return elts;
  }

  /** A parameter list after `(`, through `)`, with TypeScript annotations. */
  parseBindingListForTS(): AnyNode[] {
    return this.parseBindingList(T.ParenR, false, true, true) as AnyNode[];
  }

  parseBindingElement(): AnyNode {
    return this.parseMaybeDefault(null);
  }

  parseRestBinding(): AnyNode {
    const node = this.startNode();
    this.next();
    node.argument = this.parseBindingAtom();
    return this.finishNode(node, 'RestElement');
  }

  /** `left` (or a freshly parsed binding atom) optionally followed by `= default`. */
  parseMaybeDefault(left: AnyNode | null): AnyNode {
    left = left ?? this.parseBindingAtom();
    if (this.type !== T.Eq) return left;
    const node = this.startNodeAt(left);
    this.next();
    node.left = left;
    node.right = this.parseMaybeAssign();
    return this.finishNode(node, 'AssignmentPattern');
  }

  // ---- expression -> pattern ----------------------------------------------------------------------

  toAssignable(node: AnyNode, isBinding: boolean, refErrors?: DestructuringErrors): AnyNode {
    // Annex B: a call as the whole assignment target is a runtime ReferenceError in sloppy code.
    if (node.type === 'CallExpression' && !isBinding && refErrors && this.allowsCallAsTarget() && !this.parenthesized.has(node)) return node;
    if (this.parenthesized.has(node)) {
      if (isBinding) this.raise(node.start, 'Parenthesized pattern');
      if (node.type !== 'Identifier' && node.type !== 'MemberExpression' && !this.isTSAssignableWrapper(node)) {
        this.raise(node.start, 'Invalid parenthesized assignment pattern');
      }
    }
    switch (node.type) {
      case 'Identifier':
        if (this.canAwait && node.name === 'await') this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
        break;
      case 'ObjectPattern': case 'ArrayPattern': case 'AssignmentPattern': case 'RestElement':
        break;
      case 'ObjectExpression': {
        node.type = 'ObjectPattern';
        if (refErrors) this.checkPatternErrors(refErrors);
        const props = node.properties;
        for (let i = 0; i < props.length; i++) {
          const prop = props[i];
          this.toAssignable(prop, isBinding);
          if (prop.type === 'RestElement') {
            if (prop.argument.type === 'ArrayPattern' || prop.argument.type === 'ObjectPattern') {
              this.raise(prop.argument.start, 'Unexpected token');
            }
            if (i !== props.length - 1) this.raise(prop.start, 'Rest element must be last element');
          }
        }
        break;
      }
      case 'Property':
        if (node.kind !== 'init' || node.method) this.raise(node.key.start, "Object pattern can't contain getter or setter");
        this.toAssignable(node.value, isBinding);
        break;
      case 'ArrayExpression':
        node.type = 'ArrayPattern';
        if (refErrors) this.checkPatternErrors(refErrors);
        this.toAssignableList(node.elements, isBinding);
        break;
      case 'SpreadElement':
        node.type = 'RestElement';
        this.toAssignable(node.argument, isBinding);
        if (node.argument.type === 'AssignmentPattern') this.raise(node.argument.start, 'Rest elements cannot have a default value');
        break;
      case 'AssignmentExpression':
        if (node.operator !== '=') this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
        node.type = 'AssignmentPattern';
        delete node.operator;
        this.toAssignable(node.left, isBinding);
        break;
      case 'ChainExpression':
        return this.raise(node.start, 'Optional chaining cannot appear in left-hand side');
      case 'MemberExpression':
        if (isBinding) this.raise(node.start, 'Assigning to rvalue');
        break;
      default:
        if (!isBinding && this.isTSAssignableWrapper(node)) break;
        this.raise(node.start, 'Assigning to rvalue');
    }
    return node;
  }

  toAssignableList(list: (AnyNode | null)[], isBinding: boolean): (AnyNode | null)[] {
    for (let i = 0; i < list.length; i++) {
      const elt = list[i];
      if (!elt) continue;
      this.toAssignable(elt, isBinding);
      if (elt.type === 'RestElement' && i !== list.length - 1) this.raise(elt.start, 'Rest element must be last element');
    }
    return list;
  }

  // ---- target and binding checks ------------------------------------------------------------------

  /** Checks a simple target (identifier or member) and declares identifiers per `binding`. */
  checkLValSimple(expr: AnyNode, binding: number): void {
    const isBind = binding !== BIND_NONE;
    switch (expr.type) {
      case 'Identifier': {
        const name = expr.name;
        if (this.strict && (name === 'eval' || name === 'arguments')) {
          this.raise(expr.start, `${isBind ? 'Binding ' : 'Assigning to '}${name} in strict mode`);
        }
        if (isBind) {
          if (binding === BIND_LEXICAL && name === 'let') this.raise(expr.start, 'let is disallowed as a lexically bound name');
          if (this.paramClashes) {
            if (this.paramClashes.has(name)) this.raise(expr.start, 'Argument name clash');
            this.paramClashes.add(name);
          }
          if (binding !== BIND_OUTSIDE) this.declareName(name, binding, expr.start);
        }
        return;
      }
      case 'ChainExpression':
        return this.raise(expr.start, 'Optional chaining cannot appear in left-hand side');
      case 'MemberExpression':
        if (isBind) this.raise(expr.start, 'Binding member expression');
        return;
      case 'CallExpression':
        if (!isBind && this.allowsCallAsTarget()) return;
        return this.raise(expr.start, (isBind ? 'Binding' : 'Assigning to') + ' rvalue');
      default:
        if (!isBind && this.isTSAssignableWrapper(expr)) {
          this.checkLValSimple(expr.expression, binding);
          return;
        }
        this.raise(expr.start, (isBind ? 'Binding' : 'Assigning to') + ' rvalue');
    }
  }

  checkLValPattern(expr: AnyNode, binding: number): void {
    if (expr.type === 'ObjectPattern') {
      for (const prop of expr.properties) this.checkLValInnerPattern(prop, binding);
    } else if (expr.type === 'ArrayPattern') {
      for (const elem of expr.elements) if (elem) this.checkLValInnerPattern(elem, binding);
    } else {
      this.checkLValSimple(expr, binding);
    }
  }

  checkLValInnerPattern(expr: AnyNode, binding: number): void {
    switch (expr.type) {
      case 'Property': this.checkLValInnerPattern(expr.value, binding); break;
      case 'AssignmentPattern': this.checkLValPattern(expr.left, binding); break;
      case 'RestElement': this.checkLValPattern(expr.argument, binding); break;
      default: this.checkLValPattern(expr, binding);
    }
  }

  /** Annex B "runtime errors for function call assignment targets": sloppy code only. */
  allowsCallAsTarget(): boolean {
    return this.annexB && !this.strict && !this.typescript;
  }

  /** TypeScript expression wrappers that may be assigned through: `(x as T) = 1`, `x! = 1`. */
  isTSAssignableWrapper(node: AnyNode): boolean {
    return this.typescript && (node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression' ||
      node.type === 'TSSatisfiesExpression' || node.type === 'TSTypeAssertion');
  }
}
