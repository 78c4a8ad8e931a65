// Parser foundations shared by every grammar file: node construction, token helpers, the
// scope stack (binding declarations and the early errors on duplicates), function contexts
// (await/yield/super/new.target), labels and private names.
//
// The parser is one class built as a chain of files, each extending the previous one:
//   Lexer (lexer.ts) -> ParserBase (this file) -> TypeParser (typescript.ts)
//   -> ExpressionParser (expressions.ts) -> PatternParser (patterns.ts)
//   -> FunctionParser (functions-classes.ts) -> StatementParser (statements.ts)
//   -> ModuleParser (modules.ts) -> Parser (parser.ts)
// A file calls grammar that lives later in the chain through the abstract methods declared here.
import { Lexer } from './lexer.ts';
import { Node, type AnyNode, type Erasure } from './ast.ts';
import { T, tokenLabel, type TokenType, STRICT_RESERVED, FIRST_KEYWORD, LAST_KEYWORD } from './tokens.ts';

export interface ParseOptions {
  sourceType: 'script' | 'module';
  /** Parse erasable TypeScript (.ts/.mts files). */
  typescript?: boolean;
  /** Start in strict mode (test262 onlyStrict). */
  strict?: boolean;
  file?: string;
  /** Annex B syntax (default: true for scripts, false for modules): HTML-like comments, legacy
   *  octal literals and escapes, `for (var x = 1 in o)`, function declarations in if-statements
   *  and labels, call expressions as assignment targets, the `annexB` function marker. These apply
   *  to sloppy code only, whatever this says. `annexB: false` also turns off the Annex B RegExp
   *  pattern grammar, which otherwise applies in every goal. */
  annexB?: boolean;
  /** Eval code (PerformEval steps 4-8): what the code around a direct eval allows. */
  evalContext?: EvalParseContext;
}

/** What a direct eval's surroundings allow in the eval code (ECMA-262 PerformEval). */
export interface EvalParseContext {
  /** Inside a non-arrow function (new.target allowed). */
  inFunction: boolean;
  /** Inside a method (super.x allowed). */
  inMethod: boolean;
  /** Inside a derived constructor (super() allowed). */
  inDerivedConstructor: boolean;
  /** Inside a class field initialiser (arguments is an error). */
  inClassFieldInitializer: boolean;
  /** The private names of the enclosing classes (without `#`): the eval code may use them. */
  privateNames?: string[];
}

// Scope flags.
export const SCOPE_TOP = 1;
export const SCOPE_FUNCTION = 2;
export const SCOPE_ASYNC = 4;
export const SCOPE_GENERATOR = 8;
export const SCOPE_ARROW = 16;
export const SCOPE_SIMPLE_CATCH = 32;
/** `super.x` allowed. */
export const SCOPE_SUPER = 64;
/** `super()` allowed. */
export const SCOPE_DIRECT_SUPER = 128;
export const SCOPE_CLASS_STATIC_BLOCK = 256;
export const SCOPE_CLASS_FIELD_INIT = 512;
/** The block of a switch statement (no `using` declarations directly in case clauses). */
export const SCOPE_SWITCH = 1024;
/** A scope that receives `var` declarations. */
export const SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT;

export function functionFlags(isAsync: boolean, isGenerator: boolean): number {
  return SCOPE_FUNCTION | (isAsync ? SCOPE_ASYNC : 0) | (isGenerator ? SCOPE_GENERATOR : 0);
}

// Binding kinds for declareName.
export const BIND_NONE = 0; // not a binding (assignment target)
export const BIND_VAR = 1; // var, function parameter, function at function top level
export const BIND_LEXICAL = 2; // let, const, class, using; strict/async/generator function in block
export const BIND_FUNCTION = 3; // sloppy plain function declaration in a block (Annex B)
export const BIND_SIMPLE_CATCH = 4; // catch (e)
export const BIND_OUTSIDE = 5; // function expression name: lives in its own scope

