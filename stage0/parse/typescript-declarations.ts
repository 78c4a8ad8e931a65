// TypeScript declarations, class member modifiers and module syntax (erasable subset):
// interfaces, type aliases, `declare ...`, abstract classes and members, overloads, access
// modifiers, `implements`, type-only imports/exports and namespaces holding only types.
// Syntax that needs code generation is rejected with a message naming the construct: enums,
// namespaces with values, parameter properties, decorators, `import x = require()`, `export =`.
//
// The erased ranges of whole statements and class members carry an ASI guard: when the token
// before them does not end a statement for sure (`;` or `{`), the erasure's replacement is ';'
// so that the next line cannot continue the previous statement (`a\ninterface I {}\n(b)`).
import type { AnyNode } from './ast.ts';
import { T } from './tokens.ts';
import { BIND_LEXICAL, SCOPE_FUNCTION, SCOPE_TOP } from './parser-base.ts';
import { FUNC_STATEMENT } from './functions-classes.ts';
import { ModuleParser } from './modules.ts';
import type { StatementContext } from './statements.ts';

const ACCESSIBILITY = new Set(['public', 'private', 'protected']);
/** Contextual words that can begin a TypeScript declaration statement. */
const TS_DECLARATION_WORDS = new Set(['interface', 'type', 'declare', 'abstract', 'namespace', 'global', 'module']);
const MEMBER_MODIFIERS = new Set(['public', 'private', 'protected', 'readonly', 'declare', 'abstract', 'override']);

export abstract class TSDeclarationParser extends ModuleParser {
  /** Token end before each class member (ASI guard of erased members). */
  private memberPrevEnd = new WeakMap<object, number>();

  // ---- erasure helpers --------------------------------------------------------------------------

  /** The statement being parsed follows `export` (its erasure needs no guard of its own). */
  private afterExport = false;

  /** Start of the token before the current statement, or -1 right after `export`. */
  private statementGuardPos(): number {
    const pos = this.afterExport ? -1 : this.statementPrevEnd;
    this.afterExport = false;
    return pos;
  }

  private notErasable(pos: number, what: string, instead: string): never {
    this.raise(pos, `TypeScript ${what} is not erasable syntax (${instead})`);
  }

  /** A statement that exists only in the type world (erased as a whole). */
  isTypeOnly(stmt: AnyNode): boolean {
    switch (stmt.type) {
      case 'TSInterfaceDeclaration': case 'TSTypeAliasDeclaration': case 'TSDeclareFunction':
      case 'TSModuleDeclaration': case 'TSEnumDeclaration': case 'EmptyStatement':
      case 'TSExportAssignment': case 'TSImportEqualsDeclaration': case 'TSNamespaceExportDeclaration':
        return true;
      case 'ImportDeclaration': return stmt.importKind === 'type';
      case 'ExportNamedDeclaration': case 'ExportAllDeclaration':
        return stmt.exportKind === 'type' || (stmt.declaration != null && this.isTypeOnly(stmt.declaration));
      case 'ExportDefaultDeclaration': return this.isTypeOnly(stmt.declaration);
    }
    return stmt.declare === true;
  }

  private noteTypeName(id: AnyNode | null): void {
    if (id && id.type === 'Identifier' && this.currentScope().flags & SCOPE_TOP) this.tsTypeNames.add(id.name);
  }

  // ---- functions and classes ----------------------------------------------------------------------

  tsAllowsBodiless(): boolean {
    return true;
  }
  tsAllowsBodilessMethod(): boolean {
    return true;
  }

  parseTSFunctionTypeParams(node: AnyNode): void {
    if (this.type === T.Lt) node.typeParameters = this.parseTSTypeParameters();
  }

  parseTSReturnType(node: AnyNode): void {
    if (this.type === T.Colon) node.returnType = this.parseTSReturnTypeAnnotation();
  }

  parseTSClassHeritageTypeParams(node: AnyNode): void {
    if (this.type === T.Lt) node.typeParameters = this.parseTSTypeParameters();
  }

  parseTSClassHeritageRest(node: AnyNode): void {
    if (node.superClass && (this.type === T.Lt || this.type === T.Shl)) node.superTypeArguments = this.parseTSTypeArguments();
    if (this.isContextual('implements')) {
      const start = this.start;
      this.next();
      node.implements = [];
      do {
        const impl = this.startNode();
        impl.expression = this.parseTSEntityName();
        if (this.type === T.Lt) impl.typeArguments = this.parseTSTypeArguments();
        node.implements.push(this.finishNode(impl, 'TSClassImplements'));
      } while (this.eat(T.Comma));
      this.erase(start, this.lastEnd);
    }
  }

