// Modules (ES2025 16.2): import and export declarations, import attributes, and the module
// early errors (duplicate exported names, exported local bindings that must exist, string
// export names that must be well-formed Unicode).
import type { AnyNode } from './ast.ts';
import { T } from './tokens.ts';
import { BIND_LEXICAL } from './parser-base.ts';
import { FUNC_NULLABLE_ID, FUNC_STATEMENT } from './functions-classes.ts';
import { StatementParser } from './statements.ts';

export abstract class ModuleParser extends StatementParser {
  parseImport(node: AnyNode): AnyNode {
    this.next();
    if (this.typescript && this.parseTSImportPrefix(node)) return node;
    this.parseImportBody(node);
    return node;
  }

  /** After `import` (and `type`): specifiers, source, attributes. */
  parseImportBody(node: AnyNode): void {
    if (this.type === T.String) {
      node.specifiers = [];
      node.source = this.parseLiteral();
    } else {
      node.specifiers = this.parseImportSpecifiers();
      this.expectContextual('from');
      if (this.type !== T.String) this.unexpected();
      node.source = this.parseLiteral();
    }
    node.attributes = this.parseWithClause();
    this.semicolon();
    this.finishNode(node, 'ImportDeclaration');
  }

  private parseImportSpecifiers(): AnyNode[] {
    const nodes: AnyNode[] = [];
    if (this.type === T.Name) {
      const node = this.startNode();
      node.local = this.parseIdent(false);
      this.checkLValSimple(node.local, BIND_LEXICAL);
      nodes.push(this.finishNode(node, 'ImportDefaultSpecifier'));
      if (!this.eat(T.Comma)) return nodes;
    }
    if (this.type === T.Star) {
      const node = this.startNode();
      this.next();
      this.expectContextual('as');
      node.local = this.parseIdent(false);
      this.checkLValSimple(node.local, BIND_LEXICAL);
      nodes.push(this.finishNode(node, 'ImportNamespaceSpecifier'));
      return nodes;
    }
    return nodes.concat(this.parseBracedList(() => {
      const typeSpecifier = this.typescript ? this.parseTSInlineTypeSpecifier(true) : null;
      if (typeSpecifier) return typeSpecifier;
      const node = this.startNode();
      node.imported = this.parseModuleExportName();
      if (this.eatContextual('as')) {
        node.local = this.parseIdent(false);
      } else {
        if (node.imported.type === 'Literal') this.unexpected(node.imported.start);
        this.checkUnreserved(node.imported.name, node.imported.start, this.input.charCodeAt(node.imported.start) === 92 || this.input.slice(node.imported.start, node.imported.end) !== node.imported.name);
        node.local = node.imported;
      }
      this.checkLValSimple(node.local, BIND_LEXICAL);
      return this.finishNode(node, 'ImportSpecifier');
    }));
  }

  /** `{ item, item, }` (current token `{`) -> the items. */
  private parseBracedList(parseItem: () => AnyNode): AnyNode[] {
    const items: AnyNode[] = [];
    this.expect(T.BraceL);
    let first = true;
    while (!this.eat(T.BraceR)) {
      if (!first) {
        this.expect(T.Comma);
        if (this.eat(T.BraceR)) break;
      } else first = false;
      items.push(parseItem());
    }
    return items;
  }

  /** IdentifierName or a string literal (which must be well-formed Unicode). */
  parseModuleExportName(): AnyNode {
    if (this.type === T.String) {
      const lit = this.parseLiteral();
      if (!isWellFormed(lit.value)) this.raise(lit.start, 'An export name cannot include a lone surrogate');
      return lit;
    }
    return this.parseIdent(true);
  }

  /** `with { key: 'value', ... }` after a module specifier; [] when absent. */
  parseWithClause(): AnyNode[] {
    if (!this.eat(T.With)) return [];
    const seen = new Set<string>();
    return this.parseBracedList(() => {
      const attr = this.startNode();
      attr.key = this.type === T.String ? this.parseLiteral() : this.parseIdent(true);
      const keyName = attr.key.type === 'Identifier' ? attr.key.name : attr.key.value;
      if (seen.has(keyName)) this.raise(attr.key.start, `Duplicate attribute key '${keyName}'`);
      seen.add(keyName);
      this.expect(T.Colon);
      if (this.type !== T.String) this.unexpected();
      attr.value = this.parseLiteral();
      return this.finishNode(attr, 'ImportAttribute');
    });
  }

  parseExport(node: AnyNode): AnyNode {
    const prevEnd = this.statementPrevEnd;
    this.next();
    if (this.typescript) {
      const ts = this.parseTSExportPrefix(node, prevEnd);
      if (ts) return ts;
    }
    if (this.type === T.Star || this.type === T.BraceL) return this.parseExportBody(node);
    if (this.type === T.Default) {
      this.checkExportName('default', this.start);
      this.next();
      node.declaration = this.parseExportDefaultDeclaration(node, prevEnd);
      return this.finishNode(node, 'ExportDefaultDeclaration');
    }
    if (this.startsExportDeclaration()) {
      node.declaration = this.parseStatement('list', true);
      const decl = node.declaration;
      if (decl.type === 'TSDeclareFunction') {
        // An overload signature: erased with its `export`, exported by the implementation.
        node.exportKind = 'type';
        this.erase(node.start, decl.end);
      } else if (decl.type === 'VariableDeclaration') {
        for (const d of decl.declarations) this.checkPatternExport(d.id);
      } else if (decl.id) {
        this.checkExportName(decl.id.name, decl.id.start);
      }
      node.specifiers = [];
      node.source = null;
      node.attributes = [];
      return this.finishNode(node, 'ExportNamedDeclaration');
    }
    return this.unexpected();
  }

