// Statements and declarations (ES2025 14): blocks, variable/lexical/using declarations, control
// flow, labels, loops (for/in/of/await), switch, try, plus the directive prologue.
import type { AnyNode } from './ast.ts';
import { T } from './tokens.ts';
import {
  BIND_LEXICAL, BIND_SIMPLE_CATCH, BIND_VAR, DestructuringErrors, SCOPE_SIMPLE_CATCH, SCOPE_SWITCH, SCOPE_TOP, type Label,
} from './parser-base.ts';
import { FUNC_HANGING_STATEMENT, FUNC_STATEMENT, FunctionParser } from './functions-classes.ts';

/**
 * Where a statement appears. 'list' = StatementListItem (declarations allowed); the others are
 * single-statement positions, which allow no declarations except, in sloppy code, Annex B's
 * `if (x) function f(){}` ('if') and labelled function declarations ('label').
 */
export type StatementContext = 'list' | 'if' | 'label' | 'loop' | 'other';

/**
 * The statement ends with the `}` of a block-like body (function, class, block, ...), so no
 * following line can continue it: an erased TypeScript statement after it needs no ASI guard.
 */
function endsWithBlock(stmt: AnyNode | null): boolean {
  if (!stmt) return false;
  switch (stmt.type) {
    case 'FunctionDeclaration': case 'ClassDeclaration': case 'BlockStatement': case 'TryStatement':
    case 'SwitchStatement': case 'TSInterfaceDeclaration': case 'TSModuleDeclaration': case 'TSEnumDeclaration':
      return true;
    case 'IfStatement': return endsWithBlock(stmt.alternate ?? stmt.consequent);
    case 'ForStatement': case 'ForInStatement': case 'ForOfStatement': case 'WhileStatement':
    case 'WithStatement': case 'LabeledStatement':
      return endsWithBlock(stmt.body);
    case 'ExportNamedDeclaration': case 'ExportDefaultDeclaration':
      return stmt.declaration !== null && endsWithBlock(stmt.declaration);
  }
  return false;
}

const LOOP_LABEL: Label = { name: '', kind: 'loop', statementStart: -1 };
const SWITCH_LABEL: Label = { name: '', kind: 'switch', statementStart: -1 };

export abstract class StatementParser extends FunctionParser {
  /** Parses a Program body. */
  parseTopLevel(program: AnyNode): AnyNode {
    this.enterScope(SCOPE_TOP);
    program.body = this.parseStatementList(true, T.EOF);
    for (const [name, pos] of this.undefinedExports) {
      if (!this.tsTypeNames.has(name)) this.raise(pos, `Export '${name}' is not defined`);
    }
    this.exitScope();
    program.sourceType = this.isModule ? 'module' : 'script';
    return program;
  }

  /**
   * Statements up to (not including) `close`. With `directives`, a leading directive prologue is
   * recognised: its statements get `directive`, and "use strict" switches strict mode on.
   */
  parseStatementList(directives: boolean, close: number): AnyNode[] {
    const body: AnyNode[] = [];
    let inPrologue = directives;
    let firstOctal = -1;
    while (this.type !== close) {
      if (this.type === T.EOF) this.unexpected();
      if (inPrologue) {
        if (this.type !== T.String) {
          inPrologue = false;
        } else {
          const tokenOctal = this.octalPos;
          const stmt = this.parseStatement('list', true);
          body.push(stmt);
          const expr = stmt.expression;
          if (stmt.type === 'ExpressionStatement' && expr.type === 'Literal' && typeof expr.value === 'string' &&
              expr.start === stmt.start && !this.parenthesized.has(expr)) {
            const raw = this.input.slice(expr.start + 1, expr.end - 1);
            stmt.directive = raw;
            if (tokenOctal >= 0 && firstOctal < 0) firstOctal = tokenOctal;
            if (raw === 'use strict') {
              if (this.currentFunction && !this.isSimpleParamList(this.currentFunction.params)) {
                this.raise(stmt.start, "Illegal 'use strict' directive in function with non-simple parameter list");
              }
              if (!this.strict) this.enableStrict(stmt.start, firstOctal);
            }
          } else {
            inPrologue = false;
          }
          continue;
        }
      }
      const stmt = this.parseStatement('list', close === T.EOF);
      body.push(stmt);
      if (endsWithBlock(stmt)) this.safeStatementEnd = stmt.end;
    }
    return body;
  }

