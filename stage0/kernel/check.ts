// `ouro check-kernel`: checks that runtime/ is written in kernel TypeScript (docs/kernel-ts.md).
//
// Two passes over the files, parsed with Ouro's own parser:
//  1. collect module-level facts of every file: function signatures (parameter and return types),
//     global variable types, constant records and constant tables;
//  2. check every file's statements and expressions against the rules of RULES, inferring the
//     kernel type (i32, u32, f64, bool, Lit) of each expression from annotations and signatures.
//
// runtime/host/node.ts (the Node host) is skipped; runtime/host/host.ts (the host seam) is checked
// for its signatures only, since the kernel compiler binds its names to the native host instead of
// compiling its bodies.
import { parse, OuroSyntaxError } from '../parse/parser.ts';
import { checkGcSafety } from './gc-safety.ts';
import { KERNEL_BASELINE } from './baseline.ts';

export interface KernelDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** The enclosing function, when there is one (baseline entries name it instead of a line). */
  fn?: string;
}

/** The rules, by the names docs/kernel-ts.md uses. */
export const RULES = {
  'parse': 'the file must parse as a TypeScript module',
  'annotate-param': 'every parameter is annotated i32, u32, f64, bool or Lit',
  'annotate-return': 'every function declares its return type (i32, u32, f64, bool, void or never)',
  'annotate-global': 'every module-level variable is annotated (or is a constant record / table)',
  'local-type': 'a local is annotated with a kernel type or initialised',
  'int-coerce': 'integer + - / % results are coerced by a bitwise operator or shift',
  'int-multiply': 'integer multiplication is Math.imul',
  'narrowing': 'f64 -> integer only by | 0 or >>> 0; bool is not a number',
  'bool-test': 'conditions and logical operators take bool',
  'strict-eq': 'equality is === / !==',
  'heap-index': 'heap views are indexed as H8[a], H16[a >> 1], H32[a >> 2], HF64[a >> 3]',
  'view-local': 'heap views are only indexed, never copied or passed',
  'no-closure': 'no nested functions, arrows, methods or this',
  'no-object': 'no objects, arrays, new, classes or property access at run time',
  'no-exception': 'no throw / try',
  'direct-call': 'calls name a module-level kernel function, a host function or a Math intrinsic',
  'string-literal': 'string literals only as Lit arguments',
  'const-record': 'constant records are `{ name: integer, ... } as const` at module level',
  'const-table': 'constant tables are `new Int32Array([...])` (or Uint8/Uint16/Float64) at module level, read only',
  'statement': 'only the statements of docs/kernel-ts.md §4 (no var, for-in/of, with, labels on non-loops...)',
  'import': 'imports name runtime/ files by relative .ts paths',
  'known-type': 'every expression has a kernel type (i32, u32, f64, bool, Lit, a constant record field or table element)',
  'sign-mix': 'u32 and i32 meet only through an explicit | 0 or >>> 0 (arguments, returns, stores, comparisons, / and %)',
  'gc-safety': 'a local holding a heap reference is not used after a call that may collect, unless re-read',
} as const;
export type KernelRule = keyof typeof RULES;

// 'int': an integer constant (literal, constant expression, record field) that fits where it is used;
// 'nat': a run-time integer in [0, 2^31), a valid i32 and u32 alike (`x >>> 3`, `x & 255`, H8/H16
// reads); 'rawint': an uncoerced integer + - * / % result.
type KType = 'i32' | 'u32' | 'f64' | 'bool' | 'Lit' | 'int' | 'nat' | 'rawint' | 'void' | 'never' | 'unknown';

const KERNEL_TYPES = new Set(['i32', 'u32', 'f64', 'bool']);
const VIEWS: Record<string, number> = { H8: 0, H16: 1, H32: 2, HF64: 3 };
const TABLE_TYPES: Record<string, KType> = { Int32Array: 'i32', Uint8Array: 'nat', Uint16Array: 'nat', Float64Array: 'f64' };
const MATH_F64 = new Set(['sqrt', 'floor', 'ceil', 'abs', 'min', 'max', 'trunc', 'fround']);
const MATH_I32 = new Set(['imul', 'clz32']);
const BITWISE = new Set(['|', '&', '^', '<<', '>>', '>>>']);
const COMPARE = new Set(['<', '<=', '>', '>=', '===', '!==']);
/** Bodies that are intrinsics (memmove / memset natively). */
const INTRINSIC_BODIES = new Set(['memoryCopy', 'memoryFill']);

interface Signature {
  params: KType[];
  ret: KType;
}

interface Facts {
  functions: Map<string, Signature>;
  globals: Map<string, KType>;
  records: Set<string>;
  /** The field names of each constant record. */
  recordFields: Map<string, Set<string>>;
  tables: Map<string, KType>;
  /** Module-level `const` numbers: compile-time constants. */
  constants: Set<string>;
  /** The values of module-level constants initialised with an integer literal. */
  constantValues: Map<string, number>;
}

// The parser's nodes, loosely typed: the checker reads ESTree + typescript-estree shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

function isHostInterface(path: string): boolean {
  return /(^|\/)runtime\/host\/host\.ts$/.test(path) || /(^|\/)host\/host\.ts$/.test(path);
}
function isNodeHost(path: string): boolean {
  return /(^|\/)host\/node\.ts$/.test(path);
}

function annotationType(ann: N): KType | null {
  const t = ann?.typeAnnotation;
  if (!t) return null;
  if (t.type === 'TSTypeReference' && t.typeName?.type === 'Identifier') {
    const name = t.typeName.name;
    if (KERNEL_TYPES.has(name) || name === 'Lit') return name as KType;
    return null;
  }
  if (t.type === 'TSVoidKeyword') return 'void';
  if (t.type === 'TSNeverKeyword') return 'never';
  return null;
}

function isIntType(t: KType): boolean {
  return t === 'i32' || t === 'u32' || t === 'int' || t === 'nat' || t === 'rawint';
}

