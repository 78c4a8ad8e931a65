// The `gc-safety` rule of `ouro check-kernel` (docs/kernel-ts.md §9): a local holding a heap
// reference must not be used after a call that may collect (and so move objects) unless it was
// re-read in between (from a handle, a root or the heap).
//
// Three whole-program facts, computed over the call graph of every checked file:
//  - may-GC: the collection entry points (GC_ROOTS) and, transitively, every function that can
//    reach one. Host functions (runtime/host/host.ts) never call back into the kernel.
//  - ref-returning functions: seeds (REF_RETURN_SEEDS: allocation, tagged field / root / handle
//    reads) and every function with a `return` of a reference expression.
//  - reference parameters: seeds (REF_PARAM_SEEDS: the object and the stored value of tagged
//    stores and reads) and every parameter a function uses as a reference (passes to a reference
//    parameter, or dereferences as a tagged pointer: `H32[(p - 1 + off) >> 2]`).
// A local (parameter, `let`, `const`) holds a reference when one of its definitions is a reference
// expression (a ref-returning call, `x | 1` / `x + k` of a reference, a map-word load, a read of a
// field in a layout's tagged range) or when it is used as one (passed to a reference parameter,
// dereferenced, returned by a ref-returning function), unless every definition is an immovable
// value (a Smi, a literal, a raw field, a read-only root such as undefined or an empty array).
// Module variables are tracked the same way (a call that may assign one leaves it fresh).
//
// Then a flow analysis per function follows JavaScript's evaluation order through if/else, loops
// (to a fixed point), switch, break/continue and return: after a call to a may-GC function every
// reference local is *stale* until it is assigned again; reading a stale local is reported. So is
// a reference read into an argument (or a heap store's address) before a later argument (or the
// stored value) calls a may-GC function: the callee receives the old address.
//
// Accepted without a report, since the bits of a moved pointer still answer them: comparing a
// stale local with `===` / `!==` against an immovable value (undefined, the hole, a Smi...), and
// its tag (`x & 1`, isSmi(x), isHeapRef(x)).
//
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

/** The keys under which statements and expressions hold their children (types excluded). */
const CHILD_KEYS: readonly string[] = [
  'body', 'declarations', 'init', 'test', 'update', 'consequent', 'alternate', 'expression', 'expressions',
  'left', 'right', 'argument', 'arguments', 'callee', 'object', 'property', 'cases', 'discriminant',
  'block', 'handler', 'finalizer', 'elements', 'properties', 'value', 'key', 'id', 'params', 'quasi', 'quasis', 'tag',
];

/** Collection entry points; everything that reaches them may move objects. */
export const GC_ROOTS: ReadonlySet<string> = new Set(['collectYoung', 'collectFull', 'gcSafepoint']);
/**
 * Opens a no-GC scope (runtime/alloc.ts): the allocator never collects inside it (it takes old
 * space instead, and a collection there is a fatal error). A function that calls it is a *no-GC
 * boundary*: it does not become may-GC through its callees, and its own body is not flow-checked.
 * It must call noGcEnter() first and noGcExit() before every return (checked at run time).
 */
export const NO_GC_ENTER = 'noGcEnter';
/** Functions whose result is a (movable) heap reference or the address of a new object. */
const REF_RETURN_SEEDS: ReadonlySet<string> = new Set([
  'allocate', 'allocateOld', 'youngAllocateRaw', 'oldAllocateRaw', 'largeAllocateRaw',
  'fieldGet', 'fixedArrayGet', 'rootGet', 'handleGet',
]);
/** Parameters (by index) that hold tagged references: the objects read or written, the values stored. */
const REF_PARAM_SEEDS: Readonly<Record<string, readonly number[]>> = {
  fieldGet: [0], fieldSet: [0, 2], rawGet: [0], rawSet: [0], fixedArrayGet: [0], fixedArraySet: [0, 2],
  handleNew: [0], handleSet: [1], rootSet: [1],
};
/** Functions that only look at a value's tag bit: a moved pointer gives the same answer. */
const TAG_ONLY: ReadonlySet<string> = new Set(['isSmi', 'isHeapRef', 'smiValue']);
/** Functions whose result never moves (a Smi). Read-only roots are found in bootstrap code. */
const IMMOVABLE_SEEDS: ReadonlySet<string> = new Set(['smiFrom']);
/** The function that makes read-only objects; roots set in functions calling it are immovable. */
const RO_ALLOCATOR = 'roAllocateRaw';

export interface GcReport {
  path: string;
  node: N;
  fn: string;
  message: string;
}

interface Fn {
  key: string;
  name: string;
  path: string;
  node: N;
  params: string[];
  never: boolean;
  /** Resolved callees of the calls in the body (keys), in source order. */
  calls: Set<string>;
}

function strip(e: N): N {
  let x = e;
  while (x && (x.type === 'ParenthesizedExpression' || x.type === 'TSAsExpression' || x.type === 'TSNonNullExpression')) x = x.expression;
  return x;
}

/** The terms of a chain of `+`/`-` with their signs: `a - 1 + b` is [a +1, 1 -1, b +1]. */
function signedTerms(e: N): { e: N; sign: number }[] {
  const terms: { e: N; sign: number }[] = [];
  const flatten = (y0: N, sign: number): void => {
    const y = strip(y0);
    if (y?.type === 'BinaryExpression' && (y.operator === '+' || y.operator === '-')) {
      flatten(y.left, sign);
      flatten(y.right, y.operator === '-' ? -sign : sign);
    } else terms.push({ e: y, sign });
  };
  flatten(e, 1);
  return terms;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}
