// Expressions (ES2025 13): assignment, conditional, binary operators by precedence, unary and
// update, calls/members/optional chains, primary expressions, object and array literals,
// templates, `new`, `import()`/`import.meta`, yield and await.
//
// Cover grammar: an expression that may turn out to be a pattern (`[a, b] = c`, `(a, b) => c`,
// `({a = 1} = o)`) is parsed as an expression first. Things valid only in the pattern reading
// are recorded in a DestructuringErrors and raised if the expression stays an expression;
// toAssignable (patterns.ts) converts the tree when an `=` or `=>` follows. Which expression
// nodes were written in parentheses is kept in `parenthesized` (parser-base.ts).
import type { AnyNode } from './ast.ts';
import { Node } from './ast.ts';
import { T, binaryPrecedence, isAssignOp, tokenLabel, type TokenType } from './tokens.ts';
import { DestructuringErrors } from './parser-base.ts';
import { TypeParser } from './typescript.ts';
import { validateRegExpLiteral } from './regexp.ts';

/** Token kinds that can begin an expression (for `yield` without operand). */
function startsExpression(t: TokenType): boolean {
  switch (t) {
    case T.Name: case T.PrivateName: case T.Num: case T.BigInt: case T.String: case T.Template:
    case T.TemplateHead: case T.Slash: case T.DivAssign: case T.BraceL: case T.ParenL: case T.BracketL:
    case T.Bang: case T.Tilde: case T.Incr: case T.Decr: case T.Plus: case T.Minus: case T.Lt: case T.At:
    case T.Class: case T.Delete: case T.False: case T.Function: case T.Import: case T.New: case T.Null:
    case T.Super: case T.This: case T.True: case T.Typeof: case T.Void:
      return true;
  }
  return false;
}

export abstract class ExpressionParser extends TypeParser {
  /** Start of the token at which an arrow function may begin (identifier or `(`), else -1. */
  potentialArrowAt = -1;
  /** Parsing the head of `for await (`: `async of` is not an arrow there. */
  inForAwaitHead = false;

  // ---- comma and assignment -------------------------------------------------------------------

  parseExpression(noIn = false, refErrors?: DestructuringErrors): AnyNode {
    const expr = this.parseMaybeAssign(noIn, refErrors);
    if (this.type !== T.Comma) return expr;
    const node = this.startNodeAt(expr);
    node.expressions = [expr];
    while (this.eat(T.Comma)) node.expressions.push(this.parseMaybeAssign(noIn, refErrors));
    return this.finishNode(node, 'SequenceExpression');
  }

  parseMaybeAssign(noIn = false, refErrors?: DestructuringErrors): AnyNode {
    if (this.type === T.Name && this.value === 'yield' && this.inGenerator) {
      if (this.escaped) this.raise(this.start, 'Keyword must not contain escaped characters');
      return this.parseYield(noIn);
    }
    this.enterDepth();
    let own = false;
    let oldTrailingComma = -1;
    let oldDoubleProto = -1;
    if (refErrors) {
      oldTrailingComma = refErrors.trailingComma;
      oldDoubleProto = refErrors.doubleProto;
      refErrors.trailingComma = -1;
    } else {
      refErrors = new DestructuringErrors();
      own = true;
    }
    const startType = this.type;
    if (startType === T.ParenL || startType === T.Name || (this.typescript && startType === T.Lt)) {
      this.potentialArrowAt = this.start;
    }
    let left = this.parseMaybeConditional(noIn, refErrors);
    if (isAssignOp[this.type]) {
      const op = this.type;
      const node = this.startNodeAt(left);
      node.operator = tokenLabel[op];
      if (op === T.Eq) left = this.toAssignable(left, false, refErrors);
      if (!own) refErrors.trailingComma = refErrors.doubleProto = -1;
      if (refErrors.shorthandAssign >= left.start) refErrors.shorthandAssign = -1;
      if (op === T.Eq) this.checkLValPattern(left, 0);
      else if (left.type === 'CallExpression' && (op === T.LogAndAssign || op === T.LogOrAssign || op === T.NullishAssign)) {
        this.raise(left.start, 'Invalid left-hand side in logical assignment');
      } else this.checkLValSimple(left, 0);
      node.left = left;
      this.next();
      node.right = this.parseMaybeAssign(noIn);
      if (oldDoubleProto > -1) refErrors.doubleProto = oldDoubleProto;
      this.depth--;
      return this.finishNode(node, 'AssignmentExpression');
    }
    if (own) this.checkExpressionErrors(refErrors, true);
    if (oldTrailingComma > -1) refErrors.trailingComma = oldTrailingComma;
    this.depth--;
    return left;
  }

