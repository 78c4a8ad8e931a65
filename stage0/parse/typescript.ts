// TypeScript (erasable syntax only, for .ts/.mts files): the type grammar, and the expression-level
// extensions (annotations on parameters, `as`/`satisfies`, non-null `!`, type arguments on
// calls, instantiation expressions, `<T>x` assertions, typed and generic arrow functions).
//
// Type nodes follow typescript-estree (TSTypeAnnotation, TSTypeReference, TSNumberKeyword, ...)
// with one deliberate difference: a pattern that carries a `typeAnnotation` keeps its own range
// (typescript-estree widens e.g. an Identifier to cover `x: number`; Ouro keeps `x`).
//
// Every piece of type syntax is also recorded as an erasure (see Erasure in ast.ts), so that
// `ouro strip` can blank it and keep valid JavaScript with unchanged positions.
//
// Ambiguities with JavaScript are resolved by speculative parsing: save the lexer and parser
// state, try the TypeScript reading, and on an OuroSyntaxError (or when the tokens that must
// follow are missing) restore the state and parse the JavaScript reading instead.
import type { AnyNode } from './ast.ts';
import { OuroSyntaxError } from './errors.ts';
import { SPECULATION_FAILED, type LexerState } from './lexer.ts';
import { ParserBase } from './parser-base.ts';
import { T } from './tokens.ts';

const KEYWORD_TYPES: ReadonlyMap<string, string> = new Map([
  ['any', 'TSAnyKeyword'], ['unknown', 'TSUnknownKeyword'], ['number', 'TSNumberKeyword'],
  ['string', 'TSStringKeyword'], ['boolean', 'TSBooleanKeyword'], ['bigint', 'TSBigIntKeyword'],
  ['symbol', 'TSSymbolKeyword'], ['object', 'TSObjectKeyword'], ['never', 'TSNeverKeyword'],
  ['undefined', 'TSUndefinedKeyword'], ['intrinsic', 'TSIntrinsicKeyword'],
]);

const SPECULATION_BUDGET_MESSAGE = 'TypeScript code too ambiguous to parse (speculation budget exhausted)';

/** Everything speculative parsing must restore. */
interface Snapshot {
  lexer: LexerState;
  erasures: number;
  yieldPos: number;
  awaitPos: number;
  awaitIdentPos: number;
  depth: number;
  privateUses: number;
  strict: boolean;
  scopes: number;
  labels: ParserBase['labels'];
  currentFunction: AnyNode | null;
  inAmbient: boolean;
  noConditionalTypes: boolean;
  inConditionalConsequent: boolean;
}

export abstract class TypeParser extends ParserBase {
  /** Parsing the consequent of `a ? b : c`: `(x): T => y` return types are not tried there. */
  inConditionalConsequent = false;

  // ---- speculation ------------------------------------------------------------------------------

  snapshot(): Snapshot {
    const privateScope = this.privateNameStack[this.privateNameStack.length - 1];
    return {
      lexer: this.saveState(), erasures: this.erasures.length, yieldPos: this.yieldPos, awaitPos: this.awaitPos,
      awaitIdentPos: this.awaitIdentPos, depth: this.depth, privateUses: privateScope ? privateScope.used.length : 0,
      strict: this.strict, scopes: this.scopeStack.length, labels: this.labels, currentFunction: this.currentFunction,
      inAmbient: this.inAmbient, noConditionalTypes: this.noConditionalTypes, inConditionalConsequent: this.inConditionalConsequent,
    };
  }

  restore(s: Snapshot): void {
    this.restoreState(s.lexer);
    this.erasures.length = s.erasures;
    this.yieldPos = s.yieldPos;
    this.awaitPos = s.awaitPos;
    this.awaitIdentPos = s.awaitIdentPos;
    this.depth = s.depth;
    const privateScope = this.privateNameStack[this.privateNameStack.length - 1];
    if (privateScope) privateScope.used.length = s.privateUses;
    this.strict = s.strict;
    this.scopeStack.length = s.scopes;
    this.labels = s.labels;
    this.currentFunction = s.currentFunction;
    this.inAmbient = s.inAmbient;
    this.noConditionalTypes = s.noConditionalTypes;
    this.inConditionalConsequent = s.inConditionalConsequent;
  }

  /** Runs `parse`; on a syntax error (or a null result) restores the state and returns null. */
  tryParse<R>(parse: () => R | null): R | null {
    const s = this.snapshot();
    let r: R | null = null;
    this.speculationDepth++;
    try {
      r = parse();
    } catch (e) {
      if (e !== SPECULATION_FAILED) throw e;
    } finally {
      this.speculationDepth--;
    }
    if (r === null) this.backtrack(s);
    return r;
  }

  /**
   * Characters re-scanned after failed speculation. Nested speculation can be exponential in
   * the nesting depth (`(a = (a = (a = ...)))` tries an arrow at every level); failed attempts
   * are memoised by position (tsArrowFailedAt) and the total is capped, so that parsing always
   * ends: past the cap the parse fails with an OuroSyntaxError instead of running on.
   */
  private speculationWork = 0;
  /** Start offsets where a typed-arrow attempt failed; not retried. */
  tsArrowFailedAt = new Set<number>();

