// The kernel compiler's view of a kernel-TS program: the module graph reachable from the entry
// file, and each module's module-level declarations (functions, numeric constants, constant
// records, mutable globals, imports). Lowering (lower.ts) resolves every name through this.
//
// Special modules, recognized by path:
//   runtime/host/host.ts               the host interface: never compiled; its views are the heap
//                                      and its functions bind to the native host (native-host.ts)
//   stage0/kernelc/native-intrinsics.ts the syscall intrinsics the native host is written with
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { positionOf } from '../parse/errors.ts';

/** An ESTree node as the parser produces it (acorn shape, typescript-estree annotations). */
export type AstNode = { readonly type: string; readonly start: number; readonly end: number; readonly [field: string]: any };

export type ParseFunction = (source: string, file: string) => AstNode;

/** The kernel-TS value types (docs/kernel-ts.md §1). */
export type KType = 'i32' | 'u32' | 'f64' | 'bool';
export type KResult = KType | 'void' | 'never';

/** A compile error at a source position: the compiler's only failure mode on bad input. */
export class KernelcError extends Error {
  override name = 'KernelcError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(file: string, line: number, column: number, message: string) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  /** `file:line:column: message`, as the checker prints its diagnostics. */
  format(): string {
    return `${this.file}:${this.line}:${this.column + 1}: ${this.message}`;
  }
}

export interface KFunction {
  readonly module: KModule;
  readonly name: string;
  /** The LIR symbol: the plain name, or `module.name` when two modules define the same name. */
  lirName: string;
  readonly params: readonly { readonly name: string; readonly type: KType | 'Lit' }[];
  readonly result: KResult;
  readonly node: AstNode;
}

export interface KGlobal {
  readonly module: KModule;
  readonly name: string;
  readonly lirName: string;
  readonly type: KType;
  readonly init: number;
}

export type KBinding =
  | { readonly kind: 'function'; readonly fn: KFunction }
  | { readonly kind: 'const'; readonly type: KType; readonly value: number }
  | { readonly kind: 'global'; readonly global: KGlobal }
  | { readonly kind: 'record'; readonly fields: ReadonlyMap<string, number> }
  | { readonly kind: 'view'; readonly name: 'H8' | 'H16' | 'H32' | 'HF64' }
  | { readonly kind: 'table'; readonly table: KTable }
  | { readonly kind: 'host'; readonly name: string }
  | { readonly kind: 'intrinsic'; readonly name: string };

/** A read-only constant table (`const T: Int32Array = new Int32Array([...])`), placed in rodata. */
export interface KTable {
  readonly symbol: string;
  readonly element: keyof typeof TABLE_TYPES;
  readonly values: readonly number[];
}

/** The typed-array types a constant table may have, with element size and signedness. */
export const TABLE_TYPES = {
  Int32Array: { bytes: 4, float: false },
  Uint8Array: { bytes: 1, float: false },
  Uint16Array: { bytes: 2, float: false },
  Float64Array: { bytes: 8, float: true },
} as const;

export interface KModule {
  readonly file: string;
  readonly source: string;
  readonly ast: AstNode;
  readonly declarations: Map<string, KBinding>;
  /** Local name -> (module, exported name), resolved lazily. */
  readonly imports: Map<string, { readonly from: KModule | 'host' | 'intrinsics'; readonly name: string; readonly node: AstNode }>;
  readonly functions: KFunction[];
  readonly globals: KGlobal[];
  readonly tables: KTable[];
}

export const HOST_VIEWS = ['H8', 'H16', 'H32', 'HF64'] as const;

export function errorAt(module: { file: string; source: string }, node: { start: number }, message: string): KernelcError {
  const { line, column } = positionOf(module.source, node.start);
  return new KernelcError(module.file, line, column, message);
}

const isHostInterface = (file: string): boolean => file.endsWith(`${path.sep}host${path.sep}host.ts`);
const isIntrinsics = (file: string): boolean => file.endsWith(`${path.sep}kernelc${path.sep}native-intrinsics.ts`);