export class Scope {
  flags: number;
  readonly vars = new Set<string>();
  readonly lexical = new Set<string>();
  readonly functions = new Set<string>();
  /** Simple catch parameter name (for the Annex B `catch (e) { var e }` allowance). */
  catchParam: string | null = null;
  constructor(flags: number) {
    this.flags = flags;
  }
}

export interface Label {
  name: string;
  /** 'loop' | 'switch' | null (any other statement). */
  kind: 'loop' | 'switch' | null;
  statementStart: number;
}

/** Private names of one class body: declared ones (with accessor kinds) and pending uses. */
export interface PrivateNameScope {
  declared: Map<string, string>;
  used: { name: string; pos: number }[];
}

/**
 * Cover-grammar error positions recorded while parsing something that may turn out to be a
 * pattern (`({a = 1})` is only valid as a pattern, `({__proto__: 1, __proto__: 2})` only as a
 * pattern). -1 means none.
 */
export class DestructuringErrors {
  shorthandAssign = -1;
  trailingComma = -1;
  parenthesizedAssign = -1;
  parenthesizedBind = -1;
  doubleProto = -1;
}

/** Maximum nesting of expressions/statements before "too deeply nested" (host stack safety). */
export const MAX_DEPTH = 1500;

export abstract class ParserBase extends Lexer {
  /**
   * Expressions written in parentheses, with the position of the outermost `(`. ESTree (like
   * acorn) emits no ParenthesizedExpression, but several early errors and node start positions
   * depend on the parentheses.
   */
  parenthesized = new WeakMap<object, { start: number; line: number; column: number }>();
  readonly options: ParseOptions;
  readonly typescript: boolean;
  /** Annex B extensions for sloppy code are enabled. */
  readonly annexB: boolean;
  scopeStack: Scope[] = [];
  labels: Label[] = [];
  privateNameStack: PrivateNameScope[] = [];
  /** Positions of yield/await expressions and `await` identifiers, for arrow-parameter checks. */
  yieldPos = -1;
  awaitPos = -1;
  awaitIdentPos = -1;
  /** The function whose body is being parsed, for retroactive "use strict" checks. */
  currentFunction: AnyNode | null = null;
  /** Current nesting depth of statements/expressions (see MAX_DEPTH). */
  depth = 0;
  /** TypeScript: ranges to blank (see Erasure). */
  erasures: Erasure[] = [];
  /** Module goal: exported names (duplicates are errors) and local names that must exist. */
  exportedNames = new Set<string>();
  undefinedExports = new Map<string, number>();
  /** Currently parsing a declaration under `declare` (TypeScript ambient context). */
  inAmbient = false;
  /** TypeScript: names of top-level type-only declarations (interfaces, type aliases, ...). */
  tsTypeNames = new Set<string>();
  /** End of the last statement or class member known to end with a block (no guard needed). */
  safeStatementEnd = -1;
  /** End of the token before the statement being parsed (for ASI guards on erased statements). */
  statementPrevEnd = 0;

  constructor(input: string, options: ParseOptions) {
    super(input, options.sourceType === 'module');
    this.options = options;
    this.file = options.file;
    this.typescript = options.typescript === true;
    this.strict = this.isModule || options.strict === true;
    this.annexB = options.annexB ?? !this.isModule;
    // Direct eval inside a class body sees the enclosing classes' private names (PerformEval).
    const evalPrivate = options.evalContext?.privateNames;
    if (evalPrivate && evalPrivate.length > 0) this.privateNameStack.push({ declared: new Map(evalPrivate.map((n) => [n, 'eval'])), used: [] });
    // HTML-like comments are Annex B syntax of the Script goal only.
    this.htmlComments = !this.isModule && this.annexB;
    this.legacyOctal = this.annexB;
    // A declaration file is ambient as a whole.
    this.inAmbient = this.typescript && /\.d\.[cm]?ts$/.test(options.file ?? '');
    // Annex B's RegExp pattern extensions (B.1.2) apply to every goal unless turned off.
    this.regexAnnexB = options.annexB !== false;
  }