/** `x = k`, `x += k`, `x = (x + k) | 0` with k a non-negative integer literal. */
function isCounterStep(name: string, e: N): boolean {
  if (e.operator === '+=') return isNonNegativeLiteral(e.right);
  if (e.operator !== '=') return false;
  if (isNonNegativeLiteral(e.right)) return true;
  let r = e.right;
  while (r?.type === 'ParenthesizedExpression') r = r.expression;
  if (r?.type !== 'BinaryExpression' || r.operator !== '|' || !isNonNegativeLiteral(r.right) || r.right.value !== 0) return false;
  let sum = r.left;
  while (sum?.type === 'ParenthesizedExpression') sum = sum.expression;
  if (sum?.type !== 'BinaryExpression' || sum.operator !== '+') return false;
  const isSelf = (x: N): boolean => x?.type === 'Identifier' && x.name === name;
  return (isSelf(sum.left) && isNonNegativeLiteral(sum.right)) || (isSelf(sum.right) && isNonNegativeLiteral(sum.left));
}

/** A non-negative integer literal (or `(x + k) | 0`-free forms of one). */
function isNonNegativeLiteral(e: N): boolean {
  let x = e;
  while (x?.type === 'ParenthesizedExpression') x = x.expression;
  return x?.type === 'Literal' && typeof x.value === 'number' && Number.isInteger(x.value) && x.value >= 0 && x.value <= 0x7fffffff;
}

function collectFacts(programs: { path: string; program: N }[]): Facts {
  const facts: Facts = { functions: new Map(), globals: new Map(), records: new Set(), recordFields: new Map(), tables: new Map(), constants: new Set(), constantValues: new Map() };
  for (const { program } of programs) {
    for (let stmt of program.body) {
      if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) stmt = stmt.declaration;
      if (stmt.type === 'FunctionDeclaration' && stmt.id) {
        facts.functions.set(stmt.id.name, {
          params: stmt.params.map((p: N) => annotationType(p.typeAnnotation) ?? 'unknown'),
          ret: annotationType(stmt.returnType) ?? 'unknown',
        });
      } else if (stmt.type === 'VariableDeclaration') {
        for (const d of stmt.declarations) {
          if (d.id.type !== 'Identifier') continue;
          const name = d.id.name;
          if (d.init?.type === 'TSAsExpression' && d.init.expression?.type === 'ObjectExpression') {
            facts.records.add(name);
            const fields = facts.recordFields.get(name) ?? new Set<string>();
            for (const p of d.init.expression.properties) {
              if (p.type === 'Property' && !p.computed) fields.add(p.key.type === 'Identifier' ? p.key.name : String(p.key.value));
            }
            facts.recordFields.set(name, fields);
          }
          else if (d.init?.type === 'NewExpression' && d.init.callee?.type === 'Identifier' && TABLE_TYPES[d.init.callee.name]) {
            facts.tables.set(name, TABLE_TYPES[d.init.callee.name]!);
          } else {
            facts.globals.set(name, annotationType(d.id.typeAnnotation) ?? 'unknown');
            if (stmt.kind === 'const') {
              facts.constants.add(name);
              let v = d.init;
              let sign = 1;
              if (v?.type === 'UnaryExpression' && v.operator === '-') { sign = -1; v = v.argument; }
              if (v?.type === 'Literal' && typeof v.value === 'number' && Number.isInteger(v.value)) facts.constantValues.set(name, sign * v.value);
            }
          }
        }
      }
    }
  }
  return facts;
}

class FileChecker {
  readonly diagnostics: KernelDiagnostic[] = [];
  private scopes: Map<string, KType>[] = [];
  private moduleFunctions = new Set<string>();
  private imported = new Set<string>();
  private currentReturn: KType = 'void';
  /** Expressions whose unknown type is the consequence of a violation reported elsewhere. */
  private excused = new Set<N>();

  private readonly path: string;
  private readonly facts: Facts;
  private readonly source: string;

  constructor(path: string, facts: Facts, source: string) {
    this.path = path;
    this.facts = facts;
    this.source = source;
  }

  /** `e` as written, shortened, for messages. */
  private text(e: N): string {
    const s = typeof e?.start === 'number' ? this.source.slice(e.start, e.end).replace(/\s+/g, ' ') : String(e?.type);
    return '`' + (s.length > 40 ? s.slice(0, 37) + '...' : s) + '`';
  }

  private currentFunction: string | undefined;
  /**
   * Counters of the current function (by declarator): i32 locals declared with a non-negative
   * integer literal and changed only by `++`, `+= k`, `= (x + k) | 0` or `= k` (k a non-negative literal).
   * They stay in [0, 2^31) under a loop bound, so they are valid as u32 too; whether a local is
   * one is known at the end of the function, so sign-mix reports about them wait until then.
   */
  private counters = new Map<N, boolean>();
  /** The declarator of each local, per scope (parallel to `scopes`, by scope object). */
  private declarators = new Map<Map<string, KType>, Map<string, N>>();
  private deferred: { node: N; decl: N; message: string }[] = [];

  report(node: N, rule: KernelRule, message: string): void {
    const loc = node?.loc?.start ?? { line: 0, column: 0 };
    const d: KernelDiagnostic = { file: this.path, line: loc.line, column: loc.column + 1, rule, message };
    if (this.currentFunction !== undefined) d.fn = this.currentFunction;
    this.diagnostics.push(d);
  }

  checkProgram(program: N, signaturesOnly: boolean): void {
    for (let stmt of program.body) {
      if (stmt.type === 'ExportNamedDeclaration' && stmt.declaration) stmt = stmt.declaration;
      if (stmt.type === 'FunctionDeclaration' && stmt.id) this.moduleFunctions.add(stmt.id.name);
      if (stmt.type === 'ImportDeclaration') for (const s of stmt.specifiers) this.imported.add(s.local.name);
    }
    this.scopes = [new Map()];
    for (const stmt of program.body) this.checkTopLevel(stmt, signaturesOnly);
  }

  private checkTopLevel(stmt: N, signaturesOnly: boolean): void {
    switch (stmt.type) {
      case 'ImportDeclaration':
        this.checkImport(stmt, signaturesOnly);
        return;
      case 'ExportNamedDeclaration':
        if (stmt.declaration) this.checkTopLevel(stmt.declaration, signaturesOnly);
        else if (stmt.source && !signaturesOnly) this.checkImportSource(stmt, stmt.source.value);
        return;
      case 'TSTypeAliasDeclaration':
      case 'TSInterfaceDeclaration':
        return;
      case 'FunctionDeclaration':
        this.checkFunction(stmt, signaturesOnly);
        return;
      case 'VariableDeclaration':
        if (!signaturesOnly) this.checkGlobal(stmt);
        return;
      case 'EmptyStatement':
        return;
      default:
        if (!signaturesOnly) this.report(stmt, 'statement', `${stmt.type} at module level`);
    }
  }