  parseMaybeConditional(noIn: boolean, refErrors: DestructuringErrors): AnyNode {
    const expr = this.parseExprOps(noIn, refErrors);
    if (this.checkExpressionErrors(refErrors, false)) return expr;
    if (this.type === T.Question) {
      if (expr.type === 'ArrowFunctionExpression' && !this.parenthesized.has(expr)) return expr;
      const node = this.startNodeAt(expr);
      this.next();
      node.test = expr;
      const oldConsequent = this.inConditionalConsequent;
      this.inConditionalConsequent = this.typescript;
      node.consequent = this.parseMaybeAssign(false);
      this.inConditionalConsequent = oldConsequent;
      this.expect(T.Colon);
      node.alternate = this.parseMaybeAssign(noIn);
      return this.finishNode(node, 'ConditionalExpression');
    }
    return expr;
  }

  // ---- binary operators ---------------------------------------------------------------------------

  parseExprOps(noIn: boolean, refErrors: DestructuringErrors): AnyNode {
    const start = this.start;
    const expr = this.parseMaybeUnaryOrPrivate(refErrors, noIn);
    if (this.checkExpressionErrors(refErrors, false)) return expr;
    if (expr.start === start && expr.type === 'ArrowFunctionExpression' && !this.parenthesized.has(expr)) return expr;
    return this.parseExprOp(expr, -1, noIn);
  }

  parseMaybeUnaryOrPrivate(refErrors: DestructuringErrors | undefined, noIn: boolean): AnyNode {
    if (this.type === T.PrivateName) {
      // `#x in obj`: the private name is only valid as the left operand of `in`.
      const id = this.parsePrivateIdent();
      if (this.type !== T.In || noIn) this.unexpected();
      return id;
    }
    return this.parseMaybeUnary(refErrors, false, false, noIn);
  }

  /** Operator-precedence loop: folds operators binding tighter than minPrec into `left`. */
  parseExprOp(left: AnyNode, minPrec: number, noIn: boolean): AnyNode {
    for (;;) {
      const type = this.type;
      let prec = binaryPrecedence[type]!;
      if (type === T.In && noIn) prec = 0;
      if (this.typescript && prec === 0 && minPrec < 7 && !this.nlBefore &&
          (this.isContextual('as') || this.isContextual('satisfies'))) {
        left = this.parseTSAsExpression(left);
        continue;
      }
      if (prec === 0 || prec <= minPrec) return left;
      const logical = type === T.LogOr || type === T.LogAnd;
      const coalesce = type === T.Nullish;
      // `??` parses its right operand like `&&` so that `a ?? b || c` is caught below.
      const rightPrec = coalesce ? 2 : prec;
      this.next();
      const right = this.parseExprOp(this.parseMaybeUnaryOrPrivate(undefined, noIn), rightPrec, noIn);
      if (right.type === 'PrivateIdentifier') this.raise(right.start, 'Private identifier can only be left side of binary expression');
      if (left.type === 'PrivateIdentifier' && type !== T.In) this.raise(left.start, 'Private identifier can only be left side of binary expression');
      const node = this.startNodeAt(left);
      node.left = left;
      node.operator = tokenLabel[type];
      node.right = right;
      left = this.finishNode(node, logical || coalesce ? 'LogicalExpression' : 'BinaryExpression');
      if ((logical && this.type === T.Nullish) || (coalesce && (this.type === T.LogOr || this.type === T.LogAnd))) {
        this.raise(this.start, 'Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses');
      }
    }
  }

  // ---- unary ----------------------------------------------------------------------------------------