  /** Annex B RegExp grammar (legacy escapes, quantifiable assertions, ...) for validation. */
  readonly regexAnnexB: boolean;

  // ---- nodes ----------------------------------------------------------------------------------

  startNode(): AnyNode {
    return new Node(this.start, this.startLine, this.startCol) as AnyNode;
  }

  /**
   * A node that begins where `other` begins, or at the outermost `(` if `other` was written in
   * parentheses: acorn starts `(a) + b`, `(a).b`, `(a) = b` at the parenthesis.
   */
  startNodeAt(other: Node): AnyNode {
    const paren = this.parenthesized.get(other);
    if (paren) return new Node(paren.start, paren.line, paren.column) as AnyNode;
    return new Node(other.start, other.loc.start.line, other.loc.start.column) as AnyNode;
  }

  finishNode<N extends AnyNode>(node: N, type: string): N {
    node.type = type;
    node.end = this.lastEnd;
    node.loc.end = { line: this.lastEndLine, column: this.lastEndCol };
    node.range[1] = this.lastEnd;
    return node;
  }

  /** Finishes `node` at the end of another node (used when rewriting cover grammar). */
  finishNodeAt<N extends AnyNode>(node: N, type: string, endNode: Node): N {
    node.type = type;
    node.end = endNode.end;
    node.loc.end = { line: endNode.loc.end.line, column: endNode.loc.end.column };
    node.range[1] = endNode.end;
    return node;
  }

  /** A numeric, string or BigInt literal token -> Literal. */
  parseLiteral(): AnyNode {
    const node = this.startNode();
    node.value = this.type === T.BigInt ? BigInt(this.value) : this.value;
    node.raw = this.input.slice(this.start, this.end);
    if (this.type === T.BigInt) node.bigint = String(node.value);
    this.next();
    return this.finishNode(node, 'Literal');
  }

  /** The current template token -> TemplateElement (range without the delimiters). */
  parseTemplateElement(isTagged: boolean): AnyNode {
    const type = this.type;
    const tail = type === T.Template || type === T.TemplateTail;
    if (!tail && type !== T.TemplateHead && type !== T.TemplateMiddle) this.unexpected();
    if (this.tplCooked === null && !isTagged) this.raise(this.tplBadEscape, 'Bad escape sequence in untagged template literal');
    // The element excludes the delimiters: ` or } before, ` or ${ after.
    const elt = new Node(this.start + 1, this.startLine, this.startCol + 1) as AnyNode;
    const end = this.end - (tail ? 1 : 2);
    elt.type = 'TemplateElement';
    elt.end = end;
    elt.range[1] = end;
    elt.loc.end = { line: this.line, column: end - this.lineStart };
    elt.value = { raw: this.value, cooked: this.tplCooked };
    elt.tail = tail;
    this.next();
    return elt;
  }

  // ---- tokens ---------------------------------------------------------------------------------

  eat(type: TokenType): boolean {
    if (this.type === type) {
      this.next();
      return true;
    }
    return false;
  }

  expect(type: TokenType): void {
    if (this.type !== type) {
      if (this.type === T.EOF) this.raise(this.start, `Unexpected end of input, expected '${tokenLabel[type]}'`);
      this.raise(this.start, `Unexpected token '${this.input.slice(this.start, this.end)}', expected '${tokenLabel[type]}'`);
    }
    this.next();
  }

  /** The current token is the unescaped contextual word `name`. */
  isContextual(name: string): boolean {
    return this.type === T.Name && this.value === name && !this.escaped;
  }

  eatContextual(name: string): boolean {
    if (!this.isContextual(name)) return false;
    this.next();
    return true;
  }

  expectContextual(name: string): void {
    if (!this.eatContextual(name)) this.unexpected();
  }

  isKeyword(type: TokenType): boolean {
    return type >= FIRST_KEYWORD && type <= LAST_KEYWORD;
  }

  /** An automatic semicolon may be inserted before the current token. */
  canInsertSemicolon(): boolean {
    return this.type === T.EOF || this.type === T.BraceR || this.nlBefore;
  }