  private checkImport(stmt: N, lenient: boolean): void {
    if (stmt.importKind === 'type') return;
    if (lenient) return;
    this.checkImportSource(stmt, stmt.source.value);
    for (const s of stmt.specifiers) {
      if (s.type !== 'ImportSpecifier') this.report(s, 'import', 'only named imports');
    }
  }

  private checkImportSource(node: N, source: string): void {
    if (!/^\.\.?\//.test(source) || !source.endsWith('.ts')) {
      this.report(node, 'import', `import of '${source}': only relative runtime/ .ts files`);
      return;
    }
    if (/(^|\/)node\.ts$/.test(source)) this.report(node, 'import', 'the Node host is reached only through host/host.ts');
    const depth = this.path.split('/').slice(this.path.split('/').lastIndexOf('runtime') + 1).length - 1;
    const ups = source.split('/').filter((p) => p === '..').length;
    if (this.path.includes('runtime/') && ups > depth) this.report(node, 'import', `import of '${source}' leaves runtime/`);
  }

  private checkGlobal(decl: N): void {
    if (decl.kind === 'var') this.report(decl, 'statement', 'var');
    for (const d of decl.declarations) {
      const name = d.id.name;
      const init = d.init;
      if (init?.type === 'TSAsExpression' && init.expression?.type === 'ObjectExpression') {
        if (decl.kind !== 'const') this.report(d, 'const-record', `${name}: a constant record must be const`);
        const asConst = init.typeAnnotation?.typeName?.name === 'const';
        if (!asConst) this.report(d, 'const-record', `${name}: a constant record ends with 'as const'`);
        for (const p of init.expression.properties) {
          if (p.type !== 'Property' || p.computed || p.kind !== 'init') {
            this.report(p, 'const-record', `${name}: only plain 'name: value' fields`);
            continue;
          }
          if (!this.isConstantExpression(p.value)) this.report(p.value, 'const-record', `${name}: field values are integer constants`);
        }
        continue;
      }
      if (init?.type === 'NewExpression' && init.callee?.type === 'Identifier' && TABLE_TYPES[init.callee.name]) {
        const annotated = d.id.typeAnnotation?.typeAnnotation?.typeName?.name;
        if (decl.kind !== 'const' || annotated !== init.callee.name) {
          this.report(d, 'const-table', `${name}: const ${name}: ${init.callee.name} = new ${init.callee.name}([...])`);
        }
        const arr = init.arguments?.[0];
        if (init.arguments.length !== 1 || arr?.type !== 'ArrayExpression' || !arr.elements.every((e: N) => e && this.isNumericLiteral(e))) {
          this.report(init, 'const-table', `${name}: the elements are number literals`);
        }
        continue;
      }
      const t = annotationType(d.id.typeAnnotation);
      if (!t || !KERNEL_TYPES.has(t)) {
        this.report(d, 'annotate-global', `module variable ${name} needs an i32, u32, f64 or bool annotation`);
        continue;
      }
      if (init) this.checkValue(init, t);
      this.scopes[0]!.set(name, t);
    }
  }

  private isNumericLiteral(e: N): boolean {
    if (e.type === 'Literal' && typeof e.value === 'number') return true;
    return e.type === 'UnaryExpression' && e.operator === '-' && e.argument.type === 'Literal' && typeof e.argument.value === 'number';
  }

  private isConstantExpression(e: N): boolean {
    if (this.isNumericLiteral(e)) return true;
    if (e.type === 'Identifier') return this.facts.constants.has(e.name) && !this.isLocal(e.name);
    if (e.type === 'MemberExpression' && !e.computed && e.object.type === 'Identifier') return this.facts.records.has(e.object.name);
    if (e.type === 'BinaryExpression') return this.isConstantExpression(e.left) && this.isConstantExpression(e.right);
    return false;
  }

  private checkFunction(fn: N, signaturesOnly: boolean): void {
    if (fn.async || fn.generator) this.report(fn, 'statement', 'async and generator functions');
    const scope = new Map<string, KType>();
    for (const p of fn.params) {
      if (p.type !== 'Identifier') {
        this.report(p, 'annotate-param', 'parameters are plain identifiers (no defaults, rest or patterns)');
        continue;
      }
      const t = annotationType(p.typeAnnotation);
      if (!t || t === 'void' || t === 'never') this.report(p, 'annotate-param', `parameter ${p.name} needs an i32, u32, f64, bool or Lit annotation`);
      scope.set(p.name, t ?? 'unknown');
    }
    const ret = annotationType(fn.returnType);
    if (!ret || ret === 'Lit') this.report(fn, 'annotate-return', `function ${fn.id?.name} needs a return type (i32, u32, f64, bool, void or never)`);
    if (signaturesOnly || INTRINSIC_BODIES.has(fn.id?.name)) return;
    this.currentReturn = ret ?? 'unknown';
    this.currentFunction = fn.id?.name;
    this.counters = new Map();
    this.declarators = new Map();
    this.deferred = [];
    this.scopes.push(scope);
    this.checkBlock(fn.body.body);
    this.scopes.pop();
    for (const d of this.deferred) if (this.counters.get(d.decl) !== true) this.report(d.node, 'sign-mix', d.message);
    this.currentFunction = undefined;
  }

  // ---- statements ------------------------------------------------------------------------------

  private checkBlock(stmts: N[]): void {
    this.scopes.push(new Map());
    for (const s of stmts) this.checkStatement(s);
    this.scopes.pop();
  }