  parseMaybeUnary(refErrors: DestructuringErrors | undefined, sawUnary: boolean, incDec: boolean, noIn: boolean): AnyNode {
    const start = this.start;
    let expr: AnyNode;
    if (this.type === T.Name && this.value === 'await' && this.canAwait) {
      expr = this.parseAwait(noIn);
      sawUnary = true;
    } else if (this.isUnaryStart()) {
      const node = this.startNode();
      const update = this.type === T.Incr || this.type === T.Decr;
      node.operator = tokenLabel[this.type];
      node.prefix = true;
      this.next();
      this.enterDepth();
      node.argument = this.parseMaybeUnary(undefined, true, update, noIn);
      this.depth--;
      if (update) {
        this.checkLValSimple(node.argument, 0);
        expr = this.finishNode(node, 'UpdateExpression');
      } else {
        if (node.operator === 'delete') this.checkDelete(node.argument);
        sawUnary = true;
        expr = this.finishNode(node, 'UnaryExpression');
      }
    } else if (this.typescript && this.type === T.Lt) {
      expr = this.parseTSTypeAssertion();
    } else {
      expr = this.parseExprSubscripts(refErrors, noIn);
      if (refErrors && this.checkExpressionErrors(refErrors, false)) return expr;
      while ((this.type === T.Incr || this.type === T.Decr) && !this.nlBefore) {
        const node = this.startNodeAt(expr);
        node.operator = tokenLabel[this.type];
        node.prefix = false;
        node.argument = expr;
        this.checkLValSimple(expr, 0);
        this.next();
        expr = this.finishNode(node, 'UpdateExpression');
      }
    }
    if (!incDec && this.type === T.StarStar) {
      if (sawUnary) this.raise(start, 'Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence');
      this.next();
      const node = this.startNodeAt(expr);
      node.left = expr;
      node.operator = '**';
      node.right = this.parseMaybeUnary(undefined, false, false, noIn);
      return this.finishNode(node, 'BinaryExpression');
    }
    return expr;
  }

  private isUnaryStart(): boolean {
    switch (this.type) {
      case T.Bang: case T.Tilde: case T.Plus: case T.Minus: case T.Incr: case T.Decr:
      case T.Typeof: case T.Void: case T.Delete:
        return true;
    }
    return false;
  }

  private checkDelete(arg: AnyNode): void {
    let target = arg;
    while (target.type === 'TSAsExpression' || target.type === 'TSNonNullExpression' || target.type === 'TSSatisfiesExpression') {
      target = target.expression;
    }
    if (this.strict && target.type === 'Identifier') this.raise(arg.start, 'Deleting local variable in strict mode');
    if (this.isPrivateFieldAccess(target)) this.raise(arg.start, 'Private fields can not be deleted');
  }

  private isPrivateFieldAccess(node: AnyNode): boolean {
    return (node.type === 'MemberExpression' && node.property.type === 'PrivateIdentifier') ||
      (node.type === 'ChainExpression' && this.isPrivateFieldAccess(node.expression));
  }

  // ---- calls, members, optional chains ------------------------------------------------------------

  parseExprSubscripts(refErrors: DestructuringErrors | undefined, noIn: boolean): AnyNode {
    const expr = this.parseExprAtom(refErrors, noIn);
    if (expr.type === 'ArrowFunctionExpression' && !this.parenthesized.has(expr)) return expr;
    const result = this.parseSubscripts(expr, false, noIn);
    if (refErrors && result.type === 'MemberExpression' && refErrors.trailingComma >= result.start) refErrors.trailingComma = -1;
    return result;
  }

  parseSubscripts(base: AnyNode, noCalls: boolean, noIn: boolean): AnyNode {
    const maybeAsyncArrow = base.type === 'Identifier' && base.name === 'async' && this.lastEnd === base.end &&
      !this.canInsertSemicolon() && base.end - base.start === 5 && this.potentialArrowAt === base.start;
    let optionalChained = false;
    for (;;) {
      const element = this.parseSubscript(base, noCalls, maybeAsyncArrow, optionalChained, noIn);
      if (element.optional) optionalChained = true;
      if (element === base || element.type === 'ArrowFunctionExpression') {
        if (optionalChained && element !== base) return element;
        if (optionalChained) {
          const chain = this.startNodeAt(element);
          chain.expression = element;
          return this.finishNodeAt(chain, 'ChainExpression', element);
        }
        return element;
      }
      base = element;
    }
  }