  semicolon(): void {
    if (!this.eat(T.Semi) && !this.canInsertSemicolon()) {
      this.raise(this.start, `Missing semicolon`);
    }
  }

  /** Kind and value of the token after the current one, without consuming anything. */
  peek(): { type: TokenType; value: any; nlBefore: boolean; start: number; escaped: boolean } {
    const save = this.saveState();
    this.next();
    const result = { type: this.type, value: this.value, nlBefore: this.nlBefore, start: this.start, escaped: this.escaped };
    this.restoreState(save);
    return result;
  }

  enterDepth(): void {
    if (++this.depth > MAX_DEPTH) this.raise(this.start, 'Code is too deeply nested');
  }

  // ---- scopes ---------------------------------------------------------------------------------

  enterScope(flags: number): void {
    this.scopeStack.push(new Scope(flags));
  }

  exitScope(): void {
    this.scopeStack.pop();
  }

  currentScope(): Scope {
    return this.scopeStack[this.scopeStack.length - 1]!;
  }

  currentVarScope(): Scope {
    for (let i = this.scopeStack.length - 1; ; i--) {
      const s = this.scopeStack[i]!;
      if (s.flags & SCOPE_VAR) return s;
    }
  }

  /** The nearest scope that binds `this` (non-arrow function, static block, field initializer). */
  currentThisScope(): Scope {
    for (let i = this.scopeStack.length - 1; ; i--) {
      const s = this.scopeStack[i]!;
      if (s.flags & SCOPE_VAR && !(s.flags & SCOPE_ARROW)) return s;
    }
  }

  get inFunction(): boolean {
    return (this.currentVarScope().flags & SCOPE_FUNCTION) !== 0;
  }
  get inGenerator(): boolean {
    return (this.currentVarScope().flags & SCOPE_GENERATOR) !== 0;
  }
  get inAsync(): boolean {
    return (this.currentVarScope().flags & SCOPE_ASYNC) !== 0;
  }
  /** `await` is an operator here (async function, or module top level). */
  get canAwait(): boolean {
    for (let i = this.scopeStack.length - 1; i >= 0; i--) {
      const s = this.scopeStack[i]!;
      if (s.flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) return false;
      if (s.flags & SCOPE_FUNCTION) return (s.flags & SCOPE_ASYNC) !== 0;
    }
    return this.isModule;
  }
  get allowSuper(): boolean {
    const s = this.currentThisScope();
    return (s.flags & SCOPE_SUPER) !== 0 || (s.flags & SCOPE_TOP && this.options.evalContext?.inMethod) === true;
  }
  get allowDirectSuper(): boolean {
    const s = this.currentThisScope();
    return (s.flags & SCOPE_DIRECT_SUPER) !== 0 || (s.flags & SCOPE_TOP && this.options.evalContext?.inDerivedConstructor) === true;
  }
  get allowNewTarget(): boolean {
    const s = this.currentThisScope();
    return (s.flags & (SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) !== 0 ||
      (s.flags & SCOPE_TOP && this.options.evalContext?.inFunction) === true;
  }
  get inClassStaticBlock(): boolean {
    return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK) !== 0;
  }
  get inClassFieldInit(): boolean {
    const s = this.currentThisScope();
    return (s.flags & SCOPE_CLASS_FIELD_INIT) !== 0 || (s.flags & SCOPE_TOP && this.options.evalContext?.inClassFieldInitializer) === true;
  }

  /** In this scope, function declarations behave like `var` (function and script top level). */
  private functionsAreVar(scope: Scope): boolean {
    return (scope.flags & SCOPE_FUNCTION) !== 0 || (!this.isModule && (scope.flags & SCOPE_TOP) !== 0) ||
      (scope.flags & SCOPE_CLASS_STATIC_BLOCK) !== 0;
  }

  get treatFunctionsAsVar(): boolean {
    return this.functionsAreVar(this.currentScope());
  }