  private backtrack(s: Snapshot): void {
    this.speculationWork += this.end - s.lexer.start;
    if (this.speculationWork > 50 * this.length + 1_000_000) {
      // Not raise(): this must escape every enclosing speculation.
      const { line, column } = this.positionAt(s.lexer.start);
      throw new OuroSyntaxError(SPECULATION_BUDGET_MESSAGE, s.lexer.start, line, column, this.file);
    }
    this.restore(s);
  }

  /** Runs `probe` and restores the state whatever happens; a syntax error counts as false. */
  lookahead(probe: () => boolean): boolean {
    const s = this.snapshot();
    this.speculationDepth++;
    try {
      return probe();
    } catch (e) {
      if (e !== SPECULATION_FAILED) throw e;
      return false;
    } finally {
      this.speculationDepth--;
      this.restore(s);
    }
  }

  /** Consumes one `>`, splitting `>>`, `>=`, ... (they close nested type argument lists). */
  expectGt(): void {
    switch (this.type) {
      case T.Gt: this.next(); return;
      case T.Shr: case T.UShr: case T.GtEq: case T.ShrAssign: case T.UShrAssign:
        this.splitGreater();
        this.next();
        return;
    }
    this.unexpected();
  }

  // ---- annotations ------------------------------------------------------------------------------

  /** `: Type` (current token is the colon) -> TSTypeAnnotation, erased with its colon. */
  parseTSTypeAnnotation(): AnyNode {
    const node = this.startNode();
    this.expect(T.Colon);
    node.typeAnnotation = this.parseTSType();
    this.finishNode(node, 'TSTypeAnnotation');
    this.erase(node.start, node.end);
    return node;
  }

  /** Return type `: Type`, which may be a type predicate (`x is T`, `asserts x [is T]`). */
  parseTSReturnTypeAnnotation(): AnyNode {
    const node = this.startNode();
    this.expect(T.Colon);
    node.typeAnnotation = this.parseTSTypeOrPredicate();
    this.finishNode(node, 'TSTypeAnnotation');
    this.erase(node.start, node.end);
    return node;
  }

  private parseTSTypeOrPredicate(): AnyNode {
    const start = this.startNode();
    if (this.isContextual('asserts')) {
      const next = this.peek();
      if ((next.type === T.Name || next.type === T.This) && !next.nlBefore) {
        this.next();
        start.asserts = true;
        start.parameterName = this.type === T.This ? this.parseTSThisType() : this.parseIdent(true);
        start.typeAnnotation = null;
        if (this.isContextual('is') && !this.nlBefore) {
          this.next();
          start.typeAnnotation = this.wrapTypeAnnotation(this.parseTSType());
        }
        return this.finishNode(start, 'TSTypePredicate');
      }
    }
    if (this.type === T.Name || this.type === T.This) {
      const next = this.peek();
      if (next.type === T.Name && next.value === 'is' && !next.nlBefore) {
        start.asserts = false;
        start.parameterName = this.type === T.This ? this.parseTSThisType() : this.parseIdent(true);
        this.next(); // is
        start.typeAnnotation = this.wrapTypeAnnotation(this.parseTSType());
        return this.finishNode(start, 'TSTypePredicate');
      }
    }
    return this.parseTSType();
  }

  private wrapTypeAnnotation(type: AnyNode): AnyNode {
    const node = this.startNodeAt(type);
    node.typeAnnotation = type;
    return this.finishNodeAt(node, 'TSTypeAnnotation', type);
  }

  // ---- types ------------------------------------------------------------------------------------

  parseTSType(): AnyNode {
    this.enterDepth();
    let type: AnyNode;
    if (this.startsTSFunctionType()) {
      type = this.parseTSFunctionType();
    } else {
      type = this.parseTSUnionType();
      if (this.type === T.Extends && !this.nlBefore && !this.noConditionalTypes) {
        const node = this.startNodeAt(type);
        node.checkType = type;
        this.next();
        const old = this.noConditionalTypes;
        this.noConditionalTypes = true;
        node.extendsType = this.parseTSType();
        this.noConditionalTypes = old;
        this.expect(T.Question);
        node.trueType = this.withConditionalTypes(() => this.parseTSType());
        this.expect(T.Colon);
        node.falseType = this.withConditionalTypes(() => this.parseTSType());
        type = this.finishNode(node, 'TSConditionalType');
      }
    }
    this.depth--;
    return type;
  }

  /** Inside the `extends` clause of a conditional type, another conditional needs parentheses. */
  noConditionalTypes = false;

  private withConditionalTypes<R>(parse: () => R): R {
    const old = this.noConditionalTypes;
    this.noConditionalTypes = false;
    try {
      return parse();
    } finally {
      this.noConditionalTypes = old;
    }
  }