/** The annotation's kernel type name, or null: `x: i32` -> 'i32'. */
export function annotationName(annotation: AstNode | null | undefined): string | null {
  const t = annotation?.typeAnnotation;
  if (!t) return null;
  if (t.type === 'TSTypeReference' && t.typeName?.type === 'Identifier') return t.typeName.name as string;
  if (t.type === 'TSVoidKeyword') return 'void';
  if (t.type === 'TSNeverKeyword') return 'never';
  if (t.type === 'TSBooleanKeyword') return 'bool';
  if (t.type === 'TSNumberKeyword') return 'number';
  return null;
}

const KTYPES: readonly string[] = ['i32', 'u32', 'f64', 'bool'];

/** Strips the erasable wrappers (`e as T`, `e!`, `(e)` where the parser keeps parentheses). */
export function unwrap(node: AstNode): AstNode {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSNonNullExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'ParenthesizedExpression') n = n.expression;
  return n;
}

export class Program {
  readonly modules = new Map<string, KModule>();
  readonly order: KModule[] = [];
  private readonly parse: ParseFunction;
  /** The native host, compiled in place of runtime/host/host.ts. */
  nativeHost: KModule | null = null;

  constructor(parse: ParseFunction) {
    this.parse = parse;
  }

  /** Loads `file` and everything it imports (depth first, so `order` lists dependencies first). */
  load(file: string): KModule {
    const resolved = path.resolve(file);
    const known = this.modules.get(resolved);
    if (known) return known;
    const source = readFileSync(resolved, 'utf8');
    const ast = this.parse(source, resolved);
    const module: KModule = { file: resolved, source, ast, declarations: new Map(), imports: new Map(), functions: [], globals: [], tables: [] };
    this.modules.set(resolved, module);
    for (const stmt of ast.body as AstNode[]) if (stmt.type === 'ImportDeclaration') this.loadImport(module, stmt);
    this.declare(module);
    this.order.push(module);
    return module;
  }

  private loadImport(module: KModule, stmt: AstNode): void {
    if (stmt.importKind === 'type') return;
    const spec = stmt.source.value as string;
    if (!spec.startsWith('.')) throw errorAt(module, stmt, `kernel modules import only relative './*.ts' files, not '${spec}'`);
    const target = path.resolve(path.dirname(module.file), spec);
    if (!existsSync(target)) throw errorAt(module, stmt.source, `cannot find module '${spec}'`);
    let from: KModule | 'host' | 'intrinsics';
    if (isHostInterface(target)) {
      from = 'host';
      if (this.nativeHost === null) {
        // Reserve the slot first: the native host itself imports the host interface (for H8).
        this.nativeHost = { file: '', source: '', ast: { type: 'Program', start: 0, end: 0, body: [] }, declarations: new Map(), imports: new Map(), functions: [], globals: [], tables: [] };
        // The repository layout fixes where the native host lives relative to runtime/host/host.ts.
        this.nativeHost = this.load(path.resolve(path.dirname(target), '../../stage0/kernelc/native-host.ts'));
      }
    } else if (isIntrinsics(target)) from = 'intrinsics';
    else from = this.load(target);
    for (const s of stmt.specifiers as AstNode[]) {
      if (s.importKind === 'type') continue;
      if (s.type !== 'ImportSpecifier') throw errorAt(module, s, 'kernel modules use named imports only');
      const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
      module.imports.set(s.local.name, { from, name: imported, node: s });
    }
  }

  /** Records the module-level declarations of `module`. */
  private declare(module: KModule): void {
    for (const outer of module.ast.body as AstNode[]) {
      const stmt = outer.type === 'ExportNamedDeclaration' && outer.declaration ? outer.declaration : outer;
      switch (stmt.type) {
        case 'ImportDeclaration': case 'TSTypeAliasDeclaration': case 'TSInterfaceDeclaration': case 'EmptyStatement':
          break;
        case 'ExportNamedDeclaration':
          if (stmt.source || stmt.exportKind === 'type') break; // re-exports resolve through `imports`
          throw errorAt(module, stmt, 'export lists are not supported by kernelc; export the declaration itself');
        case 'FunctionDeclaration': this.declareFunction(module, stmt); break;
        case 'VariableDeclaration': for (const d of stmt.declarations as AstNode[]) this.declareVariable(module, stmt.kind, d); break;
        default:
          throw errorAt(module, stmt, `${stmt.type} is not allowed at module level in kernel TS`);
      }
    }
  }

