// Functions, arrow functions, methods and classes (ES2025 15.1-15.8): parameter lists and their
// early errors, function bodies with directive prologues ("use strict" applies retroactively to
// the parameters and the name), class bodies with fields, accessors, private names and static
// blocks.
import type { AnyNode } from './ast.ts';
import { T, STRICT_RESERVED } from './tokens.ts';
import {
  BIND_FUNCTION, BIND_LEXICAL, BIND_OUTSIDE, BIND_VAR, SCOPE_ARROW, SCOPE_CLASS_FIELD_INIT,
  SCOPE_CLASS_STATIC_BLOCK, SCOPE_DIRECT_SUPER, SCOPE_SUPER, functionFlags,
  type PrivateNameScope,
} from './parser-base.ts';
import { PatternParser } from './patterns.ts';

/** parseFunction `statement` flags. */
export const FUNC_STATEMENT = 1;
/** Not in a declaration position (label/if body): no generators. */
export const FUNC_HANGING_STATEMENT = 2;
/** `export default function () {}`: the name may be omitted. */
export const FUNC_NULLABLE_ID = 4;

export abstract class FunctionParser extends PatternParser {

  initFunction(node: AnyNode): void {
    node.id = null;
    node.expression = false;
    node.generator = false;
    node.async = false;
  }

  parseFunction(node: AnyNode, statement: number, isAsync: boolean): AnyNode {
    const statementPrevEnd = this.statementPrevEnd;
    this.initFunction(node);
    if (this.type === T.Star) {
      if (statement & FUNC_HANGING_STATEMENT) this.unexpected();
      this.next();
      node.generator = true;
    }
    node.async = isAsync;
    // TypeScript: an overload signature declares nothing, so the name is declared only once the
    // body is seen (in the enclosing scope).
    let pendingBinding = -1;
    if (statement & FUNC_STATEMENT) {
      node.id = statement & FUNC_NULLABLE_ID && this.type !== T.Name ? null : this.parseIdent(false);
      if (node.id) {
        const plain = !this.strict && !node.generator && !node.async && this.annexB;
        const binding = plain ? BIND_FUNCTION : this.treatFunctionsAsVar ? BIND_VAR : BIND_LEXICAL;
        if (this.typescript) pendingBinding = this.inAmbient ? -1 : binding;
        else this.checkLValSimple(node.id, binding);
        // Annex B.3.3 candidate: a sloppy plain function declaration in a block-like scope.
        if (plain && !this.treatFunctionsAsVar) node.annexB = true;
      }
    }
    const oldYield = this.yieldPos, oldAwait = this.awaitPos, oldAwaitIdent = this.awaitIdentPos;
    this.yieldPos = this.awaitPos = this.awaitIdentPos = -1;
    this.enterScope(functionFlags(node.async, node.generator));
    if (!(statement & FUNC_STATEMENT)) node.id = this.type === T.Name ? this.parseIdent(false) : null;
    if (this.typescript) this.parseTSFunctionTypeParams(node);
    this.parseFunctionParams(node);
    if (this.typescript) this.parseTSReturnType(node);
    const type = statement & FUNC_STATEMENT ? 'FunctionDeclaration' : 'FunctionExpression';
    if (this.typescript && type === 'FunctionDeclaration' && this.type !== T.BraceL && this.tsAllowsBodiless()) {
      // Overload signature or `declare function`: no body.
      this.exitScope();
      this.yieldPos = oldYield; this.awaitPos = oldAwait; this.awaitIdentPos = oldAwaitIdent;
      this.semicolon();
      this.finishNode(node, 'TSDeclareFunction');
      this.eraseWhole(node.start, node.end, statementPrevEnd);
      return node;
    }
    if (pendingBinding >= 0) {
      const functionScope = this.scopeStack.pop()!;
      this.checkLValSimple(node.id, pendingBinding);
      this.scopeStack.push(functionScope);
    }
    this.parseFunctionBodyAndFinish(node, type, false, false);
    this.yieldPos = oldYield; this.awaitPos = oldAwait; this.awaitIdentPos = oldAwaitIdent;
    return node;
  }

  parseFunctionParams(node: AnyNode): void {
    this.expect(T.ParenL);
    node.params = this.parseBindingList(T.ParenR, false, true, true);
    this.checkYieldAwaitInDefaultParams();
  }

  parseArrowExpression(node: AnyNode, params: AnyNode[], isAsync: boolean, noIn: boolean): AnyNode {
    const oldYield = this.yieldPos, oldAwait = this.awaitPos, oldAwaitIdent = this.awaitIdentPos;
    this.enterScope(functionFlags(isAsync, false) | SCOPE_ARROW);
    this.initFunction(node);
    node.async = isAsync;
    this.yieldPos = this.awaitPos = this.awaitIdentPos = -1;
    node.params = this.toAssignableList(params, true);
    this.parseFunctionBodyAndFinish(node, 'ArrowFunctionExpression', true, false, noIn);
    this.yieldPos = oldYield; this.awaitPos = oldAwait; this.awaitIdentPos = oldAwaitIdent;
    return node;
  }