  private checkStatement(s: N): void {
    switch (s.type) {
      case 'BlockStatement':
        this.checkBlock(s.body);
        return;
      case 'EmptyStatement':
        return;
      case 'ExpressionStatement':
        this.checkExpressionStatement(s.expression);
        return;
      case 'VariableDeclaration':
        this.checkLocal(s);
        return;
      case 'IfStatement':
        this.checkCondition(s.test);
        this.checkStatement(s.consequent);
        if (s.alternate) this.checkStatement(s.alternate);
        return;
      case 'WhileStatement':
      case 'DoWhileStatement':
        this.checkCondition(s.test);
        this.checkStatement(s.body);
        return;
      case 'ForStatement':
        this.scopes.push(new Map());
        if (s.init?.type === 'VariableDeclaration') this.checkLocal(s.init);
        else if (s.init) this.checkExpressionStatement(s.init);
        if (s.test) this.checkCondition(s.test);
        if (s.update) this.checkExpressionStatement(s.update);
        this.checkStatement(s.body);
        this.scopes.pop();
        return;
      case 'ReturnStatement':
        if (s.argument) this.checkValue(s.argument, this.currentReturn);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        return;
      case 'LabeledStatement':
        if (!/^(For|While|DoWhile)Statement$/.test(s.body.type) && s.body.type !== 'BlockStatement') this.report(s, 'statement', 'labels go on loops and blocks');
        this.checkStatement(s.body);
        return;
      case 'SwitchStatement': {
        const t = this.checkExpression(s.discriminant);
        if (!isIntType(t)) this.report(s.discriminant, 'statement', 'switch over an integer');
        for (const c of s.cases) {
          if (c.test && !this.isConstantExpression(c.test)) this.report(c.test, 'statement', 'case labels are integer constants');
          for (const b of c.consequent) this.checkStatement(b);
        }
        return;
      }
      case 'ThrowStatement':
      case 'TryStatement':
        this.report(s, 'no-exception', `${s.type === 'ThrowStatement' ? 'throw' : 'try'}: call hostFatal instead`);
        return;
      case 'FunctionDeclaration':
        this.report(s, 'no-closure', 'nested function');
        return;
      case 'ClassDeclaration':
        this.report(s, 'no-object', 'class');
        return;
      default:
        this.report(s, 'statement', `${s.type}`);
    }
  }

  private checkLocal(decl: N): void {
    if (decl.kind === 'var') this.report(decl, 'statement', 'var (use let or const)');
    for (const d of decl.declarations) {
      if (d.id.type !== 'Identifier') {
        this.report(d, 'no-object', 'destructuring');
        continue;
      }
      let t = annotationType(d.id.typeAnnotation);
      if (d.id.typeAnnotation && (!t || t === 'void' || t === 'never')) {
        this.report(d, 'local-type', `${d.id.name}: only i32, u32, f64, bool or Lit`);
        t = 'unknown';
      }
      if (!d.init) {
        if (!t) this.report(d, 'local-type', `${d.id.name} needs a type annotation or an initializer`);
      } else if (t) {
        this.checkValue(d.init, t);
      } else {
        t = this.checkExpression(d.init);
        if (t === 'int' || t === 'nat') t = 'i32';
        if (t === 'rawint') {
          this.report(d.init, 'int-coerce', `${d.id.name}: coerce the integer result (| 0)`);
          t = 'i32';
        }
        if (t === 'void' || t === 'never') this.report(d, 'local-type', `${d.id.name}: the initializer has no value (${t})`);
        else if (t === 'unknown') this.report(d, 'local-type', `${d.id.name}: the initializer's type is not known; annotate it`);
      }
      const scope = this.scopes[this.scopes.length - 1]!;
      let decls = this.declarators.get(scope);
      if (!decls) this.declarators.set(scope, (decls = new Map()));
      decls.set(d.id.name, d);
      this.counters.set(d, t === 'i32' && isNonNegativeLiteral(d.init));
      this.scopes[this.scopes.length - 1]!.set(d.id.name, t ?? 'unknown');
    }
  }

  private checkExpressionStatement(e: N): void {
    if (e.type === 'UpdateExpression') {
      this.checkUpdateTarget(e.argument, e);
      return;
    }
    if (e.type === 'AssignmentExpression') {
      this.checkAssignment(e);
      return;
    }
    if (e.type === 'SequenceExpression') {
      for (const x of e.expressions) this.checkExpressionStatement(x);
      return;
    }
    this.checkExpression(e);
  }

  private checkUpdateTarget(target: N, node: N): void {
    if (target.type !== 'Identifier') {
      this.report(node, 'int-coerce', '++/-- only on integer local variables');
      return;
    }
    const t = this.lookup(target.name);
    if (t !== 'i32' && t !== 'u32') this.report(node, 'int-coerce', `++/-- on ${target.name} (${t}): only integer locals`);
    const decl = this.declaratorOf(target.name);
    if (node.operator !== '++' && decl) this.counters.set(decl, false);
  }

  private checkAssignment(e: N): void {
    const target = e.left;
    let t: KType = 'unknown';
    if (target.type === 'Identifier') {
      t = this.lookup(target.name);
      const decl = this.declaratorOf(target.name);
      if (decl && this.counters.get(decl) === true && !isCounterStep(target.name, e)) this.counters.set(decl, false);
      if (this.isViewName(target.name)) this.report(target, 'view-local', 'heap views are not assigned in kernel code');
      if (!this.isLocal(target.name) && !this.scopes[0]!.has(target.name)) {
        this.report(target, 'annotate-global', `${target.name}: only the declaring module assigns a module variable`);
      }
    } else if (target.type === 'MemberExpression') {
      t = this.checkMember(target, true);
    } else {
      this.report(target, 'no-object', 'destructuring assignment');
    }
    if (e.operator === '=') {
      this.checkValue(e.right, t);
      return;
    }
    if (e.operator === '+=' || e.operator === '-=') {
      const r = this.checkExpression(e.right);
      if ((t === 'i32' || t === 'u32') && !(target.type === 'Identifier' && this.isLocal(target.name))) {
        this.report(e, 'int-coerce', `${e.operator} on an integer that is not a local: write x = (x ${e.operator[0]} y) | 0`);
      }
      if (isIntType(t) && r === 'f64') this.report(e.right, 'narrowing', 'f64 added to an integer');
      return;
    }
    if (['|=', '&=', '^=', '<<=', '>>=', '>>>='].includes(e.operator)) {
      this.checkExpression(e.right);
      return;
    }
    const r = this.checkExpression(e.right);
    if (t !== 'f64' || r !== 'f64') this.report(e, 'int-coerce', `${e.operator} only on f64`);
  }

