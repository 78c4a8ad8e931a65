// Modules: import and export declarations, import.meta and dynamic import().
//
// Named imports generate no code: the linker binds module-import cells before evaluation, and
// reads of imported names are LdaModuleVariable with a negative cell index; `import * as ns`
// initialises its binding in the prologue (emitNamespaceImports). Exports of local declarations
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

/**
 * `import * as ns from 'm'`: the namespace binding is initialised in the prologue, before the
 * initial suspend (InitializeEnvironment), from GetModuleNamespace(index of 'm' in
 * ModuleInfo.requestedModules); the linker has made the namespace by then.
 */
export function emitNamespaceImports(g: FunctionGenerator): void {
  const module = g.analysis.module;
  if (!module || g.info.kind !== 'module') return;
  const b = g.b;
  for (const node of g.info.node.body as EsNode[]) {
    if (node.type !== 'ImportDeclaration' || node.importKind === 'type') continue;
    for (const spec of node.specifiers as EsNode[]) {
      if (spec.type !== 'ImportNamespaceSpecifier') continue;
      const binding = g.info.scope.bindings.get(spec.local.name);
      if (!binding) continue;
      const index = module.requestedModules.indexOf(String(node.source.value));
      g.withTemps(() => {
        const r = g.newRegister();
        b.emit('LdaSmi', index);
        b.emit('Star', r);
        g.callRuntime('GetModuleNamespace', [r]);
      });
      g.initBindingHere(binding);
    }
  }
}