  /** Declares `name` with binding kind `kind`; raises on a redeclaration the spec forbids. */
  declareName(name: string, kind: number, pos: number): void {
    let redeclared = false;
    const scope = this.currentScope();
    if (kind === BIND_LEXICAL) {
      redeclared = scope.lexical.has(name) || scope.functions.has(name) || scope.vars.has(name);
      scope.lexical.add(name);
      if (this.isModule && scope.flags & SCOPE_TOP) this.undefinedExports.delete(name);
    } else if (kind === BIND_SIMPLE_CATCH) {
      scope.lexical.add(name);
      scope.catchParam = name;
    } else if (kind === BIND_FUNCTION) {
      redeclared = this.treatFunctionsAsVar ? scope.lexical.has(name) : scope.lexical.has(name) || scope.vars.has(name);
      scope.functions.add(name);
    } else {
      for (let i = this.scopeStack.length - 1; i >= 0; i--) {
        const s = this.scopeStack[i]!;
        if ((s.lexical.has(name) && !(s.flags & SCOPE_SIMPLE_CATCH && s.catchParam === name)) ||
            (!this.functionsAreVar(s) && s.functions.has(name))) {
          redeclared = true;
          break;
        }
        s.vars.add(name);
        if (this.isModule && s.flags & SCOPE_TOP) this.undefinedExports.delete(name);
        if (s.flags & SCOPE_VAR) break;
      }
    }
    if (redeclared) this.raise(pos, `Identifier '${name}' has already been declared`);
  }

  // ---- identifiers ------------------------------------------------------------------------------

  /**
   * Early errors for an identifier used as a reference or binding: reserved words, `await` and
   * `yield` where they are operators, `arguments` in field initializers and static blocks.
   */
  checkUnreserved(name: string, start: number, escaped: boolean): void {
    // Test the spelling first: the context getters walk the scope stack.
    switch (name) {
      case 'yield':
        if (this.inGenerator) this.raise(start, "Cannot use 'yield' as identifier inside a generator");
        break;
      case 'await':
        if (this.canAwait) this.raise(start, "Cannot use 'await' as identifier inside an async function");
        if (this.inClassStaticBlock) this.raise(start, "Cannot use 'await' in class static initialization block");
        if (this.isModule) this.raise(start, "Cannot use keyword 'await' outside an async function");
        return;
      case 'arguments':
        if (this.inClassFieldInit) this.raise(start, "Cannot use 'arguments' in class field initializer");
        if (this.inClassStaticBlock) this.raise(start, "Cannot use 'arguments' in class static initialization block");
        return;
    }
    if (this.isReservedWord(name)) {
      this.raise(start, escaped ? `Escape sequence in keyword ${name}` : `Unexpected keyword '${name}'`);
    }
    if (this.strict && STRICT_RESERVED.has(name)) this.raise(start, `The keyword '${name}' is reserved`);
  }

  isReservedWord(name: string): boolean {
    switch (name) {
      case 'break': case 'case': case 'catch': case 'class': case 'const': case 'continue': case 'debugger':
      case 'default': case 'delete': case 'do': case 'else': case 'enum': case 'export': case 'extends':
      case 'false': case 'finally': case 'for': case 'function': case 'if': case 'import': case 'in':
      case 'instanceof': case 'new': case 'null': case 'return': case 'super': case 'switch': case 'this':
      case 'throw': case 'true': case 'try': case 'typeof': case 'var': case 'void': case 'while': case 'with':
        return true;
    }
    return false;
  }

  /** Parses an identifier; `liberal` accepts any IdentifierName (property names). */
  parseIdent(liberal = false): AnyNode {
    const node = this.startNode();
    if (this.type === T.Name) {
      node.name = this.value;
    } else if (liberal && this.isKeyword(this.type)) {
      node.name = this.value;
    } else {
      this.unexpected();
    }
    const escaped = this.escaped;
    this.next();
    this.finishNode(node, 'Identifier');
    if (!liberal) {
      this.checkUnreserved(node.name, node.start, escaped);
      if (node.name === 'await' && this.awaitIdentPos < 0) this.awaitIdentPos = node.start;
    }
    return node;
  }