  /** A method's FunctionExpression: params and body (the key has been parsed by the caller). */
  parseMethod(isGenerator: boolean, isAsync: boolean, allowDirectSuper: boolean): AnyNode {
    const node = this.startNode();
    const oldYield = this.yieldPos, oldAwait = this.awaitPos, oldAwaitIdent = this.awaitIdentPos;
    this.initFunction(node);
    node.generator = isGenerator;
    node.async = isAsync;
    this.yieldPos = this.awaitPos = this.awaitIdentPos = -1;
    this.enterScope(functionFlags(isAsync, isGenerator) | SCOPE_SUPER | (allowDirectSuper ? SCOPE_DIRECT_SUPER : 0));
    if (this.typescript) this.parseTSFunctionTypeParams(node);
    this.expect(T.ParenL);
    node.params = this.parseBindingList(T.ParenR, false, true, true);
    this.checkYieldAwaitInDefaultParams();
    if (this.typescript) this.parseTSReturnType(node);
    if (this.typescript && this.type !== T.BraceL && this.tsAllowsBodilessMethod()) {
      this.exitScope();
      this.yieldPos = oldYield; this.awaitPos = oldAwait; this.awaitIdentPos = oldAwaitIdent;
      node.body = null;
      return this.finishNode(node, 'TSEmptyBodyFunctionExpression');
    }
    this.parseFunctionBodyAndFinish(node, 'FunctionExpression', false, true);
    this.yieldPos = oldYield; this.awaitPos = oldAwait; this.awaitIdentPos = oldAwaitIdent;
    return node;
  }

  /**
   * Parses the body (a block, or an expression for concise arrows), checks the parameters and
   * finishes the node. Exits the function scope entered by the caller.
   */
  parseFunctionBodyAndFinish(node: AnyNode, type: string, isArrow: boolean, isMethod: boolean, noIn = false): AnyNode {
    const simple = this.isSimpleParamList(node.params);
    if (isArrow && this.type !== T.BraceL) {
      this.checkParams(node, false);
      this.enterDepth();
      node.body = this.parseMaybeAssign(noIn);
      this.depth--;
      node.expression = true;
      this.exitScope();
      return this.finishNode(node, type);
    }
    const oldStrict = this.strict;
    const oldLabels = this.labels;
    const oldFunction = this.currentFunction;
    this.labels = [];
    this.currentFunction = node;
    this.checkParams(node, !oldStrict && !isArrow && !isMethod && simple);
    if (this.strict && node.id) this.checkLValSimple(node.id, BIND_OUTSIDE);
    const body = this.startNode();
    this.expect(T.BraceL);
    this.enterDepth();
    body.body = this.parseStatementList(true, T.BraceR);
    this.depth--;
    node.expression = false;
    this.strict = oldStrict;
    this.labels = oldLabels;
    this.currentFunction = oldFunction;
    this.next(); // `}`, lexed in the enclosing strictness
    node.body = this.finishNode(body, 'BlockStatement');
    this.exitScope();
    return this.finishNode(node, type);
  }

  /**
   * A "use strict" directive in the body of `this.currentFunction` (or at script top level)
   * turns strict mode on for code already parsed: the parameters and the function name.
   */
  applyUseStrictRetroactively(directiveStart: number): void {
    const fn = this.currentFunction;
    if (!fn) return;
    if (!this.isSimpleParamList(fn.params)) {
      this.raise(directiveStart, "Illegal 'use strict' directive in function with non-simple parameter list");
    }
    const seen = new Set<string>();
    for (const p of fn.params) {
      if (!p || p.type !== 'Identifier') continue;
      this.checkStrictBindingName(p);
      if (seen.has(p.name)) this.raise(p.start, 'Argument name clash');
      seen.add(p.name);
    }
    if (fn.id) this.checkStrictBindingName(fn.id);
  }

  private checkStrictBindingName(id: AnyNode): void {
    if (id.name === 'eval' || id.name === 'arguments') this.raise(id.start, `Binding ${id.name} in strict mode`);
    if (STRICT_RESERVED.has(id.name)) this.raise(id.start, `The keyword '${id.name}' is reserved`);
  }

  isSimpleParamList(params: AnyNode[]): boolean {
    for (const p of params) if (p.type !== 'Identifier') return false;
    return true;
  }

  /** Declares the parameters in the function scope; duplicates are errors unless allowed. */
  checkParams(node: AnyNode, allowDuplicates: boolean): void {
    const oldClashes = this.paramClashes;
    this.paramClashes = allowDuplicates ? null : new Set();
    for (const param of node.params) {
      if (this.typescript && param.type === 'Identifier' && param.name === 'this') continue; // TypeScript `this` parameter
      this.checkLValInnerPattern(param, BIND_VAR);
    }
    this.paramClashes = oldClashes;
  }