  parseSubscript(base: AnyNode, noCalls: boolean, maybeAsyncArrow: boolean, optionalChained: boolean, noIn: boolean): AnyNode {
    const optional = this.type === T.QuestionDot;
    if (optional) {
      if (noCalls) this.raise(this.start, 'Optional chaining cannot appear in the callee of new expressions');
      this.next();
    }
    if (this.typescript) {
      if (maybeAsyncArrow && !optional && (this.type === T.ParenL || this.type === T.Lt)) {
        const arrow = this.tryParseTSAsyncArrow(base, noIn);
        if (arrow) return arrow;
      }
      const ts = this.parseTSSubscript(base, noCalls, optional);
      if (ts) return ts;
    }
    const computed = this.eat(T.BracketL);
    if (computed || (optional && this.type !== T.ParenL && this.type !== T.Template && this.type !== T.TemplateHead) || this.eat(T.Dot)) {
      const node = this.startNodeAt(base);
      node.object = base;
      if (computed) {
        node.property = this.parseExpression();
        this.expect(T.BracketR);
      } else if (this.type === T.PrivateName && base.type !== 'Super') {
        node.property = this.parsePrivateIdent();
      } else {
        node.property = this.parseIdent(true);
      }
      node.computed = computed;
      node.optional = optional;
      return this.finishNode(node, 'MemberExpression');
    }
    if (!noCalls && this.type === T.ParenL) {
      this.next();
      const refErrors = new DestructuringErrors();
      const oldYield = this.yieldPos, oldAwait = this.awaitPos, oldAwaitIdent = this.awaitIdentPos;
      this.yieldPos = this.awaitPos = this.awaitIdentPos = -1;
      const args = this.parseExprList(T.ParenR, true, false, refErrors);
      if (maybeAsyncArrow && !optional && this.type === T.Arrow && !this.nlBefore) {
        this.checkPatternErrors(refErrors);
        this.checkYieldAwaitInDefaultParams();
        if (this.awaitIdentPos > -1) this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
        this.yieldPos = oldYield; this.awaitPos = oldAwait; this.awaitIdentPos = oldAwaitIdent;
        this.next();
        return this.parseArrowExpression(this.startNodeAt(base), args, true, noIn);
      }
      this.checkExpressionErrors(refErrors, true);
      if (oldYield > -1) this.yieldPos = oldYield;
      if (oldAwait > -1) this.awaitPos = oldAwait;
      if (oldAwaitIdent > -1) this.awaitIdentPos = oldAwaitIdent;
      const node = this.startNodeAt(base);
      node.callee = base;
      node.arguments = args;
      node.optional = optional;
      return this.finishNode(node, 'CallExpression');
    }
    if (this.type === T.Template || this.type === T.TemplateHead) {
      if (optional || optionalChained) this.raise(this.start, 'Optional chaining cannot appear in the tag of tagged template expressions');
      const node = this.startNodeAt(base);
      node.tag = base;
      node.quasi = this.parseTemplate(true);
      return this.finishNode(node, 'TaggedTemplateExpression');
    }
    if (optional) this.unexpected();
    return base;
  }

  /** TypeScript `async (x: T): R => ...` and `async <T>(x) => ...`. */
  private tryParseTSAsyncArrow(base: AnyNode, noIn: boolean): AnyNode | null {
    const node = this.startNodeAt(base);
    if (this.type === T.ParenL) return this.tryParseTSArrow(node, noIn, true);
    return this.tryParse(() => {
      const typeParameters = this.parseTSTypeParameters();
      return this.type === T.ParenL ? this.tryParseTSArrow(node, noIn, true, typeParameters) : null;
    });
  }

  parseCallArgumentsForTS(): AnyNode[] {
    return this.parseExprList(T.ParenR, true, false);
  }

  parseMaybeUnaryForTS(): AnyNode {
    return this.parseMaybeUnary(undefined, false, false, false);
  }

  // ---- primary expressions -----------------------------------------------------------------------

  parseExprAtom(refErrors: DestructuringErrors | undefined, noIn: boolean): AnyNode {
    switch (this.type) {
      case T.Name: return this.parseIdentOrArrow(noIn);
      case T.Num: case T.String: case T.BigInt: return this.parseLiteral();
      case T.ParenL: return this.parseParenAndDistinguish(noIn);
      case T.BracketL: {
        const node = this.startNode();
        this.next();
        node.elements = this.parseExprList(T.BracketR, true, true, refErrors);
        return this.finishNode(node, 'ArrayExpression');
      }
      case T.BraceL: return this.parseObject(false, refErrors);
      case T.This: {
        const node = this.startNode();
        this.next();
        return this.finishNode(node, 'ThisExpression');
      }
      case T.Null: case T.True: case T.False: {
        const node = this.startNode();
        node.value = this.type === T.Null ? null : this.type === T.True;
        node.raw = this.value;
        this.next();
        return this.finishNode(node, 'Literal');
      }
      case T.Function: {
        const node = this.startNode();
        this.next();
        return this.parseFunction(node, 0, false);
      }
      case T.Class: return this.parseClass(this.startNode(), false);
      case T.New: return this.parseNew();
      case T.Template: case T.TemplateHead: return this.parseTemplate(false);
      case T.Super: return this.parseSuper();
      case T.Import: return this.parseImportExpression();
      case T.Slash: case T.DivAssign: return this.parseRegex();
      default: return this.unexpected();
    }
  }