  private startsTSFunctionType(): boolean {
    if (this.type === T.Lt || this.type === T.New) return true;
    if (this.isContextual('abstract') && this.peek().type === T.New) return true;
    if (this.type !== T.ParenL) return false;
    // `(` starts a function type if what follows reads as a parameter list and `=>`.
    return this.lookahead(() => {
      this.next();
      if (this.type === T.ParenR || this.type === T.Ellipsis) return true;
      if (this.type === T.Name || this.type === T.This) {
        this.next();
      } else if (this.type === T.BracketL || this.type === T.BraceL) {
        this.parseBindingAtom();
      } else {
        return false;
      }
      if (this.type === T.Colon || this.type === T.Comma || this.type === T.Question || this.type === T.Eq) return true;
      if (this.type !== T.ParenR) return false;
      this.next();
      return this.type === T.Arrow;
    });
  }

  private parseTSFunctionType(): AnyNode {
    const node = this.startNode();
    let type = 'TSFunctionType';
    if (this.isContextual('abstract')) {
      this.next();
      node.abstract = true;
    }
    if (this.eat(T.New)) {
      type = 'TSConstructorType';
      if (node.abstract === undefined) node.abstract = false;
    }
    node.typeParameters = this.type === T.Lt ? this.parseTSTypeParameters() : undefined;
    if (node.typeParameters === undefined) delete node.typeParameters;
    this.expect(T.ParenL);
    node.params = this.parseTSParamsInType();
    const ret = this.startNode(); // like typescript-estree, the return annotation includes `=>`
    this.expect(T.Arrow);
    ret.typeAnnotation = this.withConditionalTypes(() => this.parseTSTypeOrPredicate());
    node.returnType = this.finishNode(ret, 'TSTypeAnnotation');
    return this.finishNode(node, type);
  }

  /** Parameters of a function type or signature, after `(`, through `)`. */
  parseTSParamsInType(): AnyNode[] {
    const old = this.inAmbient;
    this.inAmbient = true;
    const params = this.withConditionalTypes(() => this.parseBindingListForTS());
    this.inAmbient = old;
    return params;
  }

  private parseTSUnionType(): AnyNode {
    return this.parseTSListType(T.BitOr, 'TSUnionType', () => this.parseTSIntersectionType());
  }

  private parseTSIntersectionType(): AnyNode {
    return this.parseTSListType(T.BitAnd, 'TSIntersectionType', () => this.parseTSTypeOperator());
  }

  private parseTSListType(op: number, type: string, parsePart: () => AnyNode): AnyNode {
    const node = this.startNode();
    const leading = this.eat(op);
    const types = [parsePart()];
    while (this.eat(op)) types.push(parsePart());
    if (types.length === 1 && !leading) return types[0]!;
    node.types = types;
    return this.finishNode(node, type);
  }

  private parseTSTypeOperator(): AnyNode {
    const word = this.type === T.Name && !this.escaped ? (this.value as string) : '';
    if (word === 'keyof' || word === 'unique' || word === 'readonly') {
      const next = this.peek();
      if (next.type !== T.Comma && next.type !== T.ParenR && next.type !== T.BracketR && next.type !== T.Gt &&
          next.type !== T.Eq && next.type !== T.Semi && next.type !== T.BitOr && next.type !== T.BitAnd) {
        const node = this.startNode();
        this.next();
        node.operator = word;
        node.typeAnnotation = this.parseTSTypeOperator();
        return this.finishNode(node, 'TSTypeOperator');
      }
    }
    if (word === 'infer') {
      const node = this.startNode();
      this.next();
      const param = this.startNode();
      param.name = this.parseIdent(true);
      param.in = false;
      param.out = false;
      param.const = false;
      if (this.type === T.Extends) {
        // TypeScript's rule: `infer U extends C` keeps the constraint unless a `?` follows
        // outside a conditional's extends clause (then `extends C ? ...` is the conditional).
        const inExtendsClause = this.noConditionalTypes;
        const constraint = this.tryParse(() => {
          this.next();
          this.noConditionalTypes = true;
          const c = this.parseTSType();
          this.noConditionalTypes = inExtendsClause;
          return this.type === T.Question && !inExtendsClause ? null : c;
        });
        if (constraint) param.constraint = constraint;
      }
      node.typeParameter = this.finishNode(param, 'TSTypeParameter');
      return this.finishNode(node, 'TSInferType');
    }
    return this.parseTSPostfixType();
  }

  private parseTSPostfixType(): AnyNode {
    let type = this.parseTSNonArrayType();
    while (this.type === T.BracketL && !this.nlBefore) {
      const node = this.startNodeAt(type);
      this.next();
      if (this.eat(T.BracketR)) {
        node.elementType = type;
        type = this.finishNode(node, 'TSArrayType');
      } else {
        node.objectType = type;
        node.indexType = this.parseTSType();
        this.expect(T.BracketR);
        type = this.finishNode(node, 'TSIndexedAccessType');
      }
    }
    return type;
  }