  /** A "use strict" directive: strict from here on, and retroactively for what it governs. */
  private enableStrict(directiveStart: number, octalInPrologue: number): void {
    this.strict = true;
    if (octalInPrologue >= 0) this.raise(octalInPrologue, 'Octal escape sequences are not allowed in strict mode');
    // The token after the directive was lexed before strictness changed.
    if (this.octalPos >= 0 && (this.type === T.Num || this.type === T.String)) {
      this.raise(this.octalPos, 'Octal literal in strict mode');
    }
    this.applyUseStrictRetroactively(directiveStart);
  }

  parseStatement(context: StatementContext, topLevel = false): AnyNode {
    this.enterDepth();
    const node = this.parseStatementInner(context, topLevel);
    this.depth--;
    return node;
  }

  private parseStatementInner(context: StatementContext, topLevel: boolean): AnyNode {
    this.statementPrevEnd = this.lastEnd;
    const node = this.startNode();
    const single = context !== 'list';
    switch (this.type) {
      case T.Break: case T.Continue: return this.parseBreakContinue(node);
      case T.Debugger:
        this.next();
        this.semicolon();
        return this.finishNode(node, 'DebuggerStatement');
      case T.Do: return this.parseDoStatement(node);
      case T.For: return this.parseForStatement(node);
      case T.Function:
        if (single && (this.strict || !this.annexB || (context !== 'if' && context !== 'label'))) {
          this.raise(this.start, this.strict ? 'In strict mode code, functions can only be declared at top level or inside a block'
            : 'In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement');
        }
        this.next();
        return this.parseFunctionStatement(node, false, !single, context);
      case T.Class:
        if (single) this.unexpected();
        return this.parseClass(node, true);
      case T.If: return this.parseIfStatement(node);
      case T.Return: return this.parseReturnStatement(node);
      case T.Switch: return this.parseSwitchStatement(node);
      case T.Throw: return this.parseThrowStatement(node);
      case T.Try: return this.parseTryStatement(node);
      case T.Const: case T.Var: {
        if (this.typescript && this.type === T.Const && this.peek().type === T.Enum) return this.parseTSStatement(node, context)!;
        const kind = this.value as string;
        if (single && kind !== 'var') this.unexpected();
        this.next();
        this.parseVar(node, false, kind);
        this.semicolon();
        return this.finishNode(node, 'VariableDeclaration');
      }
      case T.While: return this.parseWhileStatement(node);
      case T.With: return this.parseWithStatement(node);
      case T.BraceL: return this.parseBlock(true, node);
      case T.Semi:
        this.next();
        return this.finishNode(node, 'EmptyStatement');
      case T.Import: {
        const next = this.peek();
        if (next.type === T.ParenL || next.type === T.Dot) break;
        if (!this.isModule) this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
        if (!topLevel) this.raise(this.start, "'import' and 'export' may only appear at the top level");
        return this.parseImport(node);
      }
      case T.Export:
        if (!this.isModule) this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
        if (!topLevel) this.raise(this.start, "'import' and 'export' may only appear at the top level");
        return this.parseExport(node);
      case T.Name: {
        if (this.isLet(context)) {
          if (single) this.raise(this.start, 'Lexical declaration cannot appear in a single-statement context');
          this.next();
          this.parseVar(node, false, 'let');
          this.semicolon();
          return this.finishNode(node, 'VariableDeclaration');
        }
        if (this.isAsyncFunction()) {
          if (single) this.raise(this.start, 'Async functions can only be declared at the top level or inside a block');
          this.next();
          this.next();
          return this.parseFunctionStatement(node, true, !single, context);
        }
        const using = this.usingDeclarationKind(false);
        if (using) {
          if (single) this.raise(this.start, 'Using declarations cannot appear in a single-statement context');
          this.checkUsingAllowed(this.start);
          this.next();
          if (using === 'await using') this.next();
          this.parseVar(node, false, using);
          this.semicolon();
          return this.finishNode(node, 'VariableDeclaration');
        }
        if (this.typescript) {
          const decl = this.parseTSStatement(node, context);
          if (decl) return decl;
        }
        break;
      }
      default:
        if (this.typescript && this.type === T.Enum) return this.parseTSStatement(node, context)!;
        if (this.type === T.At) this.raise(this.start, 'Decorators are not supported (not erasable syntax, not ES2025)');
        break;
    }
    const startType = this.type;
    const maybeName = this.value;
    const expr = this.parseExpression();
    if (startType === T.Name && expr.type === 'Identifier' && !this.parenthesized.has(expr) && this.eat(T.Colon)) {
      return this.parseLabeledStatement(node, maybeName as string, expr, context);
    }
    node.expression = expr;
    this.semicolon();
    return this.finishNode(node, 'ExpressionStatement');
  }