  // ---- expressions -----------------------------------------------------------------------------

  private lookup(name: string): KType {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const t = this.scopes[i]!.get(name);
      if (t) return t;
    }
    const g = this.facts.globals.get(name);
    return g ?? 'unknown';
  }
  /** The declarator of local `name` as seen here (innermost scope), if it is a declared local. */
  private declaratorOf(name: string): N | undefined {
    for (let i = this.scopes.length - 1; i >= 1; i--) {
      const scope = this.scopes[i]!;
      if (scope.has(name)) return this.declarators.get(scope)?.get(name);
    }
    return undefined;
  }
  private isLocal(name: string): boolean {
    for (let i = this.scopes.length - 1; i >= 1; i--) if (this.scopes[i]!.has(name)) return true;
    return false;
  }
  private isViewName(name: string): boolean {
    return name in VIEWS && !this.isLocal(name);
  }

  /** Checks `e` where a value of type `want` is expected. */
  private checkValue(e: N, want: KType): void {
    const t = this.checkExpression(e);
    if (t === 'rawint') {
      this.report(e, 'int-coerce', 'coerce the integer result with | 0 (or >>> 0)');
      return;
    }
    if ((want === 'i32' || want === 'u32') && t === 'f64') this.report(e, 'narrowing', 'f64 where an integer is expected: use | 0 or >>> 0');
    // a constant whose value fits both is either (`const K: i32 = 8` passed as a u32)
    const k = (t === 'i32' || t === 'u32') && e.type === 'Identifier' ? this.literalValue(e) : null;
    const fitsBoth = k !== null && k >= 0 && k <= 0x7fffffff;
    if (want === 'i32' && t === 'u32' && !fitsBoth) this.report(e, 'sign-mix', `u32 ${this.text(e)} where an i32 is expected: write (x | 0)`);
    else if (want === 'u32' && t === 'i32' && !fitsBoth) this.signMix(e, `i32 ${this.text(e)} where a u32 is expected: write (x >>> 0)`);
    else if ((want === 'i32' || want === 'u32') && t !== want) this.checkLiteralRange(e, want);
    // (a `never` call — hostFatal — may stand where a value is expected: it does not return)
    if ((want === 'i32' || want === 'u32' || want === 'f64' || want === 'bool') && t === 'void') {
      this.report(e, 'known-type', `${this.text(e)} has no value (${t})`);
    }
    if ((want === 'i32' || want === 'u32' || want === 'f64') && t === 'bool') this.report(e, 'narrowing', 'bool where a number is expected');
    if (want === 'bool' && (isIntType(t) || t === 'f64')) this.report(e, 'bool-test', 'a number where a bool is expected (compare it: x !== 0)');
    if (t === 'Lit' && want !== 'Lit') this.report(e, 'string-literal', 'a string literal is only a Lit argument');
  }

  /** An integer literal must lie in the range of the integer type it is used as. */
  private checkLiteralRange(e: N, want: KType): void {
    const v = this.literalValue(e);
    if (v === null) return;
    if (want === 'i32' && v > 0x7fffffff) this.report(e, 'sign-mix', `${this.text(e)} is not an i32 (above 2^31 - 1): write (${this.text(e).slice(1, -1)} | 0)`);
    if (want === 'u32' && v < 0) this.report(e, 'sign-mix', `${this.text(e)} is not a u32 (negative)`);
  }

  /** The value of an integer literal or a negated one, else null. */
  private literalValue(e: N): number | null {
    let x = e;
    while (x.type === 'ParenthesizedExpression') x = x.expression;
    if (x.type === 'Literal' && typeof x.value === 'number' && Number.isInteger(x.value)) return x.value;
    if (x.type === 'Identifier' && !this.isLocal(x.name) && this.facts.constantValues.has(x.name)) return this.facts.constantValues.get(x.name)!;
    if (x.type === 'UnaryExpression' && x.operator === '-') {
      const v = this.literalValue(x.argument);
      return v === null ? null : -v;
    }
    return null;
  }

  /** A sign-mix report about an i32 used as a u32; about a counter local it waits for the function's end. */
  private signMix(e: N, message: string): void {
    let x = e;
    while (x.type === 'ParenthesizedExpression') x = x.expression;
    const decl = x.type === 'Identifier' ? this.declaratorOf(x.name) : undefined;
    if (decl && this.counters.has(decl)) this.deferred.push({ node: e, decl, message });
    else this.report(e, 'sign-mix', message);
  }

  /** i32 and u32 meet in a comparison, a division or a conditional: the meaning depends on the sign. */
  private checkSignMix(e: N, l: KType, r: KType, left: N, right: N, what: string): void {
    const fits = (x: N): boolean => {
      const v = this.literalValue(x);
      return v !== null && v >= 0 && v <= 0x7fffffff;
    };
    if (((l === 'u32' && r === 'i32') || (l === 'i32' && r === 'u32')) && !fits(left) && !fits(right)) {
      this.signMix(l === 'i32' ? left : right, `${what} of u32 and i32 (${this.text(left)}, ${this.text(right)}): convert one side with | 0 or >>> 0`);
      return;
    }
    if (l === 'u32') this.checkLiteralRange(right, 'u32');
    if (r === 'u32') this.checkLiteralRange(left, 'u32');
    if (l === 'i32') this.checkLiteralRange(right, 'i32');
    if (r === 'i32') this.checkLiteralRange(left, 'i32');
  }

  private checkCondition(e: N): void {
    this.checkValue(e, 'bool');
  }

  /**
   * Returns the kernel type of `e`, reporting violations inside it. An expression whose type
   * stays unknown with nothing else reported inside it is a `known-type` violation.
   */
  private checkExpression(e: N): KType {
    const before = this.diagnostics.length;
    const t = this.expressionType(e);
    if (t === 'unknown' && this.diagnostics.length === before && !this.excused.has(e)) {
      this.report(e, 'known-type', `the type of ${this.text(e)} is not known`);
    }
    return t;
  }

  private expressionType(e: N): KType {
    switch (e.type) {
      case 'Literal':
        if (typeof e.value === 'number') return /[.eE]/.test(e.raw) && !/^0[xX]/.test(e.raw) ? 'f64' : 'int';
        if (typeof e.value === 'boolean') return 'bool';
        if (typeof e.value === 'string') {
          this.report(e, 'string-literal', 'string literal outside a Lit argument');
          return 'Lit';
        }
        this.report(e, 'no-object', e.regex ? 'regular expression' : `literal ${e.raw}`);
        return 'unknown';
      case 'Identifier':
        return this.checkIdentifier(e);
      case 'ParenthesizedExpression':
        return this.checkExpression(e.expression);
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
        return this.checkExpression(e.expression);
      case 'BinaryExpression':
        return this.checkBinary(e);
      case 'LogicalExpression': {
        if (e.operator === '??') this.report(e, 'statement', '??');
        this.checkValue(e.left, 'bool');
        this.checkValue(e.right, 'bool');
        return 'bool';
      }
      case 'UnaryExpression':
        return this.checkUnary(e);
      case 'ConditionalExpression': {
        this.checkCondition(e.test);
        const a = this.checkExpression(e.consequent);
        const b = this.checkExpression(e.alternate);
        this.checkSignMix(e, a, b, e.consequent, e.alternate, 'a conditional');
        if (a === 'rawint' || b === 'rawint') return 'rawint';
        if (a === 'f64' || b === 'f64') return 'f64';
        if (a === 'int' || a === 'nat') return b;
        if (b === 'int' || b === 'nat') return a;
        return a;
      }
      case 'CallExpression':
        return this.checkCall(e);
      case 'MemberExpression':
        return this.checkMember(e, false);
      case 'AssignmentExpression':
        this.report(e, 'statement', 'assignment inside an expression');
        this.checkAssignment(e);
        return 'unknown';
      case 'UpdateExpression':
        this.report(e, 'statement', '++/-- inside an expression');
        return 'i32';
      case 'ThisExpression':
        this.report(e, 'no-closure', 'this');
        return 'unknown';
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        this.report(e, 'no-closure', 'function value');
        return 'unknown';
      case 'ObjectExpression':
      case 'ArrayExpression':
      case 'NewExpression':
      case 'ClassExpression':
      case 'TemplateLiteral':
      case 'TaggedTemplateExpression':
      case 'SpreadElement':
      case 'ChainExpression':
        this.report(e, 'no-object', `${e.type.replace('Expression', '').toLowerCase()} at run time`);
        return 'unknown';
      case 'SequenceExpression':
        this.report(e, 'statement', 'comma expression');
        return 'unknown';
      default:
        this.report(e, 'statement', `${e.type}`);
        return 'unknown';
    }
  }

  private checkIdentifier(e: N): KType {
    if (this.isViewName(e.name)) {
      this.report(e, 'view-local', `${e.name} used as a value: index it`);
      return 'unknown';
    }
    if (e.name === 'NaN' || e.name === 'Infinity') return 'f64';
    const t = this.lookup(e.name);
    if (t !== 'unknown') return t;
    if (this.isDeclared(e.name)) {
      // declared without a kernel type: reported at the declaration
      this.excused.add(e);
      return 'unknown';
    }
    if (this.facts.records.has(e.name) || this.facts.tables.has(e.name)) {
      this.report(e, 'no-object', `${e.name} used as a value: read its fields / elements`);
      return 'unknown';
    }
    if (this.facts.functions.has(e.name)) {
      this.report(e, 'direct-call', `${e.name}: functions are not values`);
      return 'unknown';
    }
    this.report(e, 'known-type', `${e.name} is not declared`);
    return 'unknown';
  }

  private isDeclared(name: string): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) if (this.scopes[i]!.has(name)) return true;
    return this.facts.globals.has(name);
  }

  private checkBinary(e: N): KType {
    const op: string = e.operator;
    if (op === '==' || op === '!=') {
      this.report(e, 'strict-eq', `${op}: use ${op}=`);
    }
    if (op === 'in' || op === 'instanceof') {
      this.report(e, 'no-object', op);
      return 'bool';
    }
    if (['+', '-', '*'].includes(op) && this.isConstantExpression(e)) return 'int';
    const l = this.checkExpression(e.left);
    const r = this.checkExpression(e.right);
    if (BITWISE.has(op)) {
      if (l === 'bool' || r === 'bool') this.report(e, 'narrowing', `${op} on a bool`);
      if (op === '>>>') {
        const k = this.literalValue(e.right);
        return k !== null && (k & 31) !== 0 ? 'nat' : 'u32';
      }
      if (op === '&') {
        const a = this.literalValue(e.left);
        const b = this.literalValue(e.right);
        if ((a !== null && a >= 0 && a <= 0x7fffffff) || (b !== null && b >= 0 && b <= 0x7fffffff) || l === 'nat' || r === 'nat') return 'nat';
      }
      return 'i32';
    }
    if (COMPARE.has(op) || op === '==' || op === '!=') {
      if (l === 'rawint') this.report(e.left, 'int-coerce', 'coerce the integer result before comparing');
      if (r === 'rawint') this.report(e.right, 'int-coerce', 'coerce the integer result before comparing');
      if ((l === 'bool') !== (r === 'bool') && l !== 'unknown' && r !== 'unknown' && op !== '===' && op !== '!==') this.report(e, 'narrowing', 'bool compared with a number');
      this.checkSignMix(e, l, r, e.left, e.right, `${op}`);
      if (l === 'void') this.report(e.left, 'known-type', `${this.text(e.left)} has no value (void)`);
      if (r === 'void') this.report(e.right, 'known-type', `${this.text(e.right)} has no value (void)`);
      return 'bool';
    }
    if (l === 'bool' || r === 'bool') this.report(e, 'narrowing', `${op} on a bool`);
    if (l === 'Lit' || r === 'Lit') this.report(e, 'string-literal', 'string arithmetic');
    if (l === 'f64' || r === 'f64') {
      if (l === 'rawint') this.report(e.left, 'int-coerce', 'coerce the integer result before mixing with f64');
      if (r === 'rawint') this.report(e.right, 'int-coerce', 'coerce the integer result before mixing with f64');
      return 'f64';
    }
    if (op === '*') {
      if (l === 'int' && r === 'int') return 'int';
      if (isIntType(l) && isIntType(r)) this.report(e, 'int-multiply', 'integer multiplication: use Math.imul(a, b)');
      return 'rawint';
    }
    if (op === '+' || op === '-') {
      if (l === 'int' && r === 'int') return 'int';
      if ((l === 'rawint' && !this.isAdditive(e.left)) || (r === 'rawint' && !this.isAdditive(e.right))) {
        this.report(e, 'int-coerce', 'coerce the product or quotient before adding');
      }
      return 'rawint';
    }
    if (op === '/' || op === '%') {
      this.checkSignMix(e, l, r, e.left, e.right, `${op}`);
      if (l === 'rawint') this.report(e.left, 'int-coerce', 'coerce before dividing');
      if (r === 'rawint') this.report(e.right, 'int-coerce', 'coerce before dividing');
      if (l === 'int' && r === 'int') return 'f64';
      return 'rawint';
    }
    this.report(e, 'statement', `operator ${op}`);
    return 'unknown';
  }

  private isAdditive(e: N): boolean {
    let x = e;
    while (x.type === 'ParenthesizedExpression') x = x.expression;
    return x.type === 'BinaryExpression' && (x.operator === '+' || x.operator === '-');
  }

  private checkUnary(e: N): KType {
    const op: string = e.operator;
    if (op === 'typeof' || op === 'delete' || op === 'void') {
      this.report(e, 'no-object', op);
      return 'unknown';
    }
    const t = this.checkExpression(e.argument);
    if (op === '!') {
      if (t !== 'bool' && t !== 'unknown') this.report(e, 'bool-test', '! on a number: compare it (x === 0)');
      return 'bool';
    }
    if (op === '~') return 'i32';
    if (op === '+') {
      if (t === 'rawint') this.report(e.argument, 'int-coerce', 'coerce before converting to f64');
      return 'f64';
    }
    if (op === '-') {
      if (e.argument.type === 'Literal') return t;
      if (t === 'f64') return 'f64';
      return 'rawint';
    }
    return 'unknown';
  }

  private checkMember(e: N, isStore: boolean): KType {
    const obj = e.object;
    if (obj.type === 'Identifier' && this.isViewName(obj.name)) {
      if (!e.computed) {
        this.report(e, 'view-local', `${obj.name}.${e.property.name}: views are only indexed`);
        return 'unknown';
      }
      const shift = VIEWS[obj.name]!;
      this.checkHeapIndex(e.property, shift, obj.name);
      return obj.name === 'HF64' ? 'f64' : obj.name === 'H32' ? 'i32' : 'nat';
    }
    if (obj.type === 'Identifier' && this.facts.tables.has(obj.name) && !this.isLocal(obj.name)) {
      if (!e.computed) {
        this.report(e, 'const-table', `${obj.name}.${e.property.name}: tables are only indexed`);
        return 'unknown';
      }
      if (isStore) this.report(e, 'const-table', `${obj.name} is read-only`);
      this.checkValue(e.property, 'i32');
      return this.facts.tables.get(obj.name)!;
    }
    if (obj.type === 'Identifier' && this.facts.records.has(obj.name) && !e.computed && !this.isLocal(obj.name)) {
      if (isStore) this.report(e, 'const-record', `${obj.name} is read-only`);
      if (!this.facts.recordFields.get(obj.name)?.has(e.property.name)) {
        this.report(e, 'known-type', `${obj.name} has no field ${e.property.name}`);
        return 'unknown';
      }
      return 'int';
    }
    if (obj.type === 'ThisExpression') this.report(obj, 'no-closure', 'this');
    else this.report(e, 'no-object', 'property access');
    return 'unknown';
  }

  private checkHeapIndex(index: N, shift: number, view: string): void {
    if (shift === 0) {
      this.checkValue(index, 'i32');
      return;
    }
    let x = index;
    while (x.type === 'ParenthesizedExpression') x = x.expression;
    const ok = x.type === 'BinaryExpression' && x.operator === '>>' && x.right.type === 'Literal' && x.right.value === shift;
    if (!ok) this.report(index, 'heap-index', `${view}[...] is indexed by an address shifted right by ${shift}`);
    this.checkExpression(index);
  }

  private checkCall(e: N): KType {
    const callee = e.callee;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.object.name === 'Math') {
      const name = callee.property.name;
      const args: KType[] = e.arguments.map((a: N) => this.checkExpression(a));
      for (let i = 0; i < args.length; i++) if (args[i] === 'rawint') this.report(e.arguments[i], 'int-coerce', 'coerce the integer argument');
      if (name === 'clz32') return 'nat';
      if (MATH_I32.has(name)) return 'i32';
      if (MATH_F64.has(name)) return 'f64';
      this.report(callee, 'direct-call', `Math.${name} is not a kernel intrinsic`);
      return 'unknown';
    }
    if (callee.type !== 'Identifier') {
      this.report(callee, 'direct-call', 'calls name a module-level function');
      for (const a of e.arguments) this.checkExpression(a);
      return 'unknown';
    }
    const name = callee.name;
    const sig = this.facts.functions.get(name);
    const known = (this.moduleFunctions.has(name) || this.imported.has(name)) && !this.isLocal(name);
    if (!known || !sig) {
      this.report(callee, 'direct-call', `${name} is not a kernel or host function`);
      for (const a of e.arguments) this.checkExpression(a);
      return 'unknown';
    }
    if (e.arguments.length !== sig.params.length) this.report(e, 'direct-call', `${name} takes ${sig.params.length} arguments`);
    e.arguments.forEach((a: N, i: number) => {
      const want = sig.params[i] ?? 'unknown';
      if (want === 'Lit') {
        const isLit = a.type === 'Literal' && typeof a.value === 'string';
        const isLitParam = a.type === 'Identifier' && this.lookup(a.name) === 'Lit';
        if (!isLit && !isLitParam) this.report(a, 'string-literal', `${name}: argument ${i + 1} is a string literal`);
        return;
      }
      if (a.type === 'SpreadElement') {
        this.report(a, 'no-object', 'spread');
        return;
      }
      this.checkValue(a, want);
    });
    if (sig.ret === 'unknown') this.excused.add(e);
    return sig.ret;
  }
}