  private parseTSNonArrayType(): AnyNode {
    switch (this.type) {
      case T.Name: {
        const kw = KEYWORD_TYPES.get(this.value);
        if (kw && !this.escaped && this.peekChar() !== 46 /* . */) {
          const node = this.startNode();
          this.next();
          return this.finishNode(node, kw);
        }
        return this.parseTSTypeReference();
      }
      case T.Void: case T.Null: {
        const node = this.startNode();
        const kind = this.type === T.Void ? 'TSVoidKeyword' : 'TSNullKeyword';
        this.next();
        return this.finishNode(node, kind);
      }
      case T.This: {
        const thisType = this.parseTSThisType();
        if (this.isContextual('is') && !this.nlBefore) {
          const node = this.startNodeAt(thisType);
          this.next();
          node.asserts = false;
          node.parameterName = thisType;
          node.typeAnnotation = this.wrapTypeAnnotation(this.parseTSType());
          return this.finishNode(node, 'TSTypePredicate');
        }
        return thisType;
      }
      case T.Typeof: return this.parseTSTypeQuery();
      case T.Import: return this.parseTSImportType();
      case T.String: case T.Num: case T.BigInt: case T.True: case T.False: {
        const node = this.startNode();
        node.literal = this.type === T.True || this.type === T.False ? this.parseBooleanLiteral() : this.parseLiteral();
        return this.finishNode(node, 'TSLiteralType');
      }
      case T.Minus: {
        const node = this.startNode();
        const unary = this.startNode();
        this.next();
        if (this.type !== T.Num && this.type !== T.BigInt) this.unexpected();
        unary.operator = '-';
        unary.prefix = true;
        unary.argument = this.parseLiteral();
        node.literal = this.finishNode(unary, 'UnaryExpression');
        return this.finishNode(node, 'TSLiteralType');
      }
      case T.Template: case T.TemplateHead: return this.parseTSTemplateLiteralType();
      case T.BraceL: return this.startsTSMappedType() ? this.parseTSMappedType() : this.parseTSTypeLiteral();
      case T.BracketL: return this.parseTSTupleType();
      case T.ParenL: {
        this.next();
        const type = this.withConditionalTypes(() => this.parseTSType());
        this.expect(T.ParenR);
        return type;
      }
    }
    return this.unexpected();
  }

  private parseBooleanLiteral(): AnyNode {
    const node = this.startNode();
    node.value = this.type === T.True;
    node.raw = this.value;
    this.next();
    return this.finishNode(node, 'Literal');
  }

  parseTSThisType(): AnyNode {
    const node = this.startNode();
    this.expect(T.This);
    return this.finishNode(node, 'TSThisType');
  }

  /** `A`, `A.B.C` -> Identifier | TSQualifiedName. */
  parseTSEntityName(): AnyNode {
    let name: AnyNode = this.type === T.This ? this.parseThisAsIdent() : this.parseIdent(true);
    while (this.type === T.Dot) {
      const node = this.startNodeAt(name);
      this.next();
      node.left = name;
      node.right = this.parseIdent(true);
      name = this.finishNode(node, 'TSQualifiedName');
    }
    return name;
  }

  private parseThisAsIdent(): AnyNode {
    const node = this.startNode();
    node.name = 'this';
    this.next();
    return this.finishNode(node, 'Identifier');
  }

  private parseTSTypeReference(): AnyNode {
    const node = this.startNode();
    node.typeName = this.parseTSEntityName();
    if (this.type === T.Lt && !this.nlBefore) node.typeArguments = this.parseTSTypeArguments();
    return this.finishNode(node, 'TSTypeReference');
  }

  private parseTSTypeQuery(): AnyNode {
    const node = this.startNode();
    this.next();
    node.exprName = this.type === T.Import ? this.parseTSImportType() : this.parseTSEntityName();
    if (this.type === T.Lt && !this.nlBefore) node.typeArguments = this.parseTSTypeArguments();
    return this.finishNode(node, 'TSTypeQuery');
  }

  private parseTSImportType(): AnyNode {
    const node = this.startNode();
    this.expect(T.Import);
    this.expect(T.ParenL);
    const arg = this.startNode();
    if (this.type !== T.String) this.unexpected();
    arg.literal = this.parseLiteral();
    node.argument = this.finishNode(arg, 'TSLiteralType');
    if (this.eat(T.Comma) && this.type !== T.ParenR) {
      node.options = this.parseMaybeAssign();
      this.eat(T.Comma);
    }
    this.expect(T.ParenR);
    node.qualifier = null;
    if (this.eat(T.Dot)) node.qualifier = this.parseTSEntityName();
    if (this.type === T.Lt) node.typeArguments = this.parseTSTypeArguments();
    return this.finishNode(node, 'TSImportType');
  }

  private parseTSTemplateLiteralType(): AnyNode {
    const node = this.startNode();
    node.quasis = [];
    node.types = [];
    for (;;) {
      const elt = this.parseTemplateElement(true);
      node.quasis.push(elt);
      if (elt.tail) break;
      node.types.push(this.parseTSType());
      if (this.type !== T.BraceR) this.unexpected();
      this.rescanTemplateContinuation();
    }
    return this.finishNode(node, 'TSTemplateLiteralType');
  }

  private startsTSMappedType(): boolean {
    return this.lookahead(() => {
      this.next();
      if (this.type === T.Plus || this.type === T.Minus) return true;
      if (this.isContextual('readonly')) this.next();
      if (!this.eat(T.BracketL) || this.type !== T.Name) return false;
      this.next();
      return this.type === T.In;
    });
  }