function joinPath(dir: string, rel: string): string {
  const parts = (dir === '' ? [] : dir.split('/'));
  for (const seg of rel.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return (dir.startsWith('/') && !parts.join('/').startsWith('/') ? '/' : '') + parts.join('/');
}

/** Calls `visit` with the name of every identifier read in expression `e` (not property names). */
function identifiersIn(e: N, visit: (name: string) => void): void {
  if (!e || typeof e !== 'object') return;
  switch (e.type) {
    case 'Identifier':
      visit(e.name);
      return;
    case 'MemberExpression':
      identifiersIn(e.object, visit);
      if (e.computed) identifiersIn(e.property, visit);
      return;
    case 'CallExpression':
      for (const a of e.arguments) identifiersIn(a, visit);
      return;
    case 'BinaryExpression':
    case 'LogicalExpression':
      identifiersIn(e.left, visit);
      identifiersIn(e.right, visit);
      return;
    case 'ConditionalExpression':
      identifiersIn(e.test, visit);
      identifiersIn(e.consequent, visit);
      identifiersIn(e.alternate, visit);
      return;
    case 'UnaryExpression':
      identifiersIn(e.argument, visit);
      return;
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      identifiersIn(e.expression, visit);
      return;
    default:
      return;
  }
}

/** `f(a, …)`: a call shortened for messages. */
function callText(call: N): string {
  const c = strip(call.callee);
  const args = call.arguments.map((a: N) => {
    const x = strip(a);
    if (x?.type === 'Identifier') return x.name;
    if (x?.type === 'Literal') return String(x.raw ?? x.value);
    if (x?.type === 'MemberExpression' && !x.computed && x.object.type === 'Identifier') return `${x.object.name}.${x.property.name}`;
    return '…';
  });
  return `${c?.type === 'Identifier' ? c.name : '…'}(${args.join(', ')})`;
}

/** Visits every node below `node` (not into nested functions, which other rules reject). */
function walk(node: N, visit: (n: N, parent: N) => void, parent: N = null): void {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const k of CHILD_KEYS) {
    const v = node[k];
    if (Array.isArray(v)) { for (const c of v) if (c && typeof c.type === 'string') walk(c, visit, node); }
    else if (v && typeof v.type === 'string') walk(v, visit, node);
  }
}

function isHostPath(p: string): boolean {
  return /(^|\/)host\/host\.ts$/.test(p);
}

export interface GcAnalysis {
  reports: GcReport[];
  /** Names (`file#function`) of the functions that may collect. */
  mayGc: Set<string>;
  /** Per function (`file#function`), its locals that hold heap references. */
  refs: Map<string, Set<string>>;
  /** Module variables (`file#name`) that hold heap references. */
  globals: Set<string>;
}

export function checkGcSafety(programs: { path: string; program: N }[]): GcReport[] {
  return analyseGc(programs).reports;
}