  /** `let` begins a lexical declaration (not the identifier `let`). */
  private isLet(context: StatementContext): boolean {
    if (!this.isContextual('let')) return false;
    const next = this.peek();
    if (next.type === T.BracketL) return true;
    if (context !== 'list') return false;
    if (next.type === T.BraceL) return true;
    if (next.type === T.Name) return true;
    return this.isKeyword(next.type) && next.type !== T.In && next.type !== T.Instanceof;
  }

  /** `async function` with no line break between the two words. */
  isAsyncFunction(): boolean {
    if (!this.isContextual('async')) return false;
    const next = this.peek();
    return next.type === T.Function && !next.nlBefore;
  }

  /**
   * `using x` / `await using x` starting a declaration? Returns the declaration kind or null.
   * `inFor`: in a for head, where `using of` is ambiguous and not a declaration.
   */
  usingDeclarationKind(inFor: boolean): 'using' | 'await using' | null {
    if (this.isContextual('using')) {
      const save = this.saveState();
      this.next();
      let ok = this.type === T.Name && !this.nlBefore;
      if (ok && inFor && this.value === 'of' && !this.escaped) {
        // `for (using of ...` is a for-of over `using`, but `for (using of = x;;)` declares `of`.
        this.next();
        ok = this.type === T.Eq || this.type === T.Semi;
      }
      this.restoreState(save);
      return ok ? 'using' : null;
    }
    if (this.isContextual('await') && this.canAwait) {
      const save = this.saveState();
      this.next();
      let ok = false;
      if (this.isContextual('using') && !this.nlBefore) {
        this.next();
        ok = this.type === T.Name && !this.nlBefore;
      }
      this.restoreState(save);
      return ok ? 'await using' : null;
    }
    return null;
  }

  private checkUsingAllowed(pos: number): void {
    const scope = this.currentScope();
    if (!this.isModule && scope.flags & SCOPE_TOP) this.raise(pos, 'Using declarations are not allowed at the top level of a script');
    if (scope.flags & SCOPE_SWITCH) this.raise(pos, 'Using declarations are not allowed directly in a switch case');
  }

  // ---- declarations --------------------------------------------------------------------------------

  parseVar(node: AnyNode, isFor: boolean, kind: string): AnyNode {
    node.declarations = [];
    node.kind = kind;
    const binding = kind === 'var' ? BIND_VAR : BIND_LEXICAL;
    const isUsing = kind === 'using' || kind === 'await using';
    for (;;) {
      const decl = this.startNode();
      decl.id = this.parseBindingAtom();
      if (isUsing && decl.id.type !== 'Identifier') this.raise(decl.id.start, 'Using declarations may not have binding patterns');
      if (this.typescript) this.parseTSVarAnnotation(decl);
      if (!this.inAmbient) this.checkLValPattern(decl.id, binding);
      if (this.eat(T.Eq)) {
        decl.init = this.parseMaybeAssign(isFor);
      } else {
        const forInOf = isFor && (this.type === T.In || this.isContextual('of'));
        if ((kind === 'const' || isUsing) && !forInOf && !this.inAmbient) {
          this.raise(this.lastEnd, `Missing initializer in ${kind} declaration`);
        } else if (decl.id.type !== 'Identifier' && !forInOf) {
          this.raise(this.lastEnd, 'Complex binding patterns require an initialization value');
        }
        decl.init = null;
      }
      node.declarations.push(this.finishNode(decl, 'VariableDeclarator'));
      if (!this.eat(T.Comma)) break;
    }
    return node;
  }