  private parseTSMappedType(): AnyNode {
    const node = this.startNode();
    this.expect(T.BraceL);
    node.readonly = undefined;
    if (this.type === T.Plus || this.type === T.Minus) {
      node.readonly = this.type === T.Plus ? '+' : '-';
      this.next();
      this.expectContextual('readonly');
    } else if (this.eatContextual('readonly')) {
      node.readonly = true;
    }
    this.expect(T.BracketL);
    node.key = this.parseIdent(true);
    this.expect(T.In);
    node.constraint = this.parseTSType();
    node.nameType = this.eatContextual('as') ? this.parseTSType() : null;
    this.expect(T.BracketR);
    node.optional = undefined;
    if (this.type === T.Plus || this.type === T.Minus) {
      node.optional = this.type === T.Plus ? '+' : '-';
      this.next();
      this.expect(T.Question);
    } else if (this.eat(T.Question)) {
      node.optional = true;
    }
    node.typeAnnotation = this.eat(T.Colon) ? this.parseTSType() : undefined;
    this.eat(T.Semi) || this.eat(T.Comma);
    this.expect(T.BraceR);
    for (const k of ['readonly', 'optional', 'typeAnnotation']) if (node[k] === undefined) delete node[k];
    return this.finishNode(node, 'TSMappedType');
  }

  private parseTSTupleType(): AnyNode {
    const node = this.startNode();
    this.expect(T.BracketL);
    node.elementTypes = [];
    while (!this.eat(T.BracketR)) {
      if (node.elementTypes.length) {
        this.expect(T.Comma);
        if (this.eat(T.BracketR)) break;
      }
      node.elementTypes.push(this.withConditionalTypes(() => this.parseTSTupleElement()));
    }
    return this.finishNode(node, 'TSTupleType');
  }

  private parseTSTupleElement(): AnyNode {
    const start = this.startNode();
    const rest = this.eat(T.Ellipsis);
    let element: AnyNode;
    // Named member: `name: T`, `name?: T`.
    const named = (this.type === T.Name || this.isKeyword(this.type)) && this.tryParse(() => {
      const label = this.parseIdent(true);
      const optional = this.eat(T.Question);
      if (this.type !== T.Colon) return null;
      this.next();
      return { label, optional };
    });
    if (named) {
      const member = rest ? this.startNodeAt(named.label) : start;
      member.label = named.label;
      member.optional = named.optional;
      member.elementType = this.parseTSType();
      element = this.finishNode(member, 'TSNamedTupleMember');
    } else {
      element = this.parseTSType();
      if (this.type === T.Question) {
        const opt = this.startNodeAt(element);
        this.next();
        opt.typeAnnotation = element;
        element = this.finishNode(opt, 'TSOptionalType');
      }
    }
    if (!rest) return element;
    start.typeAnnotation = element;
    return this.finishNode(start, 'TSRestType');
  }

  // ---- object types (type literals and interface bodies) ---------------------------------------

  parseTSTypeLiteral(): AnyNode {
    const node = this.startNode();
    node.members = this.parseTSObjectTypeMembers();
    return this.finishNode(node, 'TSTypeLiteral');
  }

  /** `{ member; member, ... }` -> members. */
  parseTSObjectTypeMembers(): AnyNode[] {
    this.expect(T.BraceL);
    const members: AnyNode[] = [];
    const oldNoConditional = this.noConditionalTypes;
    this.noConditionalTypes = false;
    this.enterDepth();
    while (!this.eat(T.BraceR)) {
      members.push(this.parseTSTypeMember());
      if (!this.eat(T.Semi) && !this.eat(T.Comma) && this.type !== T.BraceR && !this.nlBefore) this.unexpected();
    }
    this.depth--;
    this.noConditionalTypes = oldNoConditional;
    return members;
  }

  private parseTSTypeMember(): AnyNode {
    const node = this.startNode();
    if (this.type === T.ParenL || this.type === T.Lt) return this.parseTSSignatureMember(node, 'TSCallSignatureDeclaration');
    if (this.type === T.New) {
      const next = this.peek();
      if (next.type === T.ParenL || next.type === T.Lt) {
        this.next();
        return this.parseTSSignatureMember(node, 'TSConstructSignatureDeclaration');
      }
    }
    node.readonly = false;
    if (this.isContextual('readonly') && this.startsTSMemberNameAfterModifier()) {
      this.next();
      node.readonly = true;
    }
    const index = this.tryParseTSIndexSignature(node);
    if (index) return index;
    let kind = 'method';
    if ((this.isContextual('get') || this.isContextual('set')) && this.startsTSMemberNameAfterModifier()) {
      kind = this.value;
      this.next();
    }
    this.parseTSMemberKey(node);
    node.optional = this.eat(T.Question);
    if (this.type === T.ParenL || this.type === T.Lt) {
      node.kind = kind;
      delete node.readonly;
      return this.parseTSSignatureMember(node, 'TSMethodSignature');
    }
    if (this.type === T.Colon) node.typeAnnotation = this.parseTSTypeAnnotation();
    return this.finishNode(node, 'TSPropertySignature');
  }