  // ---- classes ---------------------------------------------------------------------------------------

  /** `isStatement`: true for declarations, 'nullable' for `export default class`. */
  parseClass(node: AnyNode, isStatement: boolean | 'nullable'): AnyNode {
    this.next();
    const oldStrict = this.strict;
    this.strict = true;
    if (this.type === T.Name && !(this.typescript && this.isContextual('implements'))) {
      node.id = this.parseIdent(false);
      // A class expression's name binds in its own scope (strict: no eval/arguments).
      if (!this.inAmbient) this.checkLValSimple(node.id, isStatement ? BIND_LEXICAL : BIND_OUTSIDE);
    } else {
      if (isStatement === true) this.unexpected();
      node.id = null;
    }
    if (this.typescript) this.parseTSClassHeritageTypeParams(node);
    node.superClass = this.eat(T.Extends) ? this.parseExprSubscripts(undefined, false) : null;
    if (this.typescript) this.parseTSClassHeritageRest(node);
    const privateNames = this.enterClassBody();
    const body = this.startNode();
    this.expect(T.BraceL);
    body.body = [];
    let hadConstructor = false;
    this.enterDepth();
    while (this.type !== T.BraceR) {
      const element = this.parseClassElement(node.superClass !== null);
      if (!element) continue;
      body.body.push(element);
      // After a method or static block no following line can continue the member.
      if ((element.type === 'MethodDefinition' && element.value.body) || element.type === 'StaticBlock') {
        this.safeStatementEnd = element.end;
      }
      if (element.type === 'MethodDefinition' && element.kind === 'constructor' && element.value.body) {
        if (hadConstructor) this.raise(element.start, 'Duplicate constructor in the same class');
        hadConstructor = true;
      } else if (element.key && element.key.type === 'PrivateIdentifier' && this.isPrivateNameConflicted(privateNames, element)) {
        this.raise(element.key.start, `Identifier '#${element.key.name}' has already been declared`);
      }
    }
    this.depth--;
    this.strict = oldStrict;
    this.next();
    node.body = this.finishNode(body, 'ClassBody');
    this.exitClassBody();
    return this.finishNode(node, isStatement ? 'ClassDeclaration' : 'ClassExpression');
  }

  private isPrivateNameConflicted(names: PrivateNameScope, element: AnyNode): boolean {
    const name = element.key.name;
    const current = names.declared.get(name);
    let next = 'true';
    if (element.type === 'MethodDefinition' && (element.kind === 'get' || element.kind === 'set')) {
      next = (element.static ? 's' : 'i') + element.kind;
    }
    // A getter and a setter with the same staticness may share a name.
    if ((current === 'iget' && next === 'iset') || (current === 'iset' && next === 'iget') ||
        (current === 'sget' && next === 'sset') || (current === 'sset' && next === 'sget')) {
      names.declared.set(name, 'true');
      return false;
    }
    if (current === undefined) {
      names.declared.set(name, next);
      return false;
    }
    return true;
  }

  /** The current token can start a class element name. */
  private isClassElementNameStart(): boolean {
    return this.isPropertyNameStart(false);
  }

  /** Consumes the contextual word at the current token and returns an Identifier for it. */
  private wordAsKey(): AnyNode {
    const key = this.startNode();
    key.name = this.value;
    this.next();
    return this.finishNode(key, 'Identifier');
  }