  /**
   * Member modifiers (`public`, `readonly`, `declare`, `abstract`, `override`, ...) before or
   * after `static`; each is erased. Returns an index signature member if one follows.
   */
  parseTSClassModifiers(node: AnyNode): AnyNode | null {
    if (!this.memberPrevEnd.has(node)) this.memberPrevEnd.set(node, this.lastEnd);
    while (this.type === T.Name && !this.escaped && MEMBER_MODIFIERS.has(this.value) && this.modifierApplies()) {
      const word = this.value as string;
      if (ACCESSIBILITY.has(word)) node.accessibility = word;
      else node[word] = true;
      this.erase(this.start, this.end, node.start === this.start ? this.asiGuard(this.memberPrevEnd.get(node) ?? -1) : undefined);
      this.next();
    }
    if (this.type === T.BracketL) {
      const signature = this.tryParseTSIndexSignature(node);
      if (signature) {
        if (signature.static === undefined) signature.static = false;
        this.eat(T.Semi) || this.eat(T.Comma);
        this.eraseWhole(node.start, this.lastEnd, this.memberPrevEnd.get(node)!);
        return signature;
      }
    }
    return null;
  }

  /** The modifier word at the current token is followed by a member name on the same line. */
  private modifierApplies(): boolean {
    const next = this.peek();
    if (next.nlBefore) return false;
    return next.type === T.Name || next.type === T.String || next.type === T.Num || next.type === T.BigInt ||
      next.type === T.BracketL || next.type === T.PrivateName || next.type === T.Star || this.isKeyword(next.type);
  }

  parseTSClassMemberOptional(node: AnyNode): void {
    if (this.type === T.Question) {
      node.optional = true;
      this.erase(this.start, this.end);
      this.next();
    } else if (this.type === T.Bang && !this.nlBefore) {
      node.definite = true;
      this.erase(this.start, this.end);
      this.next();
    }
  }

  parseTSFieldAnnotation(node: AnyNode): void {
    if (this.type === T.Colon) node.typeAnnotation = this.parseTSTypeAnnotation();
  }

  finishClassMember(node: AnyNode, type: string): AnyNode {
    if (!this.typescript) return this.finishNode(node, type);
    const bodiless = type === 'MethodDefinition' && node.value.type === 'TSEmptyBodyFunctionExpression';
    if (node.abstract) type = type === 'MethodDefinition' ? 'TSAbstractMethodDefinition' : 'TSAbstractPropertyDefinition';
    delete node.abstract;
    this.finishNode(node, type);
    if (bodiless || node.declare || type.startsWith('TSAbstract') || this.inAmbient) {
      this.eraseWhole(node.start, node.end, this.memberPrevEnd.get(node) ?? node.start);
    }
    return node;
  }

  // ---- statements ---------------------------------------------------------------------------------

  parseTSStatement(node: AnyNode, context: StatementContext): AnyNode | null {
    const prevEnd = this.statementGuardPos();
    if (this.type === T.Enum || this.type === T.Const) {
      if (!this.inAmbient) this.notErasable(this.start, 'enum', 'use a const object');
      return this.parseTSEnum(node, prevEnd);
    }
    if (this.escaped || !TS_DECLARATION_WORDS.has(this.value)) return null;
    const next = this.peek();
    if (next.nlBefore) return null;
    let decl: AnyNode | null = null;
    switch (this.value) {
      case 'interface':
        if (next.type === T.Name) decl = this.parseTSInterface(node);
        break;
      case 'type':
        if (next.type === T.Name) decl = this.parseTSTypeAlias(node);
        break;
      case 'declare':
        if (this.startsAmbientDeclaration(next.type, next.value)) return this.parseTSDeclare(node, prevEnd);
        break;
      case 'abstract':
        if (next.type === T.Class) {
          const start = this.start;
          this.erase(start, this.end, this.asiGuard(prevEnd));
          this.next();
          node.abstract = true;
          return this.parseClass(node, true);
        }
        break;
      case 'namespace':
        if (next.type === T.Name) decl = this.parseTSModule(node);
        break;
      case 'global':
        if (next.type === T.BraceL && this.inAmbient) decl = this.parseTSModule(node);
        break;
      case 'module':
        if (next.type === T.Name || next.type === T.String) decl = this.parseTSModule(node);
        break;
    }
    if (decl) {
      if (context !== 'list' && decl.type !== 'TSModuleDeclaration') this.unexpected(decl.start);
      this.eraseWhole(decl.start, decl.end, prevEnd);
    }
    return decl;
  }