  /** After a modifier word: does a member name follow (rather than the word being the name)? */
  startsTSMemberNameAfterModifier(): boolean {
    const next = this.peek();
    if (next.nlBefore && next.type !== T.BracketL) return next.type === T.Name || next.type === T.String || next.type === T.Num;
    return next.type === T.Name || next.type === T.String || next.type === T.Num || next.type === T.BracketL ||
      next.type === T.PrivateName || next.type === T.BigInt || next.type === T.Star ||
      (next.type >= T.Break && next.type <= T.With);
  }

  private parseTSMemberKey(node: AnyNode): void {
    if (this.eat(T.BracketL)) {
      node.computed = true;
      node.key = this.parseMaybeAssign();
      this.expect(T.BracketR);
      return;
    }
    node.computed = false;
    if (this.type === T.String || this.type === T.Num || this.type === T.BigInt) node.key = this.parseLiteral();
    else if (this.type === T.PrivateName) {
      const key = this.startNode();
      key.name = this.value;
      this.next();
      node.key = this.finishNode(key, 'PrivateIdentifier');
    } else node.key = this.parseIdent(true);
  }

  private parseTSSignatureMember(node: AnyNode, type: string): AnyNode {
    if (this.type === T.Lt) node.typeParameters = this.parseTSTypeParameters();
    this.expect(T.ParenL);
    node.params = this.parseTSParamsInType();
    if (this.type === T.Colon) node.returnType = this.parseTSReturnTypeAnnotation();
    return this.finishNode(node, type);
  }

  /** `[key: T]: U` (node may already carry `readonly`/`static`); null if not an index signature. */
  tryParseTSIndexSignature(node: AnyNode): AnyNode | null {
    if (this.type !== T.BracketL) return null;
    const ok = this.lookahead(() => {
      this.next();
      if (this.type !== T.Name) return false;
      this.next();
      return this.type === T.Colon;
    });
    if (!ok) return null;
    if (node.readonly === undefined) node.readonly = false;
    this.expect(T.BracketL);
    const param = this.parseIdent(true);
    param.typeAnnotation = this.parseTSTypeAnnotation();
    node.parameters = [param];
    this.expect(T.BracketR);
    if (this.type === T.Colon) node.typeAnnotation = this.parseTSTypeAnnotation();
    return this.finishNode(node, 'TSIndexSignature');
  }

  // ---- type parameters and arguments -----------------------------------------------------------

  /** `<T extends C = D, in out U, const V>` */
  parseTSTypeParameters(): AnyNode {
    const node = this.startNode();
    if (this.type === T.Shl || this.type === T.LtEq) this.splitLess();
    this.expect(T.Lt);
    node.params = [];
    while (this.type !== T.Gt) {
      const param = this.startNode();
      param.in = false;
      param.out = false;
      param.const = false;
      for (;;) {
        if (this.type === T.Const) param.const = true;
        else if (this.type === T.In) param.in = true;
        else if (this.isContextual('out') && this.peek().type === T.Name) param.out = true;
        else break;
        this.next();
      }
      param.name = this.parseIdent(true);
      if (this.eat(T.Extends)) param.constraint = this.parseTSType();
      if (this.eat(T.Eq)) param.default = this.parseTSType();
      node.params.push(this.finishNode(param, 'TSTypeParameter'));
      if (!this.eat(T.Comma)) break;
    }
    if (node.params.length === 0) this.unexpected();
    this.expectGt();
    this.finishNode(node, 'TSTypeParameterDeclaration');
    this.erase(node.start, node.end);
    return node;
  }

  /** `<A, B>` in a type or an expression. */
  parseTSTypeArguments(): AnyNode {
    const node = this.startNode();
    if (this.type === T.Shl) this.splitLess();
    this.expect(T.Lt);
    node.params = [];
    while (this.type !== T.Gt && this.type !== T.Shr && this.type !== T.UShr) {
      node.params.push(this.withConditionalTypes(() => this.parseTSType()));
      if (!this.eat(T.Comma)) break;
    }
    this.expectGt();
    this.finishNode(node, 'TSTypeParameterInstantiation');
    this.erase(node.start, node.end);
    return node;
  }

  // ---- expression-level TypeScript ------------------------------------------------------------------

  /** `expr as T`, `expr as const`, `expr satisfies T` (current token: the keyword). */
  parseTSAsExpression(left: AnyNode): AnyNode {
    const node = this.startNodeAt(left);
    const isAs = this.value === 'as';
    const keywordStart = this.start;
    this.next();
    node.expression = left;
    if (isAs && this.type === T.Const) {
      const ref = this.startNode();
      const id = this.startNode();
      id.name = 'const';
      this.next();
      ref.typeName = this.finishNode(id, 'Identifier');
      node.typeAnnotation = this.finishNode(ref, 'TSTypeReference');
    } else {
      node.typeAnnotation = this.parseTSType();
    }
    // `x as T` ends the expression; when the next line starts with `(`, `[` or a template,
    // TypeScript inserts a semicolon there, but once `as T` is blank JavaScript would read a
    // call, an index or a tagged template. The erasure then writes that semicolon itself.
    const t = this.type;
    const endsStatement = this.nlBefore && (t === T.ParenL || t === T.BracketL || t === T.Template || t === T.TemplateHead);
    this.erase(keywordStart, this.lastEnd, endsStatement ? ';' : undefined);
    return this.finishNode(node, isAs ? 'TSAsExpression' : 'TSSatisfiesExpression');
  }