export function analyseGc(programs: { path: string; program: N }[]): GcAnalysis {
  // ---- functions and name resolution -------------------------------------------------------
  const fns = new Map<string, Fn>();
  const byName = new Map<string, string[]>();
  const localNames = new Map<string, Map<string, string>>(); // path -> local name -> fn key
  const hostNever = new Set<string>();
  for (const { path, program } of programs) {
    const locals = new Map<string, string>();
    localNames.set(path, locals);
    for (let stmt of program.body) {
      if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) stmt = stmt.declaration;
      if (stmt.type !== 'FunctionDeclaration' || !stmt.id) continue;
      if (isHostPath(path)) {
        if (stmt.returnType?.typeAnnotation?.type === 'TSNeverKeyword') hostNever.add(stmt.id.name);
        continue;
      }
      const key = `${path}#${stmt.id.name}`;
      fns.set(key, {
        key, name: stmt.id.name, path, node: stmt,
        params: stmt.params.map((p: N) => (p.type === 'Identifier' ? p.name : '')),
        never: stmt.returnType?.typeAnnotation?.type === 'TSNeverKeyword',
        calls: new Set(),
      });
      locals.set(stmt.id.name, key);
      const same = byName.get(stmt.id.name);
      if (same) same.push(key);
      else byName.set(stmt.id.name, [key]);
    }
  }
  for (const { path, program } of programs) {
    const locals = localNames.get(path)!;
    for (const stmt of program.body) {
      if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type') continue;
      const target = joinPath(dirname(path), stmt.source.value);
      for (const s of stmt.specifiers) {
        if (s.type !== 'ImportSpecifier' || locals.has(s.local.name)) continue;
        const imported = s.imported?.name ?? s.local.name;
        const key = `${target}#${imported}`;
        if (fns.has(key)) locals.set(s.local.name, key);
        else if (!isHostPath(target)) {
          const candidates = byName.get(imported) ?? [];
          if (candidates.length === 1) locals.set(s.local.name, candidates[0]!);
        }
      }
    }
  }
  // module variables (`let` at module level), by the names each file sees them under
  const globalNames = new Map<string, Map<string, string>>(); // path -> visible name -> `path#name`
  for (const { path, program } of programs) {
    const m = new Map<string, string>();
    globalNames.set(path, m);
    for (let stmt of program.body) {
      if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) stmt = stmt.declaration;
      if (stmt.type !== 'VariableDeclaration' || stmt.kind !== 'let') continue;
      for (const d of stmt.declarations) if (d.id.type === 'Identifier') m.set(d.id.name, `${path}#${d.id.name}`);
    }
  }
  for (const { path, program } of programs) {
    const m = globalNames.get(path)!;
    for (const stmt of program.body) {
      if (stmt.type !== 'ImportDeclaration' || stmt.importKind === 'type') continue;
      const target = globalNames.get(joinPath(dirname(path), stmt.source.value));
      if (!target) continue;
      for (const sp of stmt.specifiers) {
        const g = sp.type === 'ImportSpecifier' ? target.get(sp.imported?.name ?? sp.local.name) : undefined;
        if (g !== undefined && g.startsWith(joinPath(dirname(path), stmt.source.value) + '#')) m.set(sp.local.name, g);
      }
    }
  }
  // constant records with the GC's tagged range (`taggedStart`, `taggedEnd`): which fields hold
  // tagged values (the map word and [taggedStart, taggedEnd)) and which raw integers
  const recordInits = new Map<string, N>();
  for (const { program } of programs) {
    for (let stmt of program.body) {
      if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) stmt = stmt.declaration;
      if (stmt.type !== 'VariableDeclaration') continue;
      for (const d of stmt.declarations) {
        const init = strip(d.init);
        if (d.id.type === 'Identifier' && init?.type === 'ObjectExpression') recordInits.set(d.id.name, init);
      }
    }
  }
  const recordValue = (record: string, field: string, depth = 0): number | null => {
    const init = recordInits.get(record);
    if (!init || depth > 8) return null;
    for (const p of init.properties) {
      if (p.type !== 'Property' || p.computed || (p.key.name ?? p.key.value) !== field) continue;
      return constValue(p.value, depth + 1);
    }
    return null;
  };
  const constValue = (e: N, depth: number): number | null => {
    const x = strip(e);
    if (x?.type === 'Literal' && typeof x.value === 'number') return x.value;
    if (x?.type === 'MemberExpression' && !x.computed && x.object.type === 'Identifier') return recordValue(x.object.name, x.property.name, depth);
    if (x?.type === 'BinaryExpression' && (x.operator === '+' || x.operator === '-')) {
      const a = constValue(x.left, depth);
      const b = constValue(x.right, depth);
      return a === null || b === null ? null : x.operator === '+' ? a + b : a - b;
    }
    return null;
  };
  /** true: `L.f` is a tagged field of layout L; false: a raw one; null: not known. */
  const fieldIsTagged = (e: N): boolean | null => {
    const x = strip(e);
    if (x?.type !== 'MemberExpression' || x.computed || x.object.type !== 'Identifier') return null;
    const start = recordValue(x.object.name, 'taggedStart');
    const end = recordValue(x.object.name, 'taggedEnd');
    const off = recordValue(x.object.name, x.property.name);
    if (start === null || end === null || off === null) return null;
    return off === 0 || (off >= start && off < end);
  };
  const resolve = (path: string, name: string): Fn | undefined => {
    const key = localNames.get(path)?.get(name);
    return key === undefined ? undefined : fns.get(key);
  };
  const callees = new Map<N, Fn | null>();
  const calleeOf = (path: string, call: N): Fn | undefined => {
    const known = callees.get(call);
    if (known !== undefined) return known ?? undefined;
    const c = strip(call.callee);
    const g = c?.type === 'Identifier' ? resolve(path, c.name) : undefined;
    callees.set(call, g ?? null);
    return g;
  };

  const INTERESTING = new Set(['VariableDeclarator', 'AssignmentExpression', 'UpdateExpression', 'CallExpression', 'MemberExpression', 'ReturnStatement']);
  // the nodes of each function body, listed once
  const nodesOf = new Map<string, N[]>();
  // (only the kinds of node the analyses below look at: calls, definitions, heap accesses, returns)
  const bodyNodes = (f: Fn): N[] => {
    let list = nodesOf.get(f.key);
    if (!list) {
      list = [];
      const stack: N[] = [f.node.body];
      while (stack.length > 0) {
        const n = stack.pop();
        if (Array.isArray(n)) {
          for (let i = n.length - 1; i >= 0; i--) if (n[i] && typeof n[i] === 'object') stack.push(n[i]);
          continue;
        }
        if (typeof n.type !== 'string') continue;
        if (INTERESTING.has(n.type)) list.push(n);
        for (const k of CHILD_KEYS) {
          const v = n[k];
          if (v && typeof v === 'object') stack.push(v);
        }
      }
      nodesOf.set(f.key, list);
    }
    return list;
  };

  // ---- may-GC over the call graph -----------------------------------------------------------
  const callers = new Map<string, string[]>();
  for (const f of fns.values()) {
    for (const n of bodyNodes(f)) {
      if (n.type !== 'CallExpression') continue;
      const g = calleeOf(f.path, n);
      if (g) f.calls.add(g.key);
    }
    for (const g of f.calls) {
      const list = callers.get(g);
      if (list) list.push(f.key);
      else callers.set(g, [f.key]);
    }
  }
  const noGcBoundary = new Set<string>();
  for (const f of fns.values()) for (const k of f.calls) if (fns.get(k)?.name === NO_GC_ENTER) noGcBoundary.add(f.key);
  const mayGc = new Set<string>();
  const work: string[] = [];
  for (const f of fns.values()) if (GC_ROOTS.has(f.name)) { mayGc.add(f.key); work.push(f.key); }
  while (work.length > 0) {
    const k = work.pop()!;
    for (const c of callers.get(k) ?? []) if (!mayGc.has(c) && !noGcBoundary.has(c)) { mayGc.add(c); work.push(c); }
  }

  // ---- read-only roots: immovable ------------------------------------------------------------
  const roRoots = new Set<string>();
  const rootArg = (e: N): string | null => {
    const x = strip(e);
    return x?.type === 'MemberExpression' && !x.computed && x.object.type === 'Identifier' && x.object.name === 'RootIndex' ? x.property.name : null;
  };
  const roSetterParams = new Map<string, number>(); // fn key -> index of the root-index parameter
  const roAllocators = new Set((byName.get(RO_ALLOCATOR) ?? []));
  for (const f of fns.values()) {
    if (![...f.calls].some((k) => roAllocators.has(k))) continue;
    for (const n of bodyNodes(f)) {
      if (n.type !== 'CallExpression' || calleeOf(f.path, n)?.name !== 'rootSet') continue;
      const r = rootArg(n.arguments[0]);
      if (r) roRoots.add(r);
      const a = strip(n.arguments[0]);
      if (a?.type === 'Identifier' && f.params.includes(a.name)) roSetterParams.set(f.key, f.params.indexOf(a.name));
    }
  }
  for (const f of fns.values()) {
    if (roSetterParams.size === 0) break;
    for (const n of bodyNodes(f)) {
      if (n.type !== 'CallExpression') continue;
      const g = calleeOf(f.path, n);
      const i = g ? roSetterParams.get(g.key) : undefined;
      if (i === undefined) continue;
      const r = rootArg(n.arguments[i]);
      if (r) roRoots.add(r);
    }
  }

  // ---- references: which functions return them, which parameters hold them ----------------------
  const retRef = new Set<string>();
  const refParams = new Map<string, Set<number>>();
  const immovableRet = new Set<string>();
  for (const f of fns.values()) {
    if (REF_RETURN_SEEDS.has(f.name)) retRef.add(f.key);
    if (IMMOVABLE_SEEDS.has(f.name)) immovableRet.add(f.key);
    const seeds = Object.prototype.hasOwnProperty.call(REF_PARAM_SEEDS, f.name) ? REF_PARAM_SEEDS[f.name] : undefined;
    if (seeds) refParams.set(f.key, new Set(seeds));
  }
  const isRefParam = (g: Fn, i: number): boolean => refParams.get(g.key)?.has(i) ?? false;

  /** Per-function local facts, recomputed until the whole-program facts are stable. */
  interface Locals {
    refs: Set<string>;
    immovable: Set<string>;
    declared: Set<string>;
    /** Assignments to module variables: [variable, value]. */
    gDefs: [string, N][];
    /** Module variables used as references. */
    gUsedAsRef: string[];
  }
  const localsOf = new Map<string, Locals>();
  let progress = true;

  const interestingOf = new Map<string, N[]>();

  const analyseLocals = (f: Fn): Locals => {
    let nodes = interestingOf.get(f.key);
    if (!nodes) {
      nodes = bodyNodes(f);
      interestingOf.set(f.key, nodes);
    }
    const defs = new Map<string, N[]>();
    const params = new Set(f.params.filter((p) => p !== ''));
    const usedAsRef = new Set<string>();
    const declared = new Set(params);
    for (const n of nodes) if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') declared.add(n.id.name);
    const visible = globalNames.get(f.path);
    const gDefs: [string, N][] = [];
    const addDef = (name: string, e: N): void => {
      if (!declared.has(name)) {
        const g = visible?.get(name);
        if (g !== undefined) gDefs.push([g, e]);
        return;
      }
      const list = defs.get(name);
      if (list) list.push(e);
      else defs.set(name, [e]);
    };
    const returns: N[] = [];
    for (const n of nodes) {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') addDef(n.id.name, n.init ?? null);
      else if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier') {
        addDef(n.left.name, n.operator === '=' ? n.right : { type: 'BinaryExpression', operator: n.operator.slice(0, -1), left: n.left, right: n.right });
      } else if (n.type === 'UpdateExpression' && n.argument.type === 'Identifier') {
        addDef(n.argument.name, { type: 'BinaryExpression', operator: '+', left: n.argument, right: { type: 'Literal', value: 1 } });
      } else if (n.type === 'CallExpression') {
        const g = calleeOf(f.path, n);
        if (g) n.arguments.forEach((a: N, i: number) => {
          const x = strip(a);
          if (x?.type === 'Identifier' && isRefParam(g, i)) usedAsRef.add(x.name);
        });
      } else if (n.type === 'MemberExpression' && n.computed && n.object.type === 'Identifier' && /^H(8|16|32|F64)$/.test(n.object.name)) {
        const base = taggedBase(n.property);
        if (base) usedAsRef.add(base);
      } else if (n.type === 'ReturnStatement' && n.argument) returns.push(n.argument);
    }
    const refs = new Set<string>();
    const immovable = new Set<string>();
    // dependents: the locals whose definitions read a local
    const dependents = new Map<string, Set<string>>();
    for (const [name, ds] of defs) {
      for (const d of ds) {
        if (d === null) continue;
        identifiersIn(d, (id) => {
          if (id === name || !defs.has(id)) return;
          const set = dependents.get(id);
          if (set) set.add(name);
          else dependents.set(id, new Set([name]));
        });
      }
    }
    // immovable locals: every definition immovable (greatest fixed point from "all candidates")
    for (const name of defs.keys()) if (!params.has(name)) immovable.add(name);
    const work = new Set(immovable);
    while (work.size > 0) {
      const name = work.values().next().value as string;
      work.delete(name);
      if (!immovable.has(name)) continue;
      if (!defs.get(name)!.every((d) => d !== null && isImmovable(f, d, immovable))) {
        immovable.delete(name);
        for (const x of dependents.get(name) ?? []) if (immovable.has(x)) work.add(x);
      }
    }
    f.params.forEach((p, i) => { if (p !== '' && isRefParam(f, i)) refs.add(p); });
    // a local returned by a function that returns references is one
    if (retRef.has(f.key)) for (const r of returns) { const x = strip(r); if (x?.type === 'Identifier') usedAsRef.add(x.name); }
    for (const name of usedAsRef) if (!immovable.has(name) && (params.has(name) || defs.has(name))) refs.add(name);
    // references: some definition a reference (least fixed point)
    const work2 = new Set(defs.keys());
    while (work2.size > 0) {
      const name = work2.values().next().value as string;
      work2.delete(name);
      if (refs.has(name) || immovable.has(name)) continue;
      if (defs.get(name)!.some((d) => d !== null && isRefExpr(f, d, refs))) {
        refs.add(name);
        for (const x of dependents.get(name) ?? []) if (!refs.has(x)) work2.add(x);
      }
    }
    // whole-program facts
    f.params.forEach((p, i) => {
      if (p !== '' && refs.has(p) && !isRefParam(f, i)) {
        let s = refParams.get(f.key);
        if (!s) refParams.set(f.key, (s = new Set()));
        s.add(i);
        progress = true;
      }
    });
    if (!retRef.has(f.key) && returns.some((r) => isRefExpr(f, r, refs))) { retRef.add(f.key); progress = true; }
    if (!immovableRet.has(f.key) && returns.length > 0 && returns.every((r) => isImmovable(f, r, immovable))) { immovableRet.add(f.key); progress = true; }
    const gUsedAsRef: string[] = [];
    for (const name of usedAsRef) {
      const g = declared.has(name) ? undefined : visible?.get(name);
      if (g !== undefined) gUsedAsRef.push(g);
    }
    return { refs, immovable, declared, gDefs, gUsedAsRef };
  };

  /** `p` when `index` (of a heap view) is `(p - 1 + ...) >> k`: a tagged pointer dereferenced. */
  function taggedBase(index: N): string | null {
    let x = strip(index);
    if (x?.type === 'BinaryExpression' && (x.operator === '>>' || x.operator === '|')) x = strip(x.left);
    const terms = signedTerms(x);
    const minusOne = terms.some((t) => t.sign < 0 && t.e?.type === 'Literal' && t.e.value === 1);
    const first = terms[0];
    if (!minusOne || !first || first.sign < 0 || first.e?.type !== 'Identifier') return null;
    return first.e.name;
  }

  function isRefExpr(f: Fn, e: N, refs: Set<string>): boolean {
    const x = strip(e);
    if (!x) return false;
    switch (x.type) {
      case 'Identifier':
        return refs.has(x.name);
      case 'CallExpression': {
        const g = calleeOf(f.path, x);
        if (g !== undefined && g.name === 'fieldGet' && fieldIsTagged(x.arguments[1]) === false) return false;
        return g !== undefined && retRef.has(g.key) && !(g.name === 'rootGet' && roRoots.has(rootArg(x.arguments[0]) ?? ''));
      }
      case 'BinaryExpression':
        // an interior or tagged pointer: a reference plus / minus / or a constant, a reference local
        // plus an offset, or an untagged field address `(v - 1 + Layout.field)` of any tagged v
        if (isUntaggedFieldAddress(x)) return true;
        if (x.operator === '|' || x.operator === '+') {
          const l = strip(x.left);
          return (isRefExpr(f, l, refs) && (isConstant(x.right) || (l.type === 'Identifier' && !isRefExpr(f, x.right, refs)))) ||
            (isRefExpr(f, x.right, refs) && isConstant(l));
        }
        if (x.operator === '-') return isRefExpr(f, x.left, refs) && isConstant(x.right);
        return false;
      case 'ConditionalExpression':
        return isRefExpr(f, x.consequent, refs) || isRefExpr(f, x.alternate, refs);
      case 'MemberExpression': {
        // the map word of a tagged pointer: H32[(obj - 1) >> 2]; a tagged field: H32[(v - 1 + L.f) >> 2]
        if (!x.computed || x.object.type !== 'Identifier' || x.object.name !== 'H32') return false;
        if (taggedFieldRead(x.property)) return true;
        let ix = strip(x.property);
        if (ix?.type === 'BinaryExpression' && ix.operator === '>>') ix = strip(ix.left);
        return ix?.type === 'BinaryExpression' && ix.operator === '-' && strip(ix.right)?.type === 'Literal' && strip(ix.right).value === 1 && isRefExpr(f, ix.left, refs);
      }
      default:
        return false;
    }
  }

  /** `(v - 1 + L.f) >> 2` with f a tagged field of layout L. */
  function taggedFieldRead(index: N): boolean {
    let x = strip(index);
    if (x?.type !== 'BinaryExpression' || x.operator !== '>>') return false;
    x = strip(x.left);
    const terms = signedTerms(x);
    if (terms.length !== 3) return false;
    const minusOne = terms.some((t) => t.sign < 0 && t.e?.type === 'Literal' && t.e.value === 1);
    const tagged = terms.some((t) => t.sign > 0 && fieldIsTagged(t.e) === true);
    return minusOne && tagged && terms[0]!.sign > 0 && !isConstant(terms[0]!.e);
  }

  /** `(v - 1 + Layout.field)` (any additive order, maybe `| 0`): the address of a field of tagged v. */
  const untaggedMemo = new Map<N, boolean>();
  function isUntaggedFieldAddress(e: N): boolean {
    let r = untaggedMemo.get(e);
    if (r === undefined) untaggedMemo.set(e, (r = computeUntaggedFieldAddress(e)));
    return r;
  }
  function computeUntaggedFieldAddress(e: N): boolean {
    let x = strip(e);
    if (x?.type === 'BinaryExpression' && x.operator === '|') x = strip(x.left);
    const terms = signedTerms(x);
    if (terms.length < 3) return false;
    const minusOne = terms.some((t) => t.sign < 0 && t.e?.type === 'Literal' && t.e.value === 1);
    const field = terms.some((t) => t.sign > 0 && t.e?.type === 'MemberExpression' && !t.e.computed && /Layout$/.test(t.e.object?.name ?? ''));
    const first = terms[0]!;
    return minusOne && field && first.sign > 0 && !isConstant(first.e);
  }

  /** A literal, a module constant or a record field, or a sum of them. */
  function isConstant(e: N): boolean {
    const x = strip(e);
    if (!x) return false;
    if (x.type === 'Literal') return typeof x.value === 'number';
    if (x.type === 'MemberExpression') return !x.computed && x.object.type === 'Identifier' && !/^H(8|16|32|F64)$/.test(x.object.name);
    if (x.type === 'Identifier') return /^[A-Z][A-Z0-9_]*$/.test(x.name);
    if (x.type === 'UnaryExpression') return isConstant(x.argument);
    if (x.type === 'BinaryExpression') return isConstant(x.left) && isConstant(x.right);
    return false;
  }

  function isImmovable(f: Fn, e: N, immovable: Set<string>): boolean {
    const x = strip(e);
    if (!x) return false;
    switch (x.type) {
      case 'Literal':
        return typeof x.value === 'number' || typeof x.value === 'boolean';
      case 'UnaryExpression':
        return x.operator !== '-' || isImmovable(f, x.argument, immovable);
      case 'Identifier':
        return immovable.has(x.name);
      case 'MemberExpression':
        // record fields and table elements are constants; heap reads are not
        return !(x.object.type === 'Identifier' && /^H(8|16|32|F64)$/.test(x.object.name)) && !x.computed;
      case 'CallExpression': {
        const g = calleeOf(f.path, x);
        if (g === undefined) return strip(x.callee)?.type === 'MemberExpression'; // Math.*
        if (g.name === 'rootGet') return roRoots.has(rootArg(x.arguments[0]) ?? '');
        if (g.name === 'fieldGet' && fieldIsTagged(x.arguments[1]) === false) return true; // a raw integer field
        return immovableRet.has(g.key);
      }
      case 'BinaryExpression':
        if (x.operator === '<<') return true; // Smi tagging and bit masks
        if (/^(===|!==|<|<=|>|>=)$/.test(x.operator)) return true;
        return isImmovable(f, x.left, immovable) && isImmovable(f, x.right, immovable);
      case 'ConditionalExpression':
        return isImmovable(f, x.consequent, immovable) && isImmovable(f, x.alternate, immovable);
      case 'LogicalExpression':
        return true;
      default:
        return false;
    }
  }

  // a worklist: a function is analysed again when a fact about one of its callees changed
  const queue = new Set(fns.keys());
  while (queue.size > 0) {
    const k = queue.values().next().value as string;
    queue.delete(k);
    progress = false;
    localsOf.set(k, analyseLocals(fns.get(k)!));
    if (progress) for (const c of callers.get(k) ?? []) queue.add(c);
  }

  // ---- module variables holding references ------------------------------------------------------
  // A module variable is a reference when it is assigned one or used as one (and not only ever
  // assigned immovable values). The GC does not update module variables, so they are stale after
  // a may-GC call like locals, unless the callee (or its callees) may assign them: then the value
  // is the callee's, fresh.
  const gAllImmovable = new Map<string, boolean>();
  const gRefs = new Set<string>();
  const directAssigns = new Map<string, Set<string>>();
  for (const [k, l] of localsOf) {
    const f = fns.get(k)!;
    for (const [g, e] of l.gDefs) {
      const imm = e !== null && isImmovable(f, e, l.immovable);
      gAllImmovable.set(g, (gAllImmovable.get(g) ?? true) && imm);
      if (e !== null && isRefExpr(f, e, l.refs)) gRefs.add(g);
      let a = directAssigns.get(k);
      if (!a) directAssigns.set(k, (a = new Set()));
      a.add(g);
    }
  }
  for (const l of localsOf.values()) for (const g of l.gUsedAsRef) if (gAllImmovable.get(g) !== true) gRefs.add(g);
  // may-assign, transitively over callees, for the reference variables only
  const mayAssign = new Map<string, Set<string>>();
  if (gRefs.size > 0) {
    for (const f of fns.values()) mayAssign.set(f.key, new Set([...(directAssigns.get(f.key) ?? [])].filter((g) => gRefs.has(g))));
    const work2 = [...fns.keys()].filter((k) => mayAssign.get(k)!.size > 0);
    while (work2.length > 0) {
      const k = work2.pop()!;
      for (const c of callers.get(k) ?? []) {
        const into = mayAssign.get(c)!;
        let grew = false;
        for (const g of mayAssign.get(k)!) if (!into.has(g)) { into.add(g); grew = true; }
        if (grew) work2.push(c);
      }
    }
  }

  // ---- the flow analysis ----------------------------------------------------------------------
  const reports: GcReport[] = [];
  for (const f of fns.values()) {
    if (noGcBoundary.has(f.key)) continue;
    let callsGc = false;
    for (const k of f.calls) if (mayGc.has(k)) { callsGc = true; break; }
    if (!callsGc) continue;
    const locals = localsOf.get(f.key)!;
    // the reference module variables this function sees (not shadowed by its locals)
    const globals = new Map<string, string>(); // key -> visible name
    for (const [name, g] of globalNames.get(f.path) ?? []) if (gRefs.has(g) && !locals.declared.has(name)) globals.set(g, name);
    const tracked = new Set([...locals.refs, ...globals.values()]);
    new FlowChecker(f, tracked, locals.immovable, {
      refreshed: (g) => [...(mayAssign.get(g.key) ?? [])].filter((k) => globals.has(k)).map((k) => globals.get(k)!),
      calleeOf: (call) => calleeOf(f.path, call),
      mayGc: (g) => mayGc.has(g.key),
      isImmovable: (e) => isImmovable(f, e, locals.immovable),
      isRefExpr: (e) => isRefExpr(f, e, locals.refs),
      hostNever: (name) => hostNever.has(name) && !localNames.get(f.path)?.has(name),
    }, reports).run();
  }
  const refs = new Map<string, Set<string>>();
  for (const [k, l] of localsOf) refs.set(k, l.refs);
  return { reports, mayGc, refs, globals: gRefs };
}