  private declareFunction(module: KModule, node: AstNode): void {
    const name = node.id.name as string;
    if (node.async || node.generator) throw errorAt(module, node, `function ${name}: async and generator functions are not kernel TS`);
    const params = (node.params as AstNode[]).map((p) => {
      if (p.type !== 'Identifier') throw errorAt(module, p, `function ${name}: parameters must be plain identifiers`);
      const t = annotationName(p.typeAnnotation);
      if (t === null || (!KTYPES.includes(t) && t !== 'Lit')) throw errorAt(module, p, `parameter ${p.name} of ${name} needs a type i32, u32, f64 or bool (annotate-param)`);
      return { name: p.name as string, type: t as KType | 'Lit' };
    });
    // The internal calling convention passes everything in registers (docs/codegen-x64.md §1).
    const floats = params.filter((p) => p.type === 'f64').length;
    if (params.length - floats > 6 || floats > 8) throw errorAt(module, node, `function ${name}: kernelc passes at most 6 integer and 8 f64 parameters`);
    const r = annotationName(node.returnType);
    if (r === null || (!KTYPES.includes(r) && r !== 'void' && r !== 'never')) throw errorAt(module, node, `function ${name} needs a return type i32, u32, f64, bool, void or never (annotate-return)`);
    const fn: KFunction = { module, name, lirName: name, params, result: r as KResult, node };
    module.functions.push(fn);
    module.declarations.set(name, { kind: 'function', fn });
  }

  private declareVariable(module: KModule, kind: string, d: AstNode): void {
    const name = d.id.name as string;
    const init = d.init ? unwrapAsConst(d.init) : null;
    if (kind === 'const' && init?.type === 'ObjectExpression') {
      const fields = new Map<string, number>();
      for (const p of init.properties as AstNode[]) {
        const key = p.key?.type === 'Identifier' ? p.key.name : p.key?.value;
        const value = p.value ? this.constantValue(module, p.value, fields) : null;
        if (typeof key !== 'string' || value === null || p.computed) throw errorAt(module, p, `constant record ${name}: every field must be a constant integer (const-record)`);
        fields.set(key, value);
      }
      module.declarations.set(name, { kind: 'record', fields });
      return;
    }
    const t = annotationName(d.id.typeAnnotation);
    if (kind === 'const' && t !== null && t in TABLE_TYPES) {
      this.declareTable(module, name, t as keyof typeof TABLE_TYPES, d);
      return;
    }
    if (t === null || !KTYPES.includes(t)) {
      throw errorAt(module, d, `module-level ${name} needs a type i32, u32, f64 or bool (annotate-global)`);
    }
    const type = t as KType;
    const value = init === null ? 0 : this.constantValue(module, init, null);
    if (value === null) throw errorAt(module, d.init, `the initializer of ${name} must be a constant expression`);
    if (kind === 'const') module.declarations.set(name, { kind: 'const', type, value: normalize(type, value) });
    else {
      // Globals are named per module (`memory.heapSize`) so that two modules' `let count` never collide.
      const global: KGlobal = { module, name, lirName: `${path.basename(module.file, '.ts')}.${name}`, type, init: normalize(type, value) };
      module.globals.push(global);
      module.declarations.set(name, { kind: 'global', global });
    }
  }