  private parseFunctionStatement(node: AnyNode, isAsync: boolean, declarationPosition: boolean, context: StatementContext): AnyNode {
    if (context === 'if') {
      // Annex B.3.4: `if (x) function f(){}` behaves as if the function were in a block.
      this.enterScope(0);
      const fn = this.parseFunction(node, FUNC_STATEMENT | FUNC_HANGING_STATEMENT, isAsync);
      this.exitScope();
      return fn;
    }
    return this.parseFunction(node, FUNC_STATEMENT | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT), isAsync);
  }

  // ---- blocks and control flow ---------------------------------------------------------------------

  parseBlock(createScope = true, node: AnyNode = this.startNode()): AnyNode {
    this.expect(T.BraceL);
    if (createScope) this.enterScope(0);
    node.body = this.parseStatementList(false, T.BraceR);
    if (createScope) this.exitScope();
    this.next();
    return this.finishNode(node, 'BlockStatement');
  }

  private parseParenExpression(): AnyNode {
    this.expect(T.ParenL);
    const expr = this.parseExpression();
    this.expect(T.ParenR);
    return expr;
  }

  private parseIfStatement(node: AnyNode): AnyNode {
    this.next();
    node.test = this.parseParenExpression();
    node.consequent = this.parseStatement('if');
    node.alternate = this.eat(T.Else) ? this.parseStatement('if') : null;
    return this.finishNode(node, 'IfStatement');
  }

  private parseReturnStatement(node: AnyNode): AnyNode {
    if (!this.inFunction) this.raise(this.start, "'return' outside of function");
    this.next();
    if (this.eat(T.Semi) || this.canInsertSemicolon()) {
      node.argument = null;
    } else {
      node.argument = this.parseExpression();
      this.semicolon();
    }
    return this.finishNode(node, 'ReturnStatement');
  }

  private parseThrowStatement(node: AnyNode): AnyNode {
    this.next();
    if (this.nlBefore) this.raise(this.lastEnd, 'Illegal newline after throw');
    node.argument = this.parseExpression();
    this.semicolon();
    return this.finishNode(node, 'ThrowStatement');
  }

  private parseWithStatement(node: AnyNode): AnyNode {
    if (this.strict) this.raise(this.start, "'with' in strict mode");
    this.next();
    node.object = this.parseParenExpression();
    node.body = this.parseStatement('other');
    return this.finishNode(node, 'WithStatement');
  }

  private parseBreakContinue(node: AnyNode): AnyNode {
    const isBreak = this.type === T.Break;
    this.next();
    if (this.eat(T.Semi) || this.canInsertSemicolon()) {
      node.label = null;
    } else if (this.type !== T.Name) {
      this.unexpected();
    } else {
      node.label = this.parseIdent(false);
      this.semicolon();
    }
    let i = this.labels.length - 1;
    for (; i >= 0; i--) {
      const label = this.labels[i]!;
      if (node.label === null || label.name === node.label.name) {
        if (label.kind !== null && (isBreak || label.kind === 'loop')) break;
        if (node.label && isBreak) break;
      }
    }
    if (i < 0) this.raise(node.start, 'Unsyntactic ' + (isBreak ? 'break' : 'continue'));
    return this.finishNode(node, isBreak ? 'BreakStatement' : 'ContinueStatement');
  }

  private parseDoStatement(node: AnyNode): AnyNode {
    this.next();
    this.labels.push(LOOP_LABEL);
    node.body = this.parseStatement('loop');
    this.labels.pop();
    this.expect(T.While);
    node.test = this.parseParenExpression();
    this.eat(T.Semi); // ASI after do-while is always allowed
    return this.finishNode(node, 'DoWhileStatement');
  }

  private parseWhileStatement(node: AnyNode): AnyNode {
    this.next();
    node.test = this.parseParenExpression();
    this.labels.push(LOOP_LABEL);
    node.body = this.parseStatement('loop');
    this.labels.pop();
    return this.finishNode(node, 'WhileStatement');
  }

  private parseSwitchStatement(node: AnyNode): AnyNode {
    this.next();
    node.discriminant = this.parseParenExpression();
    node.cases = [];
    this.expect(T.BraceL);
    this.labels.push(SWITCH_LABEL);
    this.enterScope(SCOPE_SWITCH);
    let current: AnyNode | null = null;
    let sawDefault = false;
    while (this.type !== T.BraceR) {
      if (this.type === T.Case || this.type === T.Default) {
        const isCase = this.type === T.Case;
        if (current) node.cases.push(this.finishNode(current, 'SwitchCase'));
        current = this.startNode();
        current.consequent = [];
        this.next();
        if (isCase) {
          current.test = this.parseExpression();
        } else {
          if (sawDefault) this.raise(this.lastEnd - 7, 'Multiple default clauses');
          sawDefault = true;
          current.test = null;
        }
        this.expect(T.Colon);
      } else {
        if (!current) this.unexpected();
        current.consequent.push(this.parseStatement('list'));
      }
    }
    this.exitScope();
    if (current) node.cases.push(this.finishNode(current, 'SwitchCase'));
    this.next();
    this.labels.pop();
    return this.finishNode(node, 'SwitchStatement');
  }

  private parseTryStatement(node: AnyNode): AnyNode {
    this.next();
    node.block = this.parseBlock();
    node.handler = null;
    if (this.type === T.Catch) {
      const clause = this.startNode();
      this.next();
      if (this.eat(T.ParenL)) {
        clause.param = this.parseBindingAtom();
        const simple = clause.param.type === 'Identifier';
        this.enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
        this.checkLValPattern(clause.param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
        if (this.typescript) this.parseTSCatchAnnotation(clause.param);
        this.expect(T.ParenR);
      } else {
        clause.param = null;
        this.enterScope(0);
      }
      clause.body = this.parseBlock(false);
      this.exitScope();
      node.handler = this.finishNode(clause, 'CatchClause');
    }
    node.finalizer = this.eat(T.Finally) ? this.parseBlock() : null;
    if (!node.handler && !node.finalizer) this.raise(node.start, 'Missing catch or finally clause');
    return this.finishNode(node, 'TryStatement');
  }

  private parseLabeledStatement(node: AnyNode, name: string, expr: AnyNode, context: StatementContext): AnyNode {
    for (const label of this.labels) {
      if (label.name === name) this.raise(expr.start, `Label '${name}' is already declared`);
    }
    const t = this.type;
    const kind = t === T.For || t === T.While || t === T.Do ? 'loop' : t === T.Switch ? 'switch' : null;
    // Labels directly preceding this one label the same statement.
    for (let i = this.labels.length - 1; i >= 0; i--) {
      const label = this.labels[i]!;
      if (label.statementStart !== node.start) break;
      label.statementStart = this.start;
      label.kind = kind;
    }
    this.labels.push({ name, kind, statementStart: this.start });
    // A labelled function is allowed (sloppy) only where a declaration or an `if` body could be.
    node.body = this.parseStatement(context === 'list' || context === 'label' ? 'label' : 'other');
    this.labels.pop();
    node.label = expr;
    return this.finishNode(node, 'LabeledStatement');
  }

  // ---- for loops -----------------------------------------------------------------------------------

  private parseForStatement(node: AnyNode): AnyNode {
    this.next();
    let awaitAt = -1;
    if (this.isContextual('await') && this.canAwait) {
      awaitAt = this.start;
      this.next();
    }
    this.labels.push(LOOP_LABEL);
    this.enterScope(0);
    this.expect(T.ParenL);
    if (this.type === T.Semi) {
      if (awaitAt > -1) this.unexpected(awaitAt);
      return this.parseFor(node, null);
    }
    const isLet = this.isForLet();
    const using = this.usingDeclarationKind(true);
    if (this.type === T.Var || this.type === T.Const || isLet || using) {
      const init = this.startNode();
      const kind = isLet ? 'let' : using ?? (this.value as string);
      this.next();
      if (kind === 'await using') this.next();
      this.parseVar(init, true, kind);
      this.finishNode(init, 'VariableDeclaration');
      if ((this.type === T.In || this.isContextual('of')) && init.declarations.length === 1) {
        if (this.type === T.In && (awaitAt > -1 || using)) this.unexpected(awaitAt > -1 ? awaitAt : this.start);
        if (this.type !== T.In) node.await = awaitAt > -1;
        return this.parseForInOf(node, init);
      }
      if (awaitAt > -1) this.unexpected(awaitAt);
      return this.parseFor(node, init);
    }
    const startsWithLet = this.isContextual('let');
    const escaped = this.escaped;
    const initStart = this.start;
    const refErrors = new DestructuringErrors();
    let init: AnyNode;
    if (awaitAt > -1) {
      this.inForAwaitHead = true;
      init = this.parseExprSubscripts(refErrors, true);
      this.inForAwaitHead = false;
    } else {
      init = this.parseExpression(true, refErrors);
    }
    const isForOf = this.isContextual('of');
    if (this.type === T.In || isForOf) {
      if (awaitAt > -1) {
        if (this.type === T.In) this.unexpected(awaitAt);
        node.await = true;
      } else if (isForOf) {
        if (init.start === initStart && !escaped && init.type === 'Identifier' && init.name === 'async' && !this.parenthesized.has(init)) {
          this.raise(init.start, "The left-hand side of a for-of loop may not be 'async'");
        }
        node.await = false;
      }
      if (startsWithLet && isForOf) this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'");
      this.toAssignable(init, false, refErrors);
      this.checkLValPattern(init, 0);
      return this.parseForInOf(node, init);
    }
    this.checkExpressionErrors(refErrors, true);
    if (awaitAt > -1) this.unexpected(awaitAt);
    return this.parseFor(node, init);
  }

  /** `let` in a for head starts a declaration (`for (let in o)` is the identifier in sloppy code). */
  private isForLet(): boolean {
    if (!this.isContextual('let')) return false;
    const next = this.peek();
    return next.type === T.BracketL || next.type === T.BraceL || next.type === T.Name ||
      (this.isKeyword(next.type) && next.type !== T.In && next.type !== T.Instanceof);
  }

  private parseFor(node: AnyNode, init: AnyNode | null): AnyNode {
    node.init = init;
    this.expect(T.Semi);
    node.test = this.type === T.Semi ? null : this.parseExpression();
    this.expect(T.Semi);
    node.update = this.type === T.ParenR ? null : this.parseExpression();
    this.expect(T.ParenR);
    node.body = this.parseStatement('loop');
    this.exitScope();
    this.labels.pop();
    return this.finishNode(node, 'ForStatement');
  }

  private parseForInOf(node: AnyNode, init: AnyNode): AnyNode {
    const isForIn = this.type === T.In;
    this.next();
    if (init.type === 'VariableDeclaration' && init.declarations[0].init !== null) {
      const d = init.declarations[0];
      // Annex B.3.5: `for (var x = 1 in o)` in sloppy code.
      if (!isForIn || this.strict || !this.annexB || init.kind !== 'var' || d.id.type !== 'Identifier') {
        this.raise(init.start, `${isForIn ? 'for-in' : 'for-of'} loop variable declaration may not have an initializer`);
      }
    }
    node.left = init;
    node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
    this.expect(T.ParenR);
    node.body = this.parseStatement('loop');
    this.exitScope();
    this.labels.pop();
    return this.finishNode(node, isForIn ? 'ForInStatement' : 'ForOfStatement');
  }

  abstract parseImport(node: AnyNode): AnyNode;
  abstract parseExport(node: AnyNode): AnyNode;
  abstract parseTSStatement(node: AnyNode, context: StatementContext): AnyNode | null;
  abstract parseTSVarAnnotation(decl: AnyNode): void;
  abstract parseTSCatchAnnotation(param: AnyNode): void;
}