interface Stale {
  callee: string;
  line: number;
  /**
   * Stale only on the paths where local `condName` holds the constant `condValue`: set when the
   * path assigns that constant after the call (`normalize(h); kind = DICT;`), used when a later
   * test rules it out (`if (kind === DICT) return ...;` — after it the local is not stale).
   */
  condName?: string;
  condValue?: string;
}

/** A constant as written, for conditions: a number or boolean literal or a record field. */
function constText(e: N): string | null {
  const x = strip(e);
  if (x?.type === 'Literal' && (typeof x.value === 'number' || typeof x.value === 'boolean')) return `#${String(x.value)}`;
  if (x?.type === 'UnaryExpression' && x.operator === '-' && strip(x.argument)?.type === 'Literal') return `#-${String(strip(x.argument).value)}`;
  if (x?.type === 'MemberExpression' && !x.computed && x.object.type === 'Identifier') return `${x.object.name}.${x.property.name}`;
  return null;
}

/** `x === C` / `x !== C` (either order): [x, C, equal?], else null. */
function constTest(test: N): [string, string, boolean] | null {
  const t = strip(test);
  if (t?.type !== 'BinaryExpression' || (t.operator !== '===' && t.operator !== '!==')) return null;
  const l = strip(t.left);
  const r = strip(t.right);
  const eq = t.operator === '===';
  if (l?.type === 'Identifier' && constText(r) !== null) return [l.name, constText(r)!, eq];
  if (r?.type === 'Identifier' && constText(l) !== null) return [r.name, constText(l)!, eq];
  return null;
}
/**
 * Per reference local: stale since a call, or IMM while it holds an immovable value (`let p = 0`);
 * absent when it holds a fresh reference. null: unreachable.
 */