  private startsAmbientDeclaration(type: number, value: unknown): boolean {
    if (type === T.Var || type === T.Const || type === T.Function || type === T.Class || type === T.Enum) return true;
    return type === T.Name && (value === 'let' || value === 'module' || value === 'namespace' || value === 'global' ||
      value === 'abstract' || value === 'interface' || value === 'type' || value === 'async');
  }

  private parseTSInterface(node: AnyNode): AnyNode {
    this.next();
    node.id = this.parseIdent(false);
    this.noteTypeName(node.id);
    if (this.type === T.Lt) node.typeParameters = this.parseTSTypeParameters();
    node.extends = [];
    if (this.eat(T.Extends)) {
      do {
        const h = this.startNode();
        h.expression = this.parseTSEntityName();
        if (this.type === T.Lt) h.typeArguments = this.parseTSTypeArguments();
        node.extends.push(this.finishNode(h, 'TSInterfaceHeritage'));
      } while (this.eat(T.Comma));
    }
    const body = this.startNode();
    body.body = this.parseTSObjectTypeMembers();
    node.body = this.finishNode(body, 'TSInterfaceBody');
    if (this.inAmbient) node.declare = true;
    return this.finishNode(node, 'TSInterfaceDeclaration');
  }

  private parseTSTypeAlias(node: AnyNode): AnyNode {
    this.next();
    node.id = this.parseIdent(false);
    this.noteTypeName(node.id);
    if (this.type === T.Lt) node.typeParameters = this.parseTSTypeParameters();
    this.expect(T.Eq);
    node.typeAnnotation = this.parseTSType();
    if (this.inAmbient) node.declare = true;
    this.semicolon();
    return this.finishNode(node, 'TSTypeAliasDeclaration');
  }

  private parseTSEnum(node: AnyNode, prevEnd: number): AnyNode {
    node.const = this.eat(T.Const);
    this.expect(T.Enum);
    node.id = this.parseIdent(false);
    this.noteTypeName(node.id);
    this.expect(T.BraceL);
    node.members = [];
    while (!this.eat(T.BraceR)) {
      const m = this.startNode();
      m.id = this.type === T.String ? this.parseLiteral() : this.parseIdent(true);
      if (this.eat(T.Eq)) m.initializer = this.parseMaybeAssign();
      node.members.push(this.finishNode(m, 'TSEnumMember'));
      if (!this.eat(T.Comma)) {
        this.expect(T.BraceR);
        break;
      }
    }
    node.declare = true;
    this.finishNode(node, 'TSEnumDeclaration');
    this.eraseWhole(node.start, node.end, prevEnd);
    return node;
  }

  /** `declare var|let|const|function|class|enum|module|namespace|global|interface|type ...` */
  private parseTSDeclare(node: AnyNode, prevEnd: number): AnyNode {
    this.next();
    const oldAmbient = this.inAmbient;
    this.inAmbient = true;
    let decl: AnyNode;
    try {
      if (this.type === T.Var || this.type === T.Const || this.isContextual('let')) {
        if (this.type === T.Const && this.peek().type === T.Enum) {
          decl = this.parseTSEnum(node, prevEnd);
        } else {
          const kind = this.value as string;
          this.next();
          this.parseVar(node, false, kind);
          for (const d of node.declarations) if (d.id.type === 'Identifier') this.noteTypeName(d.id);
          this.semicolon();
          decl = this.finishNode(node, 'VariableDeclaration');
        }
      } else if (this.type === T.Function) {
        this.next();
        decl = this.parseFunction(node, FUNC_STATEMENT, false);
        this.noteTypeName(decl.id);
      } else if (this.type === T.Class || this.isContextual('abstract')) {
        if (this.eatContextual('abstract')) node.abstract = true;
        decl = this.parseClass(node, true);
        this.noteTypeName(decl.id);
      } else if (this.type === T.Enum) {
        decl = this.parseTSEnum(node, prevEnd);
      } else if (this.isContextual('interface')) {
        decl = this.parseTSInterface(node);
      } else if (this.isContextual('type')) {
        decl = this.parseTSTypeAlias(node);
      } else {
        decl = this.parseTSModule(node);
      }
    } finally {
      this.inAmbient = oldAmbient;
    }
    decl.declare = true;
    this.eraseWhole(decl.start, decl.end, prevEnd);
    return decl;
  }