/**
 * The rules added with the precise checker. Each has a committed baseline of known reports
 * (stage0/kernel/baseline.ts); while NEW_RULES_ARE_WARNINGS is true they only warn.
 */
export const NEW_RULES: ReadonlySet<string> = new Set(['known-type', 'sign-mix', 'gc-safety']);
export const NEW_RULES_ARE_WARNINGS = false;

export interface KernelReport {
  /** Violations: checkKernel's result, what makes `ouro check-kernel` fail. */
  errors: KernelDiagnostic[];
  /** Reports of the new rules while they are warnings (NEW_RULES_ARE_WARNINGS). */
  warnings: KernelDiagnostic[];
  /** Reports accepted by a baseline entry. */
  baselined: KernelDiagnostic[];
  /** Baseline entries of the checked files that no report matched (the baseline must shrink with them). */
  unusedBaseline: string[];
}

export interface KernelCheckOptions {
  /** Known reports, as baselineKey() strings (default: KERNEL_BASELINE). */
  baseline?: readonly string[];
  /** Report the new rules as warnings rather than errors (default: NEW_RULES_ARE_WARNINGS). */
  newRulesAsWarnings?: boolean;
}

/**
 * The path from its `runtime/` (or else `test/`) component on (`/x/y/runtime/a.ts` ->
 * `runtime/a.ts`), so that entries match however the checker was given the files.
 */