type State = Map<string, Stale | typeof IMM> | null;
const IMM = 'imm';

interface Oracle {
  calleeOf(call: N): Fn | undefined;
  mayGc(g: Fn): boolean;
  isImmovable(e: N): boolean;
  isRefExpr(e: N): boolean;
  hostNever(name: string): boolean;
  /** Module variables (by visible name) that a call of `g` may assign: fresh after it. */
  refreshed(g: Fn): string[];
}

interface Jump {
  label: string | null;
  isLoop: boolean;
  breaks: State[];
  continues: State[];
}

function join(a: State, b: State): State {
  if (a === null) return b === null ? null : new Map(b);
  if (b === null) return new Map(a);
  const m = new Map(a);
  for (const [k, v] of b) {
    const w = m.get(k);
    if (w === undefined) { if (v !== IMM) m.set(k, v); } else if (w === IMM && v !== IMM) m.set(k, v);
    else if (w !== IMM && v !== IMM && (w.condName !== v.condName || w.condValue !== v.condValue)) m.set(k, { callee: w.callee, line: w.line });
  }
  for (const [k, w] of a) if (w === IMM && !b.has(k)) m.delete(k);
  return m;
}
function sameKeys(a: State, b: State): boolean {
  if (a === null || b === null) return a === b;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || (w === IMM) !== (v === IMM)) return false;
    if (w !== IMM && v !== IMM && (w.condName !== v.condName || w.condValue !== v.condValue)) return false;
  }
  return true;
}