  private parseIdentOrArrow(noIn: boolean): AnyNode {
    const start = this.start;
    const canBeArrow = this.potentialArrowAt === start;
    const escaped = this.escaped;
    const node = this.startNode();
    let id = this.parseIdent(false);
    if (id.name === 'async' && !escaped && !this.canInsertSemicolon()) {
      if (this.type === T.Function) {
        this.next();
        return this.parseFunction(node, 0, true, noIn);
      }
    }
    if (canBeArrow && !this.canInsertSemicolon()) {
      if (this.type === T.Arrow) {
        this.next();
        return this.parseArrowExpression(node, [id], false, noIn);
      }
      if (id.name === 'async' && !escaped && this.type === T.Name &&
          !(this.inForAwaitHead && this.value === 'of' && !this.escaped)) {
        id = this.parseIdent(false);
        if (this.canInsertSemicolon() || this.type !== T.Arrow) this.unexpected();
        this.next();
        return this.parseArrowExpression(node, [id], true, noIn);
      }
    }
    return id;
  }

  private parseRegex(): AnyNode {
    this.rescanRegex();
    const node = this.startNode();
    const { pattern, flags } = this.value as { pattern: string; flags: string };
    this.validateRegexFlags(flags);
    const problem = validateRegExpLiteral(pattern, flags, this.regexAnnexB);
    if (problem) this.raise(this.start + 1 + problem.index, `Invalid regular expression: /${pattern}/${flags}: ${problem.message}`);
    let value: RegExp | null = null;
    try {
      value = new RegExp(pattern, flags);
    } catch {
      value = null; // the host engine may not support a newer feature; the AST still carries `regex`
    }
    node.value = value;
    node.raw = this.input.slice(this.start, this.end);
    node.regex = { pattern, flags };
    this.next();
    return this.finishNode(node, 'Literal');
  }

  private validateRegexFlags(flags: string): void {
    let seen = 0;
    for (let i = 0; i < flags.length; i++) {
      const bit = 'dgimsuyv'.indexOf(flags[i]!);
      if (bit < 0 || seen & (1 << bit)) this.raise(this.start, `Invalid regular expression flags`);
      seen |= 1 << bit;
    }
    if (flags.includes('u') && flags.includes('v')) this.raise(this.start, 'Invalid regular expression flags');
  }

  private parseSuper(): AnyNode {
    const node = this.startNode();
    this.next();
    if (this.type === T.ParenL && !this.allowDirectSuper) this.raise(node.start, "'super' keyword outside a method");
    if (this.type !== T.Dot && this.type !== T.BracketL && this.type !== T.ParenL) this.unexpected();
    if (this.type !== T.ParenL && !this.allowSuper) this.raise(node.start, "'super' keyword outside a method");
    return this.finishNode(node, 'Super');
  }

  /** `( ... )`: a parenthesized expression or the parameters of an arrow function. */
  parseParenAndDistinguish(noIn: boolean): AnyNode {
    const start = this.start;
    const startNode = this.startNode();
    const canBeArrow = this.potentialArrowAt === start;
    if (this.typescript && canBeArrow) {
      const arrow = this.tryParseTSArrow(startNode, noIn);
      if (arrow) return arrow;
    }
    this.next();
    const innerStartNode = this.startNode();
    const exprList: AnyNode[] = [];
    let first = true;
    let lastIsComma = false;
    const refErrors = new DestructuringErrors();
    const oldYield = this.yieldPos, oldAwait = this.awaitPos;
    this.yieldPos = this.awaitPos = -1;
    let spreadStart = -1;
    while (this.type !== T.ParenR) {
      if (first) first = false;
      else this.expect(T.Comma);
      if (this.type === T.ParenR) {
        lastIsComma = true;
        break;
      }
      if (this.type === T.Ellipsis) {
        spreadStart = this.start;
        exprList.push(this.parseRestBinding());
        if (this.type === T.Comma) this.raise(this.start, 'Comma is not permitted after the rest element');
        break;
      }
      exprList.push(this.parseMaybeAssign(false, refErrors));
    }
    const innerEnd = this.lastEnd;
    const innerEndLoc = { line: this.lastEndLine, column: this.lastEndCol };
    this.expect(T.ParenR);
    if (canBeArrow && this.type === T.Arrow && !this.nlBefore) {
      this.checkPatternErrors(refErrors);
      this.checkYieldAwaitInDefaultParams();
      this.yieldPos = oldYield;
      this.awaitPos = oldAwait;
      this.next();
      return this.parseArrowExpression(startNode, exprList, false, noIn);
    }
    if (exprList.length === 0 || lastIsComma) this.unexpected(this.lastEnd - 1);
    if (spreadStart >= 0) this.unexpected(spreadStart);
    this.checkExpressionErrors(refErrors, true);
    if (oldYield > -1) this.yieldPos = oldYield;
    if (oldAwait > -1) this.awaitPos = oldAwait;
    let val: AnyNode;
    if (exprList.length > 1) {
      val = innerStartNode;
      val.expressions = exprList;
      val.type = 'SequenceExpression';
      val.end = innerEnd;
      val.loc.end = innerEndLoc;
      val.range[1] = innerEnd;
    } else {
      val = exprList[0]!;
    }
    this.parenthesized.set(val, { start, line: startNode.loc.start.line, column: startNode.loc.start.column });
    return val;
  }