  /** At `<` in a unary position: a generic arrow function or an old-style `<T>expr` assertion. */
  parseTSTypeAssertion(): AnyNode {
    const node = this.startNode();
    const arrow = this.tryParse(() => {
      const typeParameters = this.parseTSTypeParameters();
      if (this.type !== T.ParenL) return null;
      return this.tryParseTSArrow(node, false, false, typeParameters);
    });
    if (arrow) return arrow;
    const open = this.start;
    const prevEnd = this.lastEnd;
    this.expect(T.Lt);
    node.typeAnnotation = this.parseTSType();
    this.expectGt();
    this.erase(open, this.lastEnd);
    if (this.blankingAssertionChangesMeaning(prevEnd)) {
      this.raise(open, 'This TypeScript angle-bracket type assertion cannot be erased by blanking (use `expr as T`)');
    }
    node.expression = this.parseMaybeUnaryForTS();
    return this.finishNode(node, 'TSTypeAssertion');
  }

  /**
   * Cheap filter before speculating on `(`: the first one or two tokens must be able to begin a
   * parameter list (`()`, `(...`, `([`, `({`, `(x,`, `(x)`, `(x:`, `(x?`, `(x=`, `(this`).
   */
  private mayStartTypedArrowParams(): boolean {
    const s = this.saveState();
    this.next();
    let ok = true;
    const t = this.type;
    if (t === T.Name || t === T.This) {
      this.next();
      const u = this.type;
      ok = u === T.Comma || u === T.ParenR || u === T.Colon || u === T.Question || u === T.Eq;
    } else {
      ok = t === T.ParenR || t === T.Ellipsis || t === T.BracketL || t === T.BraceL;
    }
    this.restoreState(s);
    return ok;
  }

  /**
   * Blanking `<T>` (whose previous token ends at `prevEnd`) changes the meaning when the operand
   * then starts a statement (`<T>{}`, `<T>function () {}()`, `<T>class {}`), an arrow's block
   * body (`() => <T>{ a: 1 }`), or follows a line break after `return`/`throw`/`yield`. No
   * position-preserving rewrite fixes those, so they are rejected; elsewhere `<T>` blanks safely.
   */
  private blankingAssertionChangesMeaning(prevEnd: number): boolean {
    const atStatementStart = prevEnd === this.statementPrevEnd;
    const afterArrow = this.input.slice(prevEnd - 2, prevEnd) === '=>';
    if (this.type === T.BraceL) return atStatementStart || afterArrow;
    if (atStatementStart && (this.type === T.Function || this.type === T.Class ||
        (this.isContextual('async') && this.peek().type === T.Function) ||
        (this.isContextual('let') && this.peek().type === T.BracketL))) return true;
    if (this.nlBefore) {
      const before = this.input.slice(Math.max(0, prevEnd - 6), prevEnd);
      return before.endsWith('return') || before.endsWith('throw') || before.endsWith('yield');
    }
    return false;
  }

  /**
   * At `(` where an arrow function may start: tries `(params): ReturnType => body` with typed
   * parameters. Returns the arrow, or null with the state restored.
   */
  tryParseTSArrow(node: AnyNode, noIn: boolean, isAsync = false, typeParameters?: AnyNode): AnyNode | null {
    if (this.inConditionalConsequent) {
      // `a ? (b): T => c : d`: a return-typed arrow here must be followed by the `:` of the
      // conditional (TypeScript's rule); otherwise `(b)` is the consequent.
      const consequent = this.inConditionalConsequent;
      return this.tryParse(() => {
        this.inConditionalConsequent = false;
        const arrow = this.tryParseTSArrow(node, noIn, isAsync, typeParameters);
        this.inConditionalConsequent = consequent;
        return arrow && (!arrow.returnType || this.type === T.Colon) ? arrow : null;
      });
    }
    const start = this.start;
    if (this.tsArrowFailedAt.has(start) || !this.mayStartTypedArrowParams()) return null;
    const result = this.tryParse(() => {
      this.expect(T.ParenL);
      const oldYield = this.yieldPos, oldAwait = this.awaitPos;
      this.yieldPos = this.awaitPos = -1;
      const params = this.parseBindingListForTS();
      let returnType: AnyNode | undefined;
      if (this.type === T.Colon) returnType = this.parseTSReturnTypeAnnotation();
      if (this.type !== T.Arrow || this.nlBefore) return null;
      this.checkYieldAwaitInDefaultParams();
      this.yieldPos = oldYield;
      this.awaitPos = oldAwait;
      return { params, returnType };
    });
    if (!result) {
      this.tsArrowFailedAt.add(start);
      return null;
    }
    if (typeParameters) node.typeParameters = typeParameters;
    if (result.returnType) {
      node.returnType = result.returnType;
      this.fixArrowAfterReturnType(result.returnType);
    }
    this.next(); // =>
    return this.parseArrowExpression(node, result.params, isAsync, noIn);
  }

