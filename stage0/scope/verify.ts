// Invariant checker for a ScopeAnalysis (the invariants listed in types.ts). Returns the list of
// violations, empty when the analysis is consistent; tests run it on every analysed program.
import { contextHops } from './allocate.ts';
import type { EsNode, FunctionInfo, Scope, ScopeAnalysis } from './types.ts';

export function verifyScopes(analysis: ScopeAnalysis): string[] {
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(msg);

  for (const ref of analysis.references) {
    const res = ref.resolution;
    const at = `${ref.name}@${ref.node.start}`;
    if (res.kind === 'unresolved') fail(`${at}: unresolved`);
    if (res.kind !== 'binding') continue;
    const b = res.binding;
    if (b.scope.bindings.get(b.name) !== b) fail(`${at}: binding ${b.name}#${b.id} is not declared in its scope`);
    if (!isAncestorOrSelf(b.scope, ref.scope)) fail(`${at}: binding scope does not enclose the reference`);
    const loc = b.location.kind;
    if (loc === 'context' || loc === 'script-context' || loc === 'module-cell' || loc === 'module-import') {
      const expected = contextHops(ref.scope, b.scope);
      if (res.hops !== expected) fail(`${at}: hops ${res.hops}, expected ${expected}`);
      if ((loc === 'context' || loc === 'script-context') && !b.scope.needsContext) {
        fail(`${at}: context binding in a scope without context`);
      }
    } else if (res.hops !== 0) {
      fail(`${at}: hops ${res.hops} for a ${loc} binding`);
    }
    if ((loc === 'register' || loc === 'parameter') && ref.scope.func !== b.scope.func) {
      fail(`${at}: register binding used from another closure`);
    }
  }

  for (const b of analysis.bindings) {
    const at = `${b.name}#${b.id}`;
    if (b.location.kind === 'unallocated') fail(`${at}: unallocated`);
    if (b.captured && (b.location.kind === 'register' || b.location.kind === 'parameter')) {
      fail(`${at}: captured but in ${b.location.kind}`);
    }
  }

  for (const scope of analysis.scopes) {
    // Direct eval code can name any binding it can see: those must be reachable by name.
    if (scope.innerHasDirectEval) {
      for (const b of scope.bindings.values()) {
        if (b.location.kind === 'register' || b.location.kind === 'parameter') {
          fail(`${b.name}#${b.id}: visible to direct eval but in a ${b.location.kind}`);
        }
      }
    }
    scope.contextSlots.forEach((b, slot) => {
      const l = b.location;
      if (!((l.kind === 'context' || l.kind === 'script-context') && l.slot === slot && b.scope === scope)) {
        fail(`scope ${scope.id}: slot ${slot} holds ${b.name}#${b.id} at ${l.kind}`);
      }
    });
    if (scope.parent && !scope.parent.children.includes(scope)) fail(`scope ${scope.id}: not a child of its parent`);
  }

  const registersByFunction = new Map<FunctionInfo, Set<number>>();
  for (const b of analysis.bindings) {
    if (b.location.kind !== 'register') continue;
    const func = b.scope.func;
    let used = registersByFunction.get(func);
    if (!used) registersByFunction.set(func, (used = new Set()));
    const i = b.location.index;
    if (i < 0 || i >= func.registerCount || used.has(i)) fail(`function ${func.id}: bad register r${i} for ${b.name}`);
    used.add(i);
  }

  for (const b of analysis.bindings) {
    // captured ⇔ some static reference comes from another closure (an 'init' one too: super()
    // in an arrow binds the constructor's this).
    const fromOther = b.references.some((r) => r.resolution.kind === 'binding' && r.scope.func !== b.scope.func);
    if (fromOther !== b.captured) fail(`${b.name}#${b.id}: captured=${b.captured} but cross-closure uses=${fromOther}`);
  }

  for (const ref of analysis.references) {
    const res = ref.resolution;
    if (res.kind === 'binding' && res.needsTdzCheck && !res.binding.hasTdz) {
      fail(`${ref.name}@${ref.node.start}: TDZ check on a binding without TDZ`);
    }
    if (res.kind === 'dynamic' && !dynamicIsJustified(analysis, ref.scope, ref.name)) {
      fail(`${ref.name}@${ref.node.start}: dynamic without with, sloppy eval or eval code on the path`);
    }
    if (res.kind === 'dynamic' && res.fallback && res.fallback.location.kind === 'register') {
      fail(`${ref.name}@${ref.node.start}: dynamic lookup may reach ${res.fallback.name}#${res.fallback.id}, which is in a register`);
    }
  }
  return errors;
}

/** A dynamic resolution needs a with scope or sloppy-eval var scope on the path, or eval code. */
function dynamicIsJustified(analysis: ScopeAnalysis, from: Scope, name: string): boolean {
  if (analysis.topScope.kind === 'eval') return true;
  if (name.startsWith('#')) return false;
  for (let s: Scope | null = from; s; s = s.parent) if (s.kind === 'with' || s.sloppyEvalVarTarget) return true;
  return false;
}

function isAncestorOrSelf(ancestor: { parent: any }, scope: { parent: any }): boolean {
  for (let s: any = scope; s; s = s.parent) if (s === ancestor) return true;
  return false;
}

/**
 * Every Identifier in reference position must have a Reference. Walks the AST generically and
 * reports identifiers that are neither referenced nor in a known non-reference position.
 */
export function findUnreferencedIdentifiers(analysis: ScopeAnalysis): EsNode[] {
  const missing: EsNode[] = [];
  const skip = new Set<EsNode>();
  const walk = (node: EsNode, parent: EsNode | null, field: string): void => {
    if (node.type.startsWith('TS')) return;
    if (node.type === 'Identifier' && !analysis.referenceOf.has(node) && !skip.has(node)) {
      if (isReferencePosition(node, parent, field)) missing.push(node);
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'range' || key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters') continue;
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') walk(c, node, key);
      } else if (v && typeof v === 'object' && typeof v.type === 'string') {
        walk(v, node, key);
      }
    }
  };
  walk(analysis.program, null, '');
  return missing;
}

/** Identifier positions that are not references: names of properties, labels, declarations. */
function isReferencePosition(node: EsNode, parent: EsNode | null, field: string): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return field !== 'property' || parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return field !== 'key' || parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'MetaProperty':
      return false;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
    case 'ExportAllDeclaration':
    case 'ImportAttribute':
      return false;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ClassDeclaration':
    case 'ClassExpression':
      return field !== 'id';
    case 'VariableDeclarator':
      // `var x;` declares without referencing; names with an initialiser are references.
      return field !== 'id' || parent.init !== null;
    default:
      return true;
  }
}