class FlowChecker {
  private state: State = new Map();
  private jumps: Jump[] = [];
  private reported = new Set<string>();
  private pendingLabel: string | null = null;

  private readonly f: Fn;
  private readonly refs: Set<string>;
  private readonly immovable: Set<string>;
  private readonly o: Oracle;
  private readonly out: GcReport[];

  constructor(f: Fn, refs: Set<string>, immovable: Set<string>, o: Oracle, out: GcReport[]) {
    this.f = f;
    this.refs = refs;
    this.immovable = immovable;
    this.o = o;
    this.out = out;
  }

  run(): void {
    this.block(this.f.node.body.body);
  }

  private report(node: N, name: string, why: string, key: string): void {
    // one report per local and call: the first use found
    const k = `${name}|${key}`;
    if (this.reported.has(k)) return;
    this.reported.add(k);
    this.out.push({ path: this.f.path, node, fn: this.f.name, message: `\`${name}\` ${why}` });
  }

  private gcCall(call: N, callee: Fn): void {
    if (this.state === null) return;
    const line = call.loc?.start?.line ?? 0;
    for (const r of this.refs) if (this.state.get(r) !== IMM) this.state.set(r, { callee: callee.name, line });
    for (const r of this.o.refreshed(callee)) this.state.delete(r);
  }