  /** `namespace A.B { ... }`, `module 'x' { ... }`, `global { ... }` */
  private parseTSModule(node: AnyNode): AnyNode {
    const word = this.value as string;
    if (word === 'global') {
      node.kind = 'global';
      node.id = this.parseIdent(true);
    } else {
      node.kind = word;
      this.next();
      node.id = this.type === T.String ? this.parseLiteral() : this.parseTSEntityName();
      if (node.id.type !== 'Literal') this.noteTypeName(node.id.type === 'Identifier' ? node.id : null);
    }
    if (this.type !== T.BraceL && this.inAmbient) {
      this.semicolon();
      return this.finishNode(node, 'TSModuleDeclaration');
    }
    const block = this.startNode();
    this.expect(T.BraceL);
    this.enterScope(SCOPE_FUNCTION);
    block.body = [];
    while (!this.eat(T.BraceR)) {
      let stmt: AnyNode;
      if (this.type === T.Export) {
        stmt = this.parseExport(this.startNode());
      } else if (this.type === T.Import && this.inAmbient && this.peek().type !== T.ParenL) {
        stmt = this.parseImport(this.startNode());
      } else {
        stmt = this.parseStatement('list');
      }
      if (!this.inAmbient && !this.isTypeOnly(stmt)) {
        this.notErasable(stmt.start, 'namespace with values', 'use a module or a const object');
      }
      block.body.push(stmt);
    }
    this.exitScope();
    node.body = this.finishNode(block, 'TSModuleBlock');
    if (this.inAmbient) node.declare = true;
    return this.finishNode(node, 'TSModuleDeclaration');
  }

  parseTSVarAnnotation(decl: AnyNode): void {
    if (this.type === T.Bang && !this.nlBefore) {
      decl.definite = true;
      this.erase(this.start, this.end);
      this.next();
    }
    if (this.type === T.Colon) decl.id.typeAnnotation = this.parseTSTypeAnnotation();
  }

  parseTSCatchAnnotation(param: AnyNode): void {
    if (this.type === T.Colon) param.typeAnnotation = this.parseTSTypeAnnotation();
  }

  // ---- modules ------------------------------------------------------------------------------------

  /** After `import`: `import type ...` (erased) and the rejected `import x = ...`. */
  parseTSImportPrefix(node: AnyNode): boolean {
    const prevEnd = this.statementPrevEnd;
    if (this.type === T.Name && !this.escaped) {
      const next = this.peek();
      if (next.type === T.Eq) {
        if (!this.inAmbient) this.notErasable(node.start, 'import-equals declaration (import x = ...)', 'use import');
        return this.parseTSImportEquals(node, prevEnd);
      }
      if (this.value === 'type' && (next.type === T.BraceL || next.type === T.Star ||
          (next.type === T.Name && !(next.value === 'from' && this.peekIsStringAfterFrom())))) {
        this.next();
        if (this.type === T.Name && this.peek().type === T.Eq) {
          this.notErasable(node.start, 'import-equals declaration (import type x = ...)', 'use import type');
        }
        node.importKind = 'type';
        const oldAmbient = this.inAmbient;
        this.parseImportBody(node);
        this.inAmbient = oldAmbient;
        for (const s of node.specifiers) this.tsTypeNames.add(s.local.name);
        this.eraseWhole(node.start, node.end, prevEnd);
        return true;
      }
    }
    return false;
  }

  /** Ambient `import x = require('m')` / `import x = A.B` (in a declaration file or module). */
  private parseTSImportEquals(node: AnyNode, prevEnd: number): boolean {
    node.importKind = 'value';
    node.id = this.parseIdent(false);
    this.expect(T.Eq);
    if (this.isContextual('require') && this.peek().type === T.ParenL) {
      const ref = this.startNode();
      this.next();
      this.expect(T.ParenL);
      if (this.type !== T.String) this.unexpected();
      ref.expression = this.parseLiteral();
      this.expect(T.ParenR);
      node.moduleReference = this.finishNode(ref, 'TSExternalModuleReference');
    } else {
      node.moduleReference = this.parseTSEntityName();
    }
    this.semicolon();
    this.finishNode(node, 'TSImportEqualsDeclaration');
    this.eraseWhole(node.start, node.end, prevEnd);
    return true;
  }

  /** `import type from 'x'` imports a default named `type`: `from` is followed by a string. */
  private peekIsStringAfterFrom(): boolean {
    const s = this.saveState();
    this.next();
    this.next();
    const isString = this.type === T.String;
    this.restoreState(s);
    return isString;
  }