  /**
   * Blanking `(a): T\n=> b` would leave a line break before `=>`, which JavaScript forbids. When
   * the return type spans lines, its erasure writes `=>` at the colon and the real `=>` is
   * blanked instead (positions and line numbers are unchanged).
   */
  private fixArrowAfterReturnType(returnType: AnyNode): void {
    if (returnType.loc.start.line === this.startLine) return;
    const e = this.erasures.find((x) => x.start === returnType.start && x.end === returnType.end);
    if (e) e.replacement = '=>';
    this.erase(this.start, this.end);
  }

  /**
   * After a primary expression: `!` (non-null), `<T>(...)` (call with type arguments),
   * `<T>` (instantiation expression). Null when none applies.
   */
  parseTSSubscript(base: AnyNode, noCalls: boolean, optional: boolean): AnyNode | null {
    if (this.type === T.Bang && !this.nlBefore && !optional) {
      const node = this.startNodeAt(base);
      this.erase(this.start, this.end);
      this.next();
      node.expression = base;
      return this.finishNode(node, 'TSNonNullExpression');
    }
    if (this.type !== T.Lt && this.type !== T.Shl) return null;
    return this.tryParse(() => {
      const typeArguments = this.parseTSTypeArguments();
      if (this.type === T.ParenL) {
        if (noCalls) return null;
        this.next();
        const node = this.startNodeAt(base);
        node.callee = base;
        node.arguments = this.parseCallArgumentsForTS();
        node.optional = optional;
        node.typeArguments = typeArguments;
        return this.finishNode(node, 'CallExpression');
      }
      if (this.type === T.Template || this.type === T.TemplateHead) {
        const node = this.startNodeAt(base);
        node.tag = base;
        node.typeArguments = typeArguments;
        node.quasi = this.parseTemplate(true);
        return this.finishNode(node, 'TaggedTemplateExpression');
      }
      if (!this.canFollowTypeArgumentsInExpression()) return null;
      const node = this.startNodeAt(base);
      node.expression = base;
      node.typeArguments = typeArguments;
      return this.finishNode(node, 'TSInstantiationExpression');
    });
  }

  /** `new C<T>(...)`: type arguments of the constructor, or undefined (state restored). */
  tryParseTSTypeArgumentsInExpression(): AnyNode | undefined {
    return this.tryParse(() => this.parseTSTypeArguments()) ?? undefined;
  }

  /** TypeScript's rule for `f<T>` not followed by a call: what may come next. */
  private canFollowTypeArgumentsInExpression(): boolean {
    switch (this.type) {
      case T.Lt: case T.Gt: case T.Plus: case T.Minus: return false;
    }
    if (this.nlBefore) return true;
    const t = this.type;
    if (t === T.ParenL || t === T.BracketL || t === T.BraceL || t === T.Name || t === T.Num || t === T.String ||
        t === T.BigInt || t === T.Bang || t === T.Tilde || t === T.Incr || t === T.Decr || t === T.Slash ||
        (this.isKeyword(t) && t !== T.In && t !== T.Instanceof)) {
      return false;
    }
    return true;
  }

  // ---- parameters -----------------------------------------------------------------------------------

  /** One parameter in TypeScript: `this: T`, `x?: T`, `{a}: T = d`; parameter properties rejected. */
  parseTSParam(): AnyNode {
    if (this.type === T.Name && !this.escaped &&
        (this.value === 'public' || this.value === 'private' || this.value === 'protected' ||
         this.value === 'readonly' || this.value === 'override')) {
      const next = this.peek();
      if ((next.type === T.Name || next.type === T.BraceL || next.type === T.BracketL || next.type === T.This) && !next.nlBefore) {
        this.raise(this.start, 'TypeScript parameter property is not erasable syntax (declare the field and assign it in the constructor)');
      }
    }
    if (this.type === T.At) this.raise(this.start, 'Decorators are not erasable syntax');
    if (this.type === T.This) {
      // `this: T` (the annotation may be omitted): erased with its comma.
      const id = this.parseThisAsIdent();
      if (this.type === T.Colon) id.typeAnnotation = this.parseTSTypeAnnotation();
      this.erase(id.start, this.type === T.Comma ? this.end : this.lastEnd);
      return id;
    }
    const left = this.parseBindingAtom();
    if (this.type === T.Question) {
      left.optional = true;
      this.erase(this.start, this.end);
      this.next();
    }
    if (this.type === T.Colon) left.typeAnnotation = this.parseTSTypeAnnotation();
    return this.parseMaybeDefault(left);
  }

  /** `...rest: T` */
  parseTSParamAnnotation(param: AnyNode): void {
    if (this.type === T.Colon) param.typeAnnotation = this.parseTSTypeAnnotation();
  }

  abstract parseBindingListForTS(): AnyNode[];
  abstract checkYieldAwaitInDefaultParams(): void;
  abstract parseMaybeDefault(left: AnyNode | null): AnyNode;
  abstract parseCallArgumentsForTS(): AnyNode[];
  abstract parseMaybeUnaryForTS(): AnyNode;
}