export function baselinePath(file: string): string {
  const f = file.replace(/\\/g, '/');
  const m = /(^|\/)(runtime|test)\//.exec(f);
  if (!m) return f;
  const i = f.lastIndexOf(`/${m[2]}/`);
  return i >= 0 && !f.startsWith(`${m[2]}/`) ? f.slice(i + 1) : f.slice(m.index + m[1]!.length);
}

/**
 * A report's identity in the baseline: file, function, rule and message without line numbers,
 * so that edits elsewhere in the file do not invalidate it.
 */
export function baselineKey(d: KernelDiagnostic): string {
  return `${baselinePath(d.file)} ${d.fn ?? '-'} ${d.rule} ${d.message.replace(/ \(line \d+\)/g, '')}`;
}

/** Checks kernel sources: errors, warnings and baseline bookkeeping. */
export function checkKernelReport(files: { path: string; source: string }[], options: KernelCheckOptions = {}): KernelReport {
  const all = checkAll(files);
  const asWarnings = options.newRulesAsWarnings ?? NEW_RULES_ARE_WARNINGS;
  const checked = new Set(files.map((f) => baselinePath(f.path)));
  // a multiset: the same report may occur (and be accepted) more than once in a function
  const remaining = new Map<string, number>();
  for (const k of options.baseline ?? KERNEL_BASELINE) remaining.set(k, (remaining.get(k) ?? 0) + 1);
  const report: KernelReport = { errors: [], warnings: [], baselined: [], unusedBaseline: [] };
  for (const d of all) {
    if (!NEW_RULES.has(d.rule)) {
      report.errors.push(d);
      continue;
    }
    const k = baselineKey(d);
    const n = remaining.get(k) ?? 0;
    if (n > 0) {
      remaining.set(k, n - 1);
      report.baselined.push(d);
    } else (asWarnings ? report.warnings : report.errors).push(d);
  }
  for (const [k, n] of remaining) {
    if (!checked.has(k.slice(0, k.indexOf(' ')))) continue;
    for (let i = 0; i < n; i++) report.unusedBaseline.push(k);
  }
  return report;
}

