// Modules: import and export declarations, import.meta and dynamic import().
//
// Imports generate no code: the linker binds module-import cells before evaluation, and reads of
// imported names are LdaModuleVariable with a negative cell index. Exports of local declarations
// compile the declaration (its bindings are module cells). `export default <expression>`
// initialises the `*default*` cell. The module function is resumable (generator-async.ts): its
// first run (at link time, InitializeEnvironment) stores the holes and the hoisted functions and
// suspends; evaluation resumes it. Top-level await makes it an async module.
import type { EsNode } from '../scope/types.ts';
import type { FunctionGenerator } from './generator.ts';
import { isAnonymousDefinition } from './generator-util.ts';

export function visitModuleDeclaration(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
      return;
    case 'ExportNamedDeclaration':
      if (node.declaration) g.visitStatement(node.declaration);
      return;
    case 'ExportDefaultDeclaration': {
      const d = node.declaration;
      if (d.type === 'FunctionDeclaration') return; // hoisted (named or *default*)
      if (d.type === 'ClassDeclaration' && d.id) return g.visitStatement(d);
      b.setStatementPosition(node.start);
      if (d.type === 'ClassDeclaration') g.visitClass(d, 'default');
      else g.visitExpression(d, isAnonymousDefinition(d) ? 'default' : null);
      for (const ref of g.analysis.referenceOf.get(node) ?? []) g.storeReference(ref);
      return;
    }
  }
}

export function emitImportMeta(g: FunctionGenerator): void {
  g.callRuntime('GetImportMeta', []);
}

export function emitDynamicImport(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  g.withTemps(() => {
    const specifier = g.visitToRegister(node.source);
    const options = g.newRegister();
    if (node.options) g.visitExpression(node.options);
    else b.emit('LdaUndefined');
    b.emit('Star', options);
    b.setExpressionPosition(node.start);
    g.callRuntime('DynamicImport', [specifier, options]);
  });
}