  /** `export * [as x] from '...'` or `export { ... } [from '...']` (after `export` [`type`]). */
  parseExportBody(node: AnyNode): AnyNode {
    if (this.eat(T.Star)) {
      if (this.eatContextual('as')) {
        node.exported = this.parseModuleExportName();
        this.checkExport(node.exported);
      } else {
        node.exported = null;
      }
      this.expectContextual('from');
      if (this.type !== T.String) this.unexpected();
      node.source = this.parseLiteral();
      node.attributes = this.parseWithClause();
      this.semicolon();
      return this.finishNode(node, 'ExportAllDeclaration');
    }
    node.declaration = null;
    node.specifiers = this.parseExportSpecifiers();
    if (this.eatContextual('from')) {
      if (this.type !== T.String) this.unexpected();
      node.source = this.parseLiteral();
      node.attributes = this.parseWithClause();
    } else {
      for (const spec of node.specifiers) {
        if (spec.exportKind === 'type') continue;
        const local = spec.local;
        if (local.type === 'Literal') this.raise(local.start, 'A string literal cannot be used as an exported binding without `from`');
        this.checkUnreserved(local.name, local.start, this.input.slice(local.start, local.end) !== local.name);
        this.checkLocalExport(local);
      }
      node.source = null;
      node.attributes = [];
    }
    this.semicolon();
    return this.finishNode(node, 'ExportNamedDeclaration');
  }

  private parseExportDefaultDeclaration(exportNode: AnyNode, prevEnd: number): AnyNode {
    if (this.type === T.Function || this.isAsyncFunction()) {
      const fn = this.startNode();
      const isAsync = this.type !== T.Function;
      if (isAsync) this.next();
      this.next();
      return this.parseFunction(fn, FUNC_STATEMENT | FUNC_NULLABLE_ID, isAsync);
    }
    if (this.type === T.Class) return this.parseClass(this.startNode(), 'nullable');
    if (this.typescript) {
      const ts = this.parseTSExportDefault(exportNode, prevEnd);
      if (ts) return ts;
    }
    const expr = this.parseMaybeAssign();
    this.semicolon();
    return expr;
  }

  private startsExportDeclaration(): boolean {
    switch (this.type) {
      case T.Var: case T.Const: case T.Class: case T.Function: return true;
    }
    if (this.isContextual('let') || this.isAsyncFunction()) return true;
    if (this.usingDeclarationKind(false)) return true;
    return this.typescript && this.startsTSExportDeclaration();
  }

  private parseExportSpecifiers(): AnyNode[] {
    return this.parseBracedList(() => {
      const typeSpecifier = this.typescript ? this.parseTSInlineTypeSpecifier(false) : null;
      if (typeSpecifier) return typeSpecifier;
      const node = this.startNode();
      node.local = this.parseModuleExportName();
      node.exported = this.eatContextual('as') ? this.parseModuleExportName() : node.local;
      this.checkExport(node.exported);
      return this.finishNode(node, 'ExportSpecifier');
    });
  }

  private checkExport(name: AnyNode): void {
    this.checkExportName(name.type === 'Identifier' ? name.name : name.value, name.start);
  }

  checkExportName(name: string, pos: number): void {
    if (this.inAmbient) return; // declarations merge in the type world
    if (this.exportedNames.has(name)) this.raise(pos, `Duplicate export '${name}'`);
    this.exportedNames.add(name);
  }

  private checkPatternExport(pat: AnyNode): void {
    switch (pat.type) {
      case 'Identifier': this.checkExportName(pat.name, pat.start); break;
      case 'ObjectPattern': for (const p of pat.properties) this.checkPatternExport(p.type === 'Property' ? p.value : p); break;
      case 'ArrayPattern': for (const e of pat.elements) if (e) this.checkPatternExport(e); break;
      case 'AssignmentPattern': this.checkPatternExport(pat.left); break;
      case 'RestElement': this.checkPatternExport(pat.argument); break;
    }
  }

  /** `export { x }` without `from`: x must be declared at module top level (now or later). */
  private checkLocalExport(id: AnyNode): void {
    const top = this.scopeStack[0]!;
    if (this.tsTypeNames.has(id.name) || this.inAmbient) return;
    if (!top.lexical.has(id.name) && !top.vars.has(id.name) && !top.functions.has(id.name)) {
      if (!this.undefinedExports.has(id.name)) this.undefinedExports.set(id.name, id.start);
    }
  }

  abstract parseTSImportPrefix(node: AnyNode): boolean;
  abstract parseTSExportPrefix(node: AnyNode, prevEnd: number): AnyNode | null;
  abstract parseTSExportDefault(exportNode: AnyNode, prevEnd: number): AnyNode | null;
  abstract parseTSInlineTypeSpecifier(isImport: boolean): AnyNode | null;
  abstract startsTSExportDeclaration(): boolean;
}

/** No lone surrogates (String.prototype.isWellFormed, written out for older hosts). */
function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return false;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}