  parsePrivateIdent(): AnyNode {
    const node = this.startNode();
    node.name = this.value;
    this.next();
    this.finishNode(node, 'PrivateIdentifier');
    const scope = this.privateNameStack[this.privateNameStack.length - 1];
    if (!scope) this.raise(node.start, `Private field '#${node.name}' must be declared in an enclosing class`);
    scope.used.push({ name: node.name, pos: node.start });
    return node;
  }

  // ---- private names ----------------------------------------------------------------------------

  enterClassBody(): PrivateNameScope {
    const s: PrivateNameScope = { declared: new Map(), used: [] };
    this.privateNameStack.push(s);
    return s;
  }

  exitClassBody(): void {
    const s = this.privateNameStack.pop()!;
    const parent = this.privateNameStack[this.privateNameStack.length - 1];
    for (const use of s.used) {
      if (s.declared.has(use.name)) continue;
      if (parent) parent.used.push(use);
      else this.raise(use.pos, `Private field '#${use.name}' must be declared in an enclosing class`);
    }
  }

  // ---- TypeScript erasure -----------------------------------------------------------------------

  /** Records [start, end) as erased type syntax. */
  erase(start: number, end: number, replacement?: string): void {
    if (end <= start) return;
    const e: Erasure = replacement === undefined ? { start, end } : { start, end, replacement };
    this.erasures.push(e);
  }

  /** Erases a whole statement or class member [start, end) with an ASI guard if needed. */
  eraseWhole(start: number, end: number, prevEnd: number): void {
    this.erase(start, end, this.asiGuard(prevEnd));
  }

  /**
   * ';' when the token ending at `prevEnd` may leave the previous statement open (anything but
   * `;` and `{`); undefined at the start of the input or when prevEnd < 0 (no guard wanted, e.g.
   * after `export`).
   */
  asiGuard(prevEnd: number): string | undefined {
    if (prevEnd <= 0 || prevEnd === this.safeStatementEnd) return undefined;
    const c = this.input.charCodeAt(prevEnd - 1);
    return c !== 59 /* ; */ && c !== 123 /* { */ ? ';' : undefined;
  }

  // ---- grammar implemented later in the chain ---------------------------------------------------

  abstract parseExpression(noIn?: boolean): AnyNode;
  abstract parseMaybeAssign(noIn?: boolean, refErrors?: DestructuringErrors): AnyNode;
  abstract parseBindingAtom(): AnyNode;
  abstract parseBindingElement(): AnyNode;
  abstract parseBlock(createScope?: boolean, node?: AnyNode): AnyNode;
  abstract parseFunctionBodyAndFinish(node: AnyNode, type: string, isArrow: boolean, isMethod: boolean): AnyNode;
  abstract parseFunction(node: AnyNode, statement: number, isAsync: boolean, forInit?: boolean): AnyNode;
  abstract parseClass(node: AnyNode, isStatement: boolean | 'nullable'): AnyNode;
  abstract parseArrowExpression(node: AnyNode, params: AnyNode[], isAsync: boolean, forInit: boolean): AnyNode;
  abstract parseMethod(isGenerator: boolean, isAsync: boolean, allowDirectSuper: boolean): AnyNode;
  abstract toAssignable(node: AnyNode, isBinding: boolean, refErrors?: DestructuringErrors): AnyNode;
  abstract toAssignableList(list: (AnyNode | null)[], isBinding: boolean): (AnyNode | null)[];
  abstract checkLValSimple(expr: AnyNode, binding: number): void;
  abstract checkLValPattern(expr: AnyNode, binding: number): void;
  abstract checkLValInnerPattern(expr: AnyNode, binding: number): void;
  abstract parseTemplate(isTagged: boolean): AnyNode;
  abstract parseTSTypeAnnotation(): AnyNode;
  abstract parseTSTypeArguments(): AnyNode;
}