  /** After `export`: type-only exports and TypeScript declarations; null if plain JS follows. */
  parseTSExportPrefix(node: AnyNode, prevEnd: number): AnyNode | null {
    if (this.type === T.Eq) {
      if (!this.inAmbient) this.notErasable(node.start, 'export assignment (export =)', 'use export default');
      this.next();
      node.expression = this.parseMaybeAssign();
      this.semicolon();
      this.finishNode(node, 'TSExportAssignment');
      this.eraseWhole(node.start, node.end, prevEnd);
      return node;
    }
    if (this.isContextual('as') && this.inAmbient) {
      this.next();
      this.expectContextual('namespace');
      node.id = this.parseIdent(true);
      this.semicolon();
      this.finishNode(node, 'TSNamespaceExportDeclaration');
      this.eraseWhole(node.start, node.end, prevEnd);
      return node;
    }
    if (this.type === T.Import) {
      if (!this.inAmbient) this.notErasable(node.start, 'import-equals declaration (export import x = ...)', 'use import and export');
      this.next();
      this.parseTSImportEquals(node, prevEnd);
      return node;
    }
    if (this.isContextual('as')) this.notErasable(node.start, 'namespace export (export as namespace)', 'not supported');
    if (this.isContextual('type') && !this.escaped) {
      const next = this.peek();
      if (next.type === T.BraceL || next.type === T.Star) {
        this.next();
        node.exportKind = 'type';
        const names = new Set(this.exportedNames);
        const result = this.parseExportBody(node);
        this.exportedNames = names; // type-only exports do not clash with value exports
        this.eraseWhole(node.start, node.end, prevEnd);
        return result;
      }
    }
    if (!this.startsTSExportDeclaration()) return null;
    this.afterExport = true;
    const decl = this.parseStatement('list', true);
    this.afterExport = false;
    node.declaration = decl;
    node.specifiers = [];
    node.source = null;
    node.attributes = [];
    this.finishNode(node, 'ExportNamedDeclaration');
    if (this.isTypeOnly(decl)) {
      node.exportKind = 'type';
      this.eraseWhole(node.start, node.end, prevEnd);
    } else if (decl.id) {
      this.checkExportName(decl.id.name, decl.id.start);
    }
    return node;
  }

  startsTSExportDeclaration(): boolean {
    if (this.type === T.Enum) return true;
    if (this.type === T.Function) return false;
    if (this.type !== T.Name || this.escaped) return false;
    const next = this.peek();
    if (next.nlBefore) return false;
    switch (this.value) {
      case 'interface': case 'type': case 'namespace': return next.type === T.Name;
      case 'module': return next.type === T.Name || next.type === T.String;
      case 'declare': return this.startsAmbientDeclaration(next.type, next.value);
      case 'abstract': return next.type === T.Class;
    }
    return false;
  }

  parseTSExportDefault(exportNode: AnyNode, prevEnd: number): AnyNode | null {
    if (this.isContextual('interface') && this.peek().type === T.Name) {
      const decl = this.parseTSInterface(this.startNode());
      exportNode.exportKind = 'type';
      this.eraseWhole(exportNode.start, decl.end, prevEnd);
      return decl;
    }
    if (this.isContextual('abstract') && this.peek().type === T.Class) {
      const node = this.startNode();
      this.erase(this.start, this.end);
      this.next();
      node.abstract = true;
      return this.parseClass(node, 'nullable');
    }
    return null;
  }

  /** `type X` / `type X as Y` inside import/export braces: erased with its following comma. */
  parseTSInlineTypeSpecifier(isImport: boolean): AnyNode | null {
    if (!this.isContextual('type')) return null;
    const next = this.peek();
    if (next.type === T.Comma || next.type === T.BraceR || (next.type === T.Name && next.value === 'as')) return null;
    const node = this.startNode();
    this.next();
    if (isImport) {
      node.imported = this.parseModuleExportName();
      node.local = this.eatContextual('as') ? this.parseIdent(false) : node.imported;
      if (node.local.type !== 'Identifier') this.unexpected(node.local.start);
      this.checkLValSimple(node.local, BIND_LEXICAL);
      this.tsTypeNames.add(node.local.name);
      node.importKind = 'type';
    } else {
      node.local = this.parseModuleExportName();
      node.exported = this.eatContextual('as') ? this.parseModuleExportName() : node.local;
      node.exportKind = 'type';
    }
    this.finishNode(node, isImport ? 'ImportSpecifier' : 'ExportSpecifier');
    this.erase(node.start, this.type === T.Comma ? this.end : node.end);
    return node;
  }
}