/**
 * Checks kernel sources; returns the violations (empty when all files are kernel TypeScript).
 * Reports of the new rules that are only warnings are written to stderr.
 */
export function checkKernel(files: { path: string; source: string }[], options: KernelCheckOptions = {}): KernelDiagnostic[] {
  const r = checkKernelReport(files, options);
  if (r.errors.some((d) => NEW_RULES.has(d.rule))) {
    console.error('check-kernel: known-type, sign-mix and gc-safety are explained in docs/kernel-ts.md (§1, §2.1, §9.1); ' +
      'fix the new reports (the known ones are listed in stage0/kernel/baseline.ts)');
  }
  if (r.warnings.length > 0) {
    for (const w of r.warnings) console.error(`warning: ${formatKernelDiagnostic(w)}`);
    console.error(`check-kernel: ${r.warnings.length} warning(s) of the new rules (${[...NEW_RULES].join(', ')}); they become errors at 15:45 UTC`);
  }
  return r.errors;
}

/** Every report of every rule, sorted by position. */
function checkAll(files: { path: string; source: string }[]): KernelDiagnostic[] {
  const diagnostics: KernelDiagnostic[] = [];
  const programs: { path: string; program: N }[] = [];
  for (const f of files) {
    if (isNodeHost(f.path)) continue;
    try {
      programs.push({ path: f.path, program: parse(f.source, { sourceType: 'module', typescript: true, file: f.path }) });
    } catch (e) {
      if (e instanceof OuroSyntaxError) {
        const err = e as unknown as { line: number; column: number; message: string };
        diagnostics.push({ file: f.path, line: err.line, column: err.column + 1, rule: 'parse', message: err.message });
      } else throw e;
    }
  }
  const facts = collectFacts(programs);
  const sources = new Map(files.map((f) => [f.path, f.source]));
  for (const { path, program } of programs) {
    const checker = new FileChecker(path, facts, sources.get(path)!);
    checker.checkProgram(program, isHostInterface(path));
    diagnostics.push(...checker.diagnostics);
  }
  let gcReports: ReturnType<typeof checkGcSafety> = [];
  try {
    gcReports = checkGcSafety(programs);
  } catch (e) {
    // a bug of the analysis must not stop everyone's check: say so and go on without the rule
    console.error(`check-kernel: the gc-safety analysis failed (${(e as Error).message}); the rule was skipped`);
  }
  for (const r of gcReports) {
    const loc = r.node?.loc?.start ?? { line: 0, column: 0 };
    diagnostics.push({ file: r.path, line: loc.line, column: loc.column + 1, rule: 'gc-safety', message: r.message, fn: r.fn });
  }
  return diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Formats a diagnostic as `file:line:column rule message`. */
export function formatKernelDiagnostic(d: KernelDiagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`;
}