  // ---- statements ----

  private block(stmts: N[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private stmt(s: N): void {
    if (this.state === null && s.type !== 'LabeledStatement') {
      // unreachable code: nothing is stale there
      this.state = null;
      return;
    }
    switch (s.type) {
      case 'BlockStatement':
        this.block(s.body);
        return;
      case 'ExpressionStatement':
        this.expr(s.expression);
        return;
      case 'VariableDeclaration':
        for (const d of s.declarations) {
          if (d.init) this.expr(d.init);
          if (d.id.type === 'Identifier') this.define(d.id.name, d.init);
        }
        return;
      case 'IfStatement': {
        this.expr(s.test);
        const before = this.state;
        const test = constTest(s.test);
        this.state = before === null ? null : new Map(before);
        if (test !== null && !test[2]) this.ruleOut(test[0], test[1]);
        this.stmt(s.consequent);
        const afterThen = this.state;
        this.state = before === null ? null : new Map(before);
        if (test !== null && test[2]) this.ruleOut(test[0], test[1]);
        if (s.alternate) this.stmt(s.alternate);
        this.state = join(afterThen, this.state);
        return;
      }
      case 'LabeledStatement': {
        if (/^(For|While|DoWhile)Statement$/.test(s.body.type)) {
          this.pendingLabel = s.label.name;
          this.stmt(s.body);
          return;
        }
        const j: Jump = { label: s.label.name, isLoop: false, breaks: [], continues: [] };
        this.jumps.push(j);
        this.stmt(s.body);
        this.jumps.pop();
        this.state = j.breaks.reduce((a: State, b) => join(a, b), this.state);
        return;
      }
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'ForStatement':
        this.loop(s);
        return;
      case 'SwitchStatement': {
        this.expr(s.discriminant);
        const entry = this.state;
        const j: Jump = { label: null, isLoop: false, breaks: [], continues: [] };
        this.jumps.push(j);
        let fall: State = null;
        let hasDefault = false;
        for (const c of s.cases) {
          if (!c.test) hasDefault = true;
          else {
            this.state = entry === null ? null : new Map(entry);
            this.expr(c.test);
          }
          this.state = join(entry, fall);
          this.block(c.consequent);
          fall = this.state;
        }
        this.jumps.pop();
        let exit = fall;
        if (!hasDefault) exit = join(exit, entry);
        for (const b of j.breaks) exit = join(exit, b);
        this.state = exit;
        return;
      }
      case 'ReturnStatement':
        if (s.argument) this.expr(s.argument);
        this.state = null;
        return;
      case 'BreakStatement':
      case 'ContinueStatement': {
        const isBreak = s.type === 'BreakStatement';
        for (let i = this.jumps.length - 1; i >= 0; i--) {
          const j = this.jumps[i]!;
          if (s.label ? j.label === s.label.name : (j.isLoop || (isBreak && j.label === null))) {
            (isBreak ? j.breaks : j.continues).push(this.state);
            break;
          }
        }
        this.state = null;
        return;
      }
      default:
        return;
    }
  }

  private loop(s: N): void {
    const label = this.pendingLabel;
    this.pendingLabel = null;
    if (s.type === 'ForStatement' && s.init) {
      if (s.init.type === 'VariableDeclaration') this.stmt(s.init);
      else this.expr(s.init);
    }
    let head: State = this.state;
    let exit: State = null;
    for (let round = 0; round < 20; round++) {
      const j: Jump = { label, isLoop: true, breaks: [], continues: [] };
      this.jumps.push(j);
      this.state = head === null ? null : new Map(head);
      if (s.type !== 'DoWhileStatement' && s.test) {
        this.expr(s.test);
      }
      const afterTest = this.state;
      const infinite = s.type !== 'DoWhileStatement' && (!s.test || (s.test.type === 'Literal' && s.test.value === true));
      this.stmt(s.body);
      let end = this.state;
      for (const c of j.continues) end = join(end, c);
      this.state = end;
      if (s.type === 'DoWhileStatement') {
        if (this.state !== null) this.expr(s.test);
        end = this.state;
      } else if (s.type === 'ForStatement' && s.update && this.state !== null) {
        this.expr(s.update);
        end = this.state;
      }
      this.jumps.pop();
      exit = infinite ? null : s.type === 'DoWhileStatement' ? end : afterTest;
      if (s.type === 'DoWhileStatement' && (s.test.type === 'Literal' && s.test.value === false)) exit = end;
      for (const b of j.breaks) exit = join(exit, b);
      const next = join(head, end);
      if (sameKeys(next, head)) break;
      head = next;
    }
    this.state = exit;
  }

  /** On this path `name` is not `value`: what is stale only where it is, is not stale here. */
  private ruleOut(name: string, value: string): void {
    if (this.state === null) return;
    for (const [k, v] of this.state) if (v !== IMM && v.condName === name && v.condValue === value) this.state.delete(k);
  }

  private define(name: string, value: N): void {
    if (this.state === null) return;
    // what is stale on this path is stale where `name` now holds this value
    const c = value ? constText(value) : null;
    for (const [k, v] of this.state) {
      if (v === IMM || k === name) continue;
      if (c !== null && (v.condName === undefined || v.condName === name)) this.state.set(k, { callee: v.callee, line: v.line, condName: name, condValue: c });
      else if (v.condName === name) this.state.set(k, { callee: v.callee, line: v.line });
    }
    if (value && this.o.isImmovable(value)) this.state.set(name, IMM);
    else this.state.delete(name);
  }

  // ---- expressions ----

  /** Evaluates `e` in JavaScript's order: reads are checked, calls may make references stale. */
  private expr(e: N): void {
    if (!e || this.state === null) return;
    switch (e.type) {
      case 'Identifier':
        this.read(e);
        return;
      case 'Literal':
        return;
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
        this.expr(e.expression);
        return;
      case 'BinaryExpression': {
        const l = strip(e.left);
        const r = strip(e.right);
        if ((e.operator === '===' || e.operator === '!==') && (l?.type === 'Identifier' || r?.type === 'Identifier')) {
          // a stale pointer compared with an immovable value: same answer as before the move
          if (l?.type === 'Identifier' && this.o.isImmovable(e.right)) { this.expr(e.right); return; }
          if (r?.type === 'Identifier' && this.o.isImmovable(e.left)) { this.expr(e.left); return; }
        }
        if (e.operator === '&' && l?.type === 'Identifier' && r?.type === 'Literal' && r.value === 1) return;
        this.expr(e.left);
        this.earlyRead(e.left, e.right, 'is read before');
        this.expr(e.right);
        return;
      }
      case 'LogicalExpression': {
        this.expr(e.left);
        const mid = this.state;
        this.state = mid === null ? null : new Map(mid);
        this.expr(e.right);
        this.state = join(mid, this.state);
        return;
      }
      case 'ConditionalExpression': {
        this.expr(e.test);
        const mid = this.state;
        this.state = mid === null ? null : new Map(mid);
        this.expr(e.consequent);
        const a = this.state;
        this.state = mid === null ? null : new Map(mid);
        this.expr(e.alternate);
        this.state = join(a, this.state);
        return;
      }
      case 'UnaryExpression':
        this.expr(e.argument);
        return;
      case 'UpdateExpression':
        this.expr(e.argument);
        if (e.argument.type === 'Identifier') this.define(e.argument.name, null);
        return;
      case 'AssignmentExpression': {
        const t = e.left;
        if (t.type === 'Identifier') {
          if (e.operator !== '=') this.read(t);
          this.expr(e.right);
          this.define(t.name, e.operator === '=' ? e.right : null);
          return;
        }
        if (t.type === 'MemberExpression') {
          this.expr(t.object);
          if (t.computed) this.expr(t.property);
          if (t.computed) this.earlyRead(t.property, e.right, 'addresses a store before');
          this.expr(e.right);
          return;
        }
        this.expr(e.right);
        return;
      }
      case 'MemberExpression':
        if (e.object.type !== 'Identifier') this.expr(e.object);
        if (e.computed) this.expr(e.property);
        return;
      case 'CallExpression': {
        const g = this.o.calleeOf(e);
        const tagOnly = g !== undefined && TAG_ONLY.has(g.name);
        e.arguments.forEach((a: N, i: number) => {
          if (tagOnly && strip(a)?.type === 'Identifier') return;
          this.expr(a);
          for (let j = i + 1; j < e.arguments.length; j++) this.earlyRead(a, e.arguments[j], 'is passed before');
        });
        if (g && this.o.mayGc(g)) this.gcCall(e, g);
        if ((g && g.never) || (!g && strip(e.callee)?.type === 'Identifier' && this.o.hostNever(strip(e.callee).name))) this.state = null;
        return;
      }
      case 'SequenceExpression':
        for (const x of e.expressions) this.expr(x);
        return;
      default:
        return;
    }
  }

  private read(id: N): void {
    if (this.state === null) return;
    const s = this.state.get(id.name);
    if (!s || s === IMM) return;
    this.report(id, id.name, `may be moved by the GC at the call to ${s.callee} (line ${s.line}); keep it in a handle or re-load it`, `${s.callee}@${s.line}`);
    this.state.delete(id.name);
  }

  /**
   * `first` is evaluated before `later`; when `first` reads a reference local (directly, or in an
   * address) and `later` calls a may-GC function, the value of `first` is stale when it is used.
   */
  private earlyRead(first: N, later: N, how: string): void {
    const call = this.gcCallIn(later);
    if (!call) return;
    const x = strip(first);
    let names: string[] = [];
    if (x?.type === 'Identifier') names = this.refs.has(x.name) && !this.immovable.has(x.name) ? [x.name] : [];
    else if (x?.type === 'CallExpression') {
      // a reference read by a call (`handleGet(h)`, `fieldGet(o, k)`) before the later argument collects
      if (this.o.isRefExpr(x)) names = [callText(x)];
    } else {
      walk(x, (n, parent) => {
        const isPropertyName = parent?.type === 'MemberExpression' && !parent.computed && parent.property === n;
        if (n.type === 'Identifier' && !isPropertyName && this.refs.has(n.name) && !this.immovable.has(n.name)) names.push(n.name);
      });
    }
    for (const name of names) {
      this.report(x, name, `${how} the call to ${call.name} (line ${call.line}) and may be moved by it; read it after the call`, `early@${call.line}`);
    }
  }

  private gcCallIn(e: N): { name: string; line: number } | null {
    if (!e || typeof e !== 'object') return null;
    const cached = this.gcCalls.get(e);
    if (cached !== undefined) return cached;
    const r = this.findGcCall(e);
    this.gcCalls.set(e, r);
    return r;
  }

  private gcCalls = new Map<N, { name: string; line: number } | null>();

  private findGcCall(e: N): { name: string; line: number } | null {
    let found: { name: string; line: number } | null = null;
    walk(e, (n) => {
      if (found || n.type !== 'CallExpression') return;
      const g = this.o.calleeOf(n);
      if (g && this.o.mayGc(g)) found = { name: g.name, line: n.loc?.start?.line ?? 0 };
    });
    return found;
  }
}