  /** `const T: Int32Array = new Int32Array([1, 2, 3])`: elements must be constant numbers. */
  private declareTable(module: KModule, name: string, element: keyof typeof TABLE_TYPES, d: AstNode): void {
    const init = d.init;
    const list = init?.type === 'NewExpression' && init.callee?.type === 'Identifier' && init.callee.name === element && init.arguments?.length === 1 ? init.arguments[0] : null;
    if (list?.type !== 'ArrayExpression') throw errorAt(module, d, `constant table ${name} must be new ${element}([...]) (const-table)`);
    const values = (list.elements as (AstNode | null)[]).map((e) => {
      const v = e === null ? null : this.constantValue(module, e, null);
      if (v === null) throw errorAt(module, e ?? list, `constant table ${name}: elements must be constant numbers (const-table)`);
      return v;
    });
    const table: KTable = { symbol: `ouro_table.${path.basename(module.file, '.ts')}.${name}`, element, values };
    module.tables.push(table);
    module.declarations.set(name, { kind: 'table', table });
  }

  /** Finds what `name` means in `module` (its own declaration or an import), or null. */
  resolve(module: KModule, name: string): KBinding | null {
    const own = module.declarations.get(name);
    if (own) return own;
    const imp = module.imports.get(name);
    if (!imp) return null;
    if (imp.from === 'host') {
      if ((HOST_VIEWS as readonly string[]).includes(imp.name)) return { kind: 'view', name: imp.name as (typeof HOST_VIEWS)[number] };
      return { kind: 'host', name: imp.name };
    }
    if (imp.from === 'intrinsics') return { kind: 'intrinsic', name: imp.name };
    const target = this.resolve(imp.from, imp.name);
    if (target === null) throw errorAt(module, imp.node, `'${imp.name}' is not declared in ${path.basename(imp.from.file)}`);
    return target;
  }

  /**
   * Evaluates a constant expression (literals, other constants, record fields, and the arithmetic
   * and bitwise operators) with JS semantics, or returns null when it is not constant.
   * `record` gives the fields declared so far when evaluating a record's own fields.
   */
  constantValue(module: KModule, node: AstNode, record: ReadonlyMap<string, number> | null): number | null {
    const n = unwrap(node);
    switch (n.type) {
      case 'Literal': return typeof n.value === 'number' ? n.value : typeof n.value === 'boolean' ? (n.value ? 1 : 0) : null;
      case 'Identifier': {
        if (record?.has(n.name)) return record.get(n.name)!;
        let b: KBinding | null;
        try { b = this.resolve(module, n.name); } catch { return null; }
        return b?.kind === 'const' ? b.value : null;
      }
      case 'MemberExpression': {
        if (n.computed || n.object.type !== 'Identifier' || n.property.type !== 'Identifier') return null;
        const b = this.resolve(module, n.object.name);
        return b?.kind === 'record' ? b.fields.get(n.property.name) ?? null : null;
      }
      case 'UnaryExpression': {
        const v = this.constantValue(module, n.argument, record);
        if (v === null) return null;
        switch (n.operator) { case '-': return -v; case '+': return v; case '~': return ~v; default: return null; }
      }
      case 'BinaryExpression': {
        const a = this.constantValue(module, n.left, record);
        const b = this.constantValue(module, n.right, record);
        if (a === null || b === null) return null;
        return evaluateBinary(n.operator, a, b);
      }
      default: return null;
    }
  }
}

function unwrapAsConst(node: AstNode): AstNode {
  return node.type === 'TSAsExpression' ? node.expression : node;
}

/** The JS value of `a op b` for the numeric operators kernel TS has, or null. */
export function evaluateBinary(op: string, a: number, b: number): number | null {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return a / b;
    case '%': return a % b;
    case '|': return a | b;
    case '&': return a & b;
    case '^': return a ^ b;
    case '<<': return a << b;
    case '>>': return a >> b;
    case '>>>': return a >>> b;
    default: return null;
  }
}

/** A constant as the type's representation (i32 wraps, u32 is 0..2^32-1, bool is 0/1). */
function normalize(type: KType, value: number): number {
  switch (type) {
    case 'i32': return value | 0;
    case 'u32': return value >>> 0;
    case 'bool': return value ? 1 : 0;
    case 'f64': return value;
  }
}