  private parseNew(): AnyNode {
    const node = this.startNode();
    this.next();
    if (this.type === T.Dot) {
      this.parseMetaProperty(node, 'new', 'target');
      if (!this.allowNewTarget) this.raise(node.start, "'new.target' can only be used in functions and class static block");
      return node;
    }
    this.enterDepth();
    const calleeStart = this.start;
    if (this.type === T.Import && this.peek().type === T.ParenL) this.raise(calleeStart, 'Cannot use new with import()');
    node.callee = this.parseSubscripts(this.parseExprAtom(undefined, false), true, false);
    this.depth--;
    if (this.typescript && this.type === T.Lt) node.typeArguments = this.tryParseTSTypeArgumentsInExpression();
    node.arguments = this.eat(T.ParenL) ? this.parseExprList(T.ParenR, true, false, undefined) : [];
    return this.finishNode(node, 'NewExpression');
  }

  private parseImportExpression(): AnyNode {
    const node = this.startNode();
    this.next();
    if (this.type === T.ParenL) {
      this.next();
      node.source = this.parseMaybeAssign();
      node.options = null;
      if (this.eat(T.Comma) && this.type !== T.ParenR) {
        node.options = this.parseMaybeAssign();
        this.eat(T.Comma);
      }
      this.expect(T.ParenR);
      return this.finishNode(node, 'ImportExpression');
    }
    if (this.type === T.Dot) {
      this.parseMetaProperty(node, 'import', 'meta');
      if (!this.isModule) this.raise(node.start, "Cannot use 'import.meta' outside a module");
      return node;
    }
    return this.unexpected();
  }

  /** `new.target` / `import.meta`: `node` starts at the keyword; the current token is the dot. */
  private parseMetaProperty(node: AnyNode, keyword: string, property: string): void {
    const { line, column } = node.loc.start;
    const meta = new Node(node.start, line, column) as AnyNode;
    meta.type = 'Identifier';
    meta.name = keyword;
    meta.end = node.start + keyword.length;
    meta.range[1] = meta.end;
    meta.loc.end = { line, column: column + keyword.length };
    node.meta = meta;
    this.next();
    const escaped = this.escaped;
    node.property = this.parseIdent(true);
    if (node.property.name !== property) this.raise(node.property.start, `The only valid meta property for ${keyword} is '${keyword}.${property}'`);
    if (escaped) this.raise(node.property.start, `'${keyword}.${property}' must not contain escaped characters`);
    this.finishNode(node, 'MetaProperty');
  }

  // ---- templates ------------------------------------------------------------------------------------

  parseTemplate(isTagged: boolean): AnyNode {
    const node = this.startNode();
    node.expressions = [];
    node.quasis = [];
    let elt = this.parseTemplateElement(isTagged);
    node.quasis.push(elt);
    while (!elt.tail) {
      this.enterDepth();
      node.expressions.push(this.parseExpression());
      this.depth--;
      if (this.type !== T.BraceR) this.unexpected();
      this.rescanTemplateContinuation();
      elt = this.parseTemplateElement(isTagged);
      node.quasis.push(elt);
    }
    return this.finishNode(node, 'TemplateLiteral');
  }

  // ---- object and array literals ------------------------------------------------------------------