  parseClassElement(constructorAllowsSuper: boolean): AnyNode | null {
    if (this.eat(T.Semi)) return null;
    const node = this.startNode();
    if (this.type === T.At) this.raise(this.start, 'Decorators are not supported (not erasable syntax, not ES2025)');
    if (this.typescript) {
      const signature = this.parseTSClassModifiers(node);
      if (signature) return signature;
    }
    let key: AnyNode | null = null;
    let isGenerator = false;
    let isAsync = false;
    let kind = 'method';
    let isStatic = false;
    if (this.isContextual('static')) {
      const word = this.wordAsKey();
      if (this.type === T.BraceL && !node.accessibility && !node.declare) return this.parseClassStaticBlock(node);
      if (this.isClassElementNameStart() || this.type === T.Star) {
        isStatic = true;
        // Where the element's own text starts after `static` (Function.prototype.toString of a
        // static method excludes the keyword). Not enumerable: the AST stays acorn's shape.
        Object.defineProperty(node, 'afterStatic', { value: this.start, enumerable: false, configurable: true, writable: true });
      } else key = word;
    }
    node.static = isStatic;
    if (this.typescript && isStatic) {
      const signature = this.parseTSClassModifiers(node);
      if (signature) return signature;
    }
    if (!key && this.isContextual('async')) {
      const word = this.wordAsKey();
      if ((this.isClassElementNameStart() || this.type === T.Star) && !this.nlBefore) isAsync = true;
      else key = word;
    }
    if (!key && this.type === T.Star) {
      this.next();
      isGenerator = true;
    }
    if (!key && !isAsync && !isGenerator && (this.isContextual('get') || this.isContextual('set'))) {
      const word = this.wordAsKey();
      if (this.isClassElementNameStart()) kind = word.name;
      else key = word;
    }
    if (key) {
      node.computed = false;
      node.key = key;
    } else {
      this.parseClassElementName(node);
    }
    if (this.typescript) this.parseTSClassMemberOptional(node);
    if (this.type === T.ParenL || (this.typescript && this.type === T.Lt) || kind !== 'method' || isGenerator || isAsync) {
      const isConstructor = !node.static && this.isKeyNamed(node, 'constructor');
      if (isConstructor && kind !== 'method') this.raise(node.key.start, "Constructor can't have get/set modifier");
      node.kind = isConstructor ? 'constructor' : kind;
      return this.parseClassMethod(node, isGenerator, isAsync, isConstructor && constructorAllowsSuper);
    }
    return this.parseClassField(node);
  }

  private parseClassElementName(element: AnyNode): void {
    if (this.type === T.PrivateName) {
      if (this.value === 'constructor') this.raise(this.start, "Classes can't have an element named '#constructor'");
      const key = this.startNode();
      key.name = this.value;
      this.next();
      element.computed = false;
      element.key = this.finishNode(key, 'PrivateIdentifier');
      return;
    }
    this.parsePropertyName(element);
  }

  /** The element's key is the non-computed name `name` (identifier or string literal). */
  isKeyNamed(node: AnyNode, name: string): boolean {
    const key = node.key;
    if (node.computed) return false;
    return (key.type === 'Identifier' && key.name === name) || (key.type === 'Literal' && key.value === name);
  }

  private parseClassMethod(method: AnyNode, isGenerator: boolean, isAsync: boolean, allowsDirectSuper: boolean): AnyNode {
    if (method.kind === 'constructor') {
      if (isGenerator) this.raise(method.key.start, "Constructor can't be a generator");
      if (isAsync) this.raise(method.key.start, "Constructor can't be an async method");
    } else if (method.static && this.isKeyNamed(method, 'prototype')) {
      this.raise(method.key.start, 'Classes may not have a static property named prototype');
    }
    const value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
    method.value = value;
    if (method.kind === 'get' || method.kind === 'set') this.checkAccessorParams(method.kind, value);
    if (value.type === 'TSEmptyBodyFunctionExpression') this.semicolon();
    return this.finishClassMember(method, 'MethodDefinition');
  }

  private parseClassField(field: AnyNode): AnyNode {
    if (this.isKeyNamed(field, 'constructor')) this.raise(field.key.start, "Classes can't have a field named 'constructor'");
    if (field.static && this.isKeyNamed(field, 'prototype')) this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
    if (this.typescript) this.parseTSFieldAnnotation(field);
    if (this.eat(T.Eq)) {
      const oldLabels = this.labels;
      this.labels = [];
      this.enterScope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
      field.value = this.parseMaybeAssign();
      this.exitScope();
      this.labels = oldLabels;
    } else {
      field.value = null;
    }
    this.semicolon();
    return this.finishClassMember(field, 'PropertyDefinition');
  }

  private parseClassStaticBlock(node: AnyNode): AnyNode {
    this.next();
    const oldLabels = this.labels;
    this.labels = [];
    this.enterScope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
    const oldFunction = this.currentFunction;
    this.currentFunction = null;
    node.body = this.parseStatementList(false, T.BraceR);
    this.currentFunction = oldFunction;
    this.next();
    this.exitScope();
    this.labels = oldLabels;
    return this.finishNode(node, 'StaticBlock');
  }

  abstract parseStatementList(directives: boolean, close: number): AnyNode[];
  abstract tsAllowsBodiless(): boolean;
  abstract tsAllowsBodilessMethod(): boolean;
  abstract parseTSFunctionTypeParams(node: AnyNode): void;
  abstract parseTSReturnType(node: AnyNode): void;
  abstract parseTSClassHeritageTypeParams(node: AnyNode): void;
  abstract parseTSClassHeritageRest(node: AnyNode): void;
  abstract parseTSClassModifiers(node: AnyNode): AnyNode | null;
  abstract parseTSClassMemberOptional(node: AnyNode): void;
  abstract parseTSFieldAnnotation(node: AnyNode): void;
  /** Finishes a MethodDefinition/PropertyDefinition (TypeScript: modifiers, erasure). */
  abstract finishClassMember(node: AnyNode, type: string): AnyNode;
}