  parseObject(isPattern: boolean, refErrors?: DestructuringErrors): AnyNode {
    const node = this.startNode();
    this.next();
    node.properties = [];
    let first = true;
    let sawProto = false;
    this.enterDepth();
    while (!this.eat(T.BraceR)) {
      if (!first) {
        this.expect(T.Comma);
        if (this.eat(T.BraceR)) break;
      } else first = false;
      const prop = this.parseProperty(isPattern, refErrors);
      if (!isPattern && prop.type === 'Property' && !prop.computed && !prop.method && !prop.shorthand && prop.kind === 'init') {
        const key = prop.key;
        const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' && typeof key.value === 'string' ? key.value : '';
        if (name === '__proto__') {
          if (sawProto) {
            if (refErrors) {
              if (refErrors.doubleProto < 0) refErrors.doubleProto = key.start;
            } else {
              this.raise(key.start, 'Redefinition of __proto__ property');
            }
          }
          sawProto = true;
        }
      }
      node.properties.push(prop);
    }
    this.depth--;
    return this.finishNode(node, isPattern ? 'ObjectPattern' : 'ObjectExpression');
  }

  private parseProperty(isPattern: boolean, refErrors?: DestructuringErrors): AnyNode {
    if (this.type === T.Ellipsis) {
      const node = this.startNode();
      this.next();
      if (isPattern) {
        node.argument = this.parseIdent(false);
        if (this.type === T.Comma) this.raise(this.start, 'Comma is not permitted after the rest element');
        return this.finishNode(node, 'RestElement');
      }
      node.argument = this.parseMaybeAssign(false, refErrors);
      if (this.type === T.Comma && refErrors && refErrors.trailingComma < 0) refErrors.trailingComma = this.start;
      return this.finishNode(node, 'SpreadElement');
    }
    const prop = this.startNode();
    prop.method = false;
    prop.shorthand = false;
    let isGenerator = false;
    let isAsync = false;
    if (!isPattern) isGenerator = this.eat(T.Star);
    const escaped = this.escaped;
    this.parsePropertyName(prop);
    if (!isPattern && !escaped && !isGenerator && !prop.computed && prop.key.type === 'Identifier' &&
        prop.key.name === 'async' && !this.nlBefore && this.isPropertyNameStart(true)) {
      isAsync = true;
      isGenerator = this.eat(T.Star);
      this.parsePropertyName(prop);
    }
    this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, escaped, refErrors);
    return this.finishNode(prop, 'Property');
  }

  /** The current token can begin a property name (`*` included when `orStar`). */
  isPropertyNameStart(orStar: boolean): boolean {
    const t = this.type;
    return t === T.Name || t === T.Num || t === T.String || t === T.BigInt || t === T.BracketL ||
      t === T.PrivateName || this.isKeyword(t) || (orStar && t === T.Star);
  }

  parsePropertyName(prop: AnyNode): AnyNode {
    if (this.eat(T.BracketL)) {
      prop.computed = true;
      prop.key = this.parseMaybeAssign();
      this.expect(T.BracketR);
      return prop.key;
    }
    prop.computed = false;
    if (this.type === T.Num || this.type === T.String || this.type === T.BigInt) prop.key = this.parseLiteral();
    else prop.key = this.parseIdent(true);
    return prop.key;
  }

  private parsePropertyValue(prop: AnyNode, isPattern: boolean, isGenerator: boolean, isAsync: boolean,
                             escaped: boolean, refErrors?: DestructuringErrors): void {
    if ((isGenerator || isAsync) && this.type === T.Colon) this.unexpected();
    prop.kind = 'init';
    if (this.eat(T.Colon)) {
      prop.value = isPattern ? this.parseMaybeDefault(null) : this.parseMaybeAssign(false, refErrors);
      return;
    }
    if (this.type === T.ParenL || (this.typescript && this.type === T.Lt)) {
      if (isPattern) this.unexpected();
      prop.method = true;
      prop.value = this.parseMethod(isGenerator, isAsync, false);
      return;
    }
    const key = prop.key;
    if (!isPattern && !escaped && !prop.computed && key.type === 'Identifier' && (key.name === 'get' || key.name === 'set') &&
        this.type !== T.Comma && this.type !== T.BraceR && this.type !== T.Eq) {
      if (isGenerator || isAsync) this.unexpected();
      prop.kind = key.name;
      this.parsePropertyName(prop);
      prop.value = this.parseMethod(false, false, false);
      this.checkAccessorParams(prop.kind, prop.value);
      return;
    }
    if (!prop.computed && key.type === 'Identifier') {
      if (isGenerator || isAsync) this.unexpected();
      this.checkUnreserved(key.name, key.start, false);
      if (key.name === 'await' && this.awaitIdentPos < 0) this.awaitIdentPos = key.start;
      prop.shorthand = true;
      const value = this.copyNode(key);
      if (isPattern) {
        prop.value = this.parseMaybeDefault(value);
      } else if (this.type === T.Eq && refErrors) {
        if (refErrors.shorthandAssign < 0) refErrors.shorthandAssign = this.start;
        prop.value = this.parseMaybeDefault(value);
      } else {
        prop.value = value;
      }
      return;
    }
    this.unexpected();
  }

  checkAccessorParams(kind: string, fn: AnyNode): void {
    const params = fn.params.filter((p: AnyNode) => !(this.typescript && p.type === 'Identifier' && p.name === 'this'));
    if (kind === 'get' && params.length !== 0) this.raise(fn.start, 'getter should have no params');
    if (kind === 'set') {
      if (params.length !== 1) this.raise(fn.start, 'setter should have exactly one param');
      if (params[0].type === 'RestElement') this.raise(params[0].start, 'Setter cannot use rest params');
    }
  }

  copyNode(node: AnyNode): AnyNode {
    const copy = new Node(node.start, node.loc.start.line, node.loc.start.column) as AnyNode;
    for (const k in node) if (k !== 'loc' && k !== 'range' && k !== 'start') copy[k] = node[k];
    copy.loc.end = { line: node.loc.end.line, column: node.loc.end.column };
    copy.range[1] = node.end;
    return copy;
  }

  /** Comma-separated list up to `close`; holes (null) when allowEmpty. */
  parseExprList(close: TokenType, allowTrailingComma: boolean, allowEmpty: boolean, refErrors?: DestructuringErrors): any[] {
    const elts: (AnyNode | null)[] = [];
    let first = true;
    this.enterDepth();
    while (!this.eat(close)) {
      if (!first) {
        this.expect(T.Comma);
        if (allowTrailingComma && this.eat(close)) break;
      } else first = false;
      if (allowEmpty && this.type === T.Comma) {
        elts.push(null);
      } else if (this.type === T.Ellipsis) {
        const node = this.startNode();
        this.next();
        node.argument = this.parseMaybeAssign(false, refErrors);
        elts.push(this.finishNode(node, 'SpreadElement'));
        if (refErrors && this.type === T.Comma && refErrors.trailingComma < 0) refErrors.trailingComma = this.start;
      } else {
        elts.push(this.parseMaybeAssign(false, refErrors));
      }
    }
    this.depth--;
    return elts;
  }

  // ---- yield and await -------------------------------------------------------------------------------

  private parseYield(noIn: boolean): AnyNode {
    if (this.yieldPos < 0) this.yieldPos = this.start;
    const node = this.startNode();
    this.next();
    if (this.type === T.Semi || this.canInsertSemicolon() || (this.type !== T.Star && !startsExpression(this.type))) {
      node.delegate = false;
      node.argument = null;
    } else {
      node.delegate = this.eat(T.Star);
      node.argument = this.parseMaybeAssign(noIn);
    }
    return this.finishNode(node, 'YieldExpression');
  }

  private parseAwait(noIn: boolean): AnyNode {
    if (this.awaitPos < 0) this.awaitPos = this.start;
    const node = this.startNode();
    if (this.escaped) this.raise(this.start, 'Keyword must not contain escaped characters');
    this.next();
    node.argument = this.parseMaybeUnary(undefined, true, false, noIn);
    return this.finishNode(node, 'AwaitExpression');
  }

  // ---- cover-grammar checks -----------------------------------------------------------------------

  checkPatternErrors(refErrors: DestructuringErrors): void {
    if (refErrors.trailingComma >= 0) this.raise(refErrors.trailingComma, 'Comma is not permitted after the rest element');
  }

  /** With andThrow false: reports whether the expression can only be a pattern. */
  checkExpressionErrors(refErrors: DestructuringErrors, andThrow: boolean): boolean {
    const { shorthandAssign, doubleProto } = refErrors;
    if (!andThrow) return shorthandAssign >= 0 || doubleProto >= 0;
    if (shorthandAssign >= 0) this.raise(shorthandAssign, 'Shorthand property assignments are valid only in destructuring patterns');
    if (doubleProto >= 0) this.raise(doubleProto, 'Redefinition of __proto__ property');
    return false;
  }

  checkYieldAwaitInDefaultParams(): void {
    if (this.yieldPos >= 0 && (this.awaitPos < 0 || this.yieldPos < this.awaitPos)) {
      this.raise(this.yieldPos, 'Yield expression cannot be a default value');
    }
    if (this.awaitPos >= 0) this.raise(this.awaitPos, 'Await expression cannot be a default value');
  }


  abstract parseRestBinding(): AnyNode;
}
