// The module loader of the embedder (docs/modules.md): resolution of specifiers to files as Node
// does it, reading and compiling modules, the registry keyed by resolved path, and the graph
// algorithms of ECMA-262 §16.2.1.5 over host-side records — ResolveExport, GetExportedNames,
// Link (InnerModuleLinking, a Tarjan DFS), Evaluate (InnerModuleEvaluation) with async module
// evaluation (ExecuteAsyncModule, AsyncModuleExecutionFulfilled/Rejected, GatherAvailableAncestors)
// — plus dynamic import() jobs, JSON modules and CommonJS (`require`). The heap side (records,
// cells, namespace objects, import.meta) is runtime/modules.ts; each host record names its heap
// record by registry index, and heap values the host keeps across JavaScript run in heap fields
// or are held with moduleHold.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, rootGet, fieldGet } from '../../runtime/heap.ts';
import { JSGeneratorObjectLayout } from '../../runtime/layouts.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { isException, pendingException, pendingExceptionClear, throwValue } from '../../runtime/errors.ts';
import { vmCall, vmCall0, vmCall2, vmArgsReserve, vmArgSet, vmArgsRelease, vmRunScript } from '../../runtime/interpreter.ts';
import { getProperty, setProperty } from '../../runtime/property-access.ts';
import { isCallable } from '../../runtime/conversions.ts';
import { undefinedValue, fixedArrayGet, isJSObject } from '../../runtime/values.ts';
import { isString } from '../../runtime/strings.ts';
import { hookGet, HookId } from '../../runtime/hooks.ts';
import { nodeSetModuleHost, nodeWrite } from '../../runtime/host/node.ts';
import { disassembleAll } from '../bytecode/disassembler.ts';
import {
  ModuleRecord, ModuleOp, moduleRecordNew, moduleField, moduleFieldSet, moduleSetRequested, moduleBindImport,
  moduleBindImportNamespace, moduleInstantiate, moduleExecute, moduleNamespaceBegin, moduleNamespaceAdd, moduleNamespaceFinish,
  moduleHold, moduleHeld, moduleRelease, modulePromiseThen, moduleCallbackNew, moduleCellStore, modulesSetImportJobsAreMacrotasks,
} from '../../runtime/modules.ts';
import { OuroSyntaxError } from '../parse/errors.ts';
import { parseFile, isTypeScriptFile } from '../parse/source-file.ts';
import { stripTypes } from '../strip/strip.ts';
import { analyzeScopes } from '../scope/analyze.ts';
import type { EsNode, ModuleInfo } from '../scope/types.ts';
import { generateProgram, NotSupportedError } from '../bytecode/generator.ts';
import { loadBytecodeFunction } from '../bytecode/load.ts';
import { formatSourceError, lineColumnMapper } from '../diagnostics/code-frame.ts';
import { heapString, hostString } from './engine.ts';

type Status = 'new' | 'unlinked' | 'linking' | 'linked' | 'evaluating' | 'evaluating-async' | 'evaluated';

/** A module record on the host side (the spec's Cyclic Module Record fields). */
export interface HostModule {
  index: number;
  path: string;
  url: string;
  kind: 'source' | 'synthetic';
  status: Status;
  /** ModuleInfo.requestedModules with the `type` import attribute and the position of the first request. */
  requests: { specifier: string; type: string | null; position: number }[];
  loaded: (HostModule | null)[];
  imports: { request: number; importName: string; position: number }[];
  /** `import * as ns` requests (their namespaces must exist before instantiation). */
  namespaceRequests: number[];
  localExports: Map<string, number>;
  indirectExports: { exportName: string; request: number; importName: string | null }[];
  starExports: number[];
  hasTLA: boolean;
  /** Source positions of the top-level awaits (resume point k - 1 is await k), for the unsettled warning. */
  awaitPositions: number[];
  text: string;
  /** The path as printed in messages (relative to the working directory). */
  displayPath: string;
  dfsIndex: number;
  dfsAncestorIndex: number;
  cycleRoot: HostModule | null;
  asyncEvaluation: number; // 0: false; else the order in which it became async
  pendingAsyncDependencies: number;
  asyncParentModules: HostModule[];
  hasError: boolean;
  /** Synthetic modules: sets the default export when evaluated (JSON, CommonJS). */
  evaluateSynthetic: (() => number) | null;
}

/** A module source that does not compile: reported like a script's syntax error. */
export class ModuleCompileError extends Error {
  readonly formatted: string;
  constructor(message: string, formatted: string) {
    super(message);
    this.formatted = formatted;
  }
}

const registry = new Map<string, HostModule>();
/** Imported .js/.ts files are modules whatever package.json says (test262's host; runModuleFile). */
let jsFilesAreModules = false;
const byIndex = new Map<number, HostModule>();
let asyncEvaluationCounter = 1;

// ---- errors ---------------------------------------------------------------------------------------

/** A new error of the realm's constructor `name` with `message` (and a `code` property when given). May GC. */
export function newError(name: string, message: string, code?: string): number {
  const scope = handleScopeOpen();
  const key = heapString(name, true);
  const ctor = getProperty(rootGet(RootIndex.globalObject), key);
  const hCtor = handleNew(ctor);
  const hMessage = handleNew(heapString(message, false));
  let error = handleGet(hMessage);
  if (isCallable(handleGet(hCtor))) {
    error = vmCall2(handleGet(hCtor), undefinedValue(), handleGet(hMessage), undefinedValue());
    if (isException(error)) {
      error = pendingException();
      pendingExceptionClear();
    }
  }
  if (code !== undefined) {
    const hError = handleNew(error);
    const codeKey = heapString('code', true);
    const hCodeKey = handleNew(codeKey);
    const value = heapString(code, false);
    setProperty(handleGet(hError), handleGet(hCodeKey), value, false);
    error = handleGet(hError);
  }
  handleScopeClose(scope);
  return error;
}

/** A JavaScript exception thrown through host code (the value is held until caught). */
export class ModuleThrow extends Error {
  readonly held: number;
  constructor(value: number) {
    super('module error');
    // Held first: describing the value allocates (and may move it).
    this.held = moduleHold(value);
    this.message = `module error: ${describe(moduleHeld(this.held))}`;
  }
  /** The thrown value (released). */
  take(): number {
    const v = moduleHeld(this.held);
    moduleRelease(this.held);
    return v;
  }
  peek(): number {
    return moduleHeld(this.held);
  }
}

/** A short text of a thrown value (internal errors only). */
function describe(value: number): string {
  if ((value & 1) !== 0 && isString(value)) return hostString(value);
  if ((value & 1) !== 0 && isJSObject(value)) {
    const scope = handleScopeOpen();
    const hValue = handleNew(value);
    const key = heapString('message', true);
    const m = getProperty(handleGet(hValue), key);
    handleScopeClose(scope);
    if (!isException(m) && (m & 1) !== 0 && isString(m)) return hostString(m);
  }
  return String(value);
}

function throwNew(name: string, message: string, code?: string): never {
  throw new ModuleThrow(newError(name, message, code));
}

/** Turns a kernel completion into a host exception. */
function check(result: number): number {
  if (isException(result)) {
    const v = pendingException();
    pendingExceptionClear();
    throw new ModuleThrow(v);
  }
  return result;
}

// ---- resolution -----------------------------------------------------------------------------------

const NODE_BUILTINS = new Set([
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os',
  'path', 'process', 'readline', 'stream', 'string_decoder', 'timers', 'tty', 'url', 'util', 'vm', 'worker_threads', 'zlib',
]);

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);
}

/** The path of a referrer (a file name, a file URL, or a script name such as `[eval]`). */
function referrerPath(referrer: string | null): string | null {
  if (referrer === null) return null;
  if (referrer.startsWith('file://')) return fileURLToPath(referrer);
  if (referrer.startsWith('[')) return null;
  return path.resolve(referrer);
}

/** Resolves `specifier` relative to `referrer` as Node's ESM resolver does (extensions are not added). */
export function resolveSpecifier(specifier: string, referrer: string | null): string {
  const from = referrerPath(referrer);
  const base = from === null ? process.cwd() : path.dirname(from);
  const importedFrom = from ?? path.join(process.cwd(), '[eval]');
  if (isNodeBuiltin(specifier)) {
    throwNew('Error', `Cannot load '${specifier}': Node's built-in modules are not available in Ouro`, 'ERR_UNKNOWN_BUILTIN_MODULE');
  }
  let file: string;
  if (specifier.startsWith('file://')) {
    try {
      file = fileURLToPath(specifier);
    } catch {
      throwNew('TypeError', `Invalid URL: ${specifier}`, 'ERR_INVALID_URL');
    }
  } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    file = path.resolve(base, specifier);
  } else {
    throwNew('Error', `Cannot find package '${specifier}' imported from ${importedFrom}`, 'ERR_MODULE_NOT_FOUND');
  }
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = null;
  }
  if (stat === null) throwNew('Error', `Cannot find module '${file}' imported from ${importedFrom}`, 'ERR_MODULE_NOT_FOUND');
  if (stat.isDirectory()) {
    throwNew('Error', `Directory import '${file}' is not supported resolving ES modules imported from ${importedFrom}`, 'ERR_UNSUPPORTED_DIR_IMPORT');
  }
  return fs.realpathSync(file);
}

/** The `type` field of the nearest package.json ('module', 'commonjs' or null). */
function packageType(file: string): string | null {
  let dir = path.dirname(file);
  for (;;) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      try {
        const t = JSON.parse(fs.readFileSync(p, 'utf8')).type;
        return typeof t === 'string' ? t : null;
      } catch {
        return null;
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * The goal of an imported file, as Node decides it: .mjs/.mts modules; .cjs/.cts CommonJS;
 * .js/.ts by the nearest package.json's "type", else modules when they have module syntax.
 */
function importedGoal(file: string): 'module' | 'commonjs' | 'auto' {
  if (/\.m[jt]s$/.test(file)) return 'module';
  if (/\.c[jt]s$/.test(file)) return 'commonjs';
  const t = packageType(file);
  if (t === 'module') return 'module';
  if (t === 'commonjs') return 'commonjs';
  return 'auto';
}

// ---- compiling and creating records ---------------------------------------------------------------

function displayPathOf(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function compileError(file: string, text: string, e: unknown): never {
  if (e instanceof OuroSyntaxError) {
    throw new ModuleCompileError(e.message, formatSourceError(displayPathOf(file), text, 'SyntaxError', e.message, e, process.stderr.isTTY === true));
  }
  if (e instanceof NotSupportedError) {
    const pos = lineColumnMapper(text)(e.sourceOffset);
    throw new ModuleCompileError(e.message, `${displayPathOf(file)}:${pos}: SyntaxError: ${e.message}\n`);
  }
  throw e;
}

function typeAttribute(node: EsNode): string | null {
  for (const a of (node.attributes ?? []) as EsNode[]) {
    const k = a.key.type === 'Identifier' ? a.key.name : String(a.key.value);
    if (k === 'type') return String(a.value.value);
  }
  return null;
}

function newHostModule(index: number, file: string, kind: 'source' | 'synthetic', text: string): HostModule {
  return {
    index, path: file, url: pathToFileURL(file).href, kind, status: 'new', requests: [], loaded: [], imports: [],
    namespaceRequests: [], localExports: new Map(), indirectExports: [], starExports: [], hasTLA: false,
    awaitPositions: [], text, displayPath: displayPathOf(file), dfsIndex: -1, dfsAncestorIndex: -1, cycleRoot: null,
    asyncEvaluation: 0, pendingAsyncDependencies: 0, asyncParentModules: [], hasError: false, evaluateSynthetic: null,
  };
}

function setMetaStrings(m: HostModule): void {
  const scope = handleScopeOpen();
  moduleFieldSet(m.index, ModuleRecord.url, heapString(m.url, false));
  moduleFieldSet(m.index, ModuleRecord.filename, heapString(m.path, false));
  moduleFieldSet(m.index, ModuleRecord.dirname, heapString(path.dirname(m.path), false));
  handleScopeClose(scope);
}

/** Compiles module source text into a new record (not yet linked). Throws ModuleCompileError. */
export function createSourceModule(file: string, source: string): HostModule {
  let text = source;
  let program: EsNode;
  let top;
  let info: ModuleInfo;
  try {
    if (isTypeScriptFile(file)) text = stripTypes(source, { file, sourceType: 'module' }).code;
    program = parseFile(text, file, 'module') as unknown as EsNode;
    const analysis = analyzeScopes(program);
    info = analysis.module!;
    top = generateProgram(analysis);
  } catch (e) {
    compileError(file, text, e);
  }
  const index = moduleRecordNew(info.cells.length, info.imports.length, info.requestedModules.length);
  const m = newHostModule(index, file, 'source', text);
  byIndex.set(index, m);
  // Requests with their attributes and first positions.
  const firstNode = new Map<string, EsNode>();
  for (const node of program.body as EsNode[]) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) {
      const s = String(node.source.value);
      if (!firstNode.has(s)) firstNode.set(s, node);
    }
  }
  m.requests = info.requestedModules.map((s) => {
    const node = firstNode.get(s);
    return { specifier: s, type: node ? typeAttribute(node) : null, position: node ? node.source.start : 0 };
  });
  m.loaded = m.requests.map(() => null);
  // Positions of imported names (for the "does not provide an export" error).
  const importPositions = new Map<unknown, number>();
  for (const node of program.body as EsNode[]) {
    if (node.type !== 'ImportDeclaration') continue;
    for (const spec of node.specifiers as EsNode[]) {
      if (spec.type === 'ImportNamespaceSpecifier') {
        const r = info.requestedModules.indexOf(String(node.source.value));
        if (!m.namespaceRequests.includes(r)) m.namespaceRequests.push(r);
      }
      importPositions.set(spec.local.name, spec.type === 'ImportSpecifier' ? spec.imported.start : spec.start);
    }
  }
  m.imports = info.imports.map((i) => ({
    request: info.requestedModules.indexOf(i.source), importName: i.imported, position: importPositions.get(i.binding.name) ?? 0,
  }));
  info.cells.forEach((b, cell) => {
    for (const name of b.exportNames) m.localExports.set(name, cell);
    // An exported `var` is undefined from instantiation on (no TDZ); lexical cells start as holes.
    if (b.kind === 'var') moduleCellStore(index, cell, undefinedValue());
  });
  for (const r of info.reexports) {
    const request = info.requestedModules.indexOf(r.source);
    if (r.imported === null && r.exported === null) m.starExports.push(request);
    else m.indirectExports.push({ exportName: r.exported!, request, importName: r.imported });
  }
  m.hasTLA = top.kind === 'module' && collectTopLevelAwaits(program, m.awaitPositions);
  if (printBytecode) nodeWrite(1, disassembleAll(top, { bytes: false, position: lineColumnMapper(text) }));
  const scope = handleScopeOpen();
  const sfi = loadBytecodeFunction(top, { fileName: m.url, source: text });
  moduleFieldSet(index, ModuleRecord.function, sfi);
  handleScopeClose(scope);
  setMetaStrings(m);
  m.status = 'unlinked';
  return m;
}

/** Positions of the awaits outside functions, in source order; true when there is one. */
function collectTopLevelAwaits(program: EsNode, out: number[]): boolean {
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const e = n as EsNode;
    if (typeof e.type !== 'string') return;
    if (/Function/.test(e.type) || e.type === 'StaticBlock') return;
    if (e.type === 'AwaitExpression' || (e.type === 'ForOfStatement' && e.await) || (e.type === 'VariableDeclaration' && e.kind === 'await using')) {
      out.push(e.start);
    }
    for (const key of Object.keys(e)) {
      if (key === 'loc' || key === 'range' || key === 'parent') continue;
      if ((e.type === 'MethodDefinition' || e.type === 'PropertyDefinition') && key === 'value') continue;
      visit(e[key]);
    }
  };
  visit(program.body);
  out.sort((a, b) => a - b);
  return out.length > 0;
}

/** A synthetic module with one export, `default`, set by `evaluate` when the module is evaluated. */
function createSyntheticModule(file: string, evaluate: (m: HostModule) => number, names: string[] = []): HostModule {
  const index = moduleRecordNew(1 + names.length, 0, 0);
  const m = newHostModule(index, file, 'synthetic', '');
  byIndex.set(index, m);
  m.localExports.set('default', 0);
  names.forEach((n, i) => m.localExports.set(n, i + 1));
  m.evaluateSynthetic = () => evaluate(m);
  setMetaStrings(m);
  m.status = 'linked';
  return m;
}

/**
 * The named exports Node's cjs-module-lexer would find in CommonJS source: `exports.x =`,
 * `module.exports.x =`, `exports['x'] =`, `Object.defineProperty(exports, 'x'`, and the
 * identifier keys of `module.exports = { a, b: …, c() {} }`.
 */
export function commonJsExportNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/\b(?:module\.)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=[^=]/g)) names.add(m[1]!);
  for (const m of source.matchAll(/\b(?:module\.)?exports\s*\[\s*(['"])([^'"]+)\1\s*\]\s*=[^=]/g)) names.add(m[2]!);
  for (const m of source.matchAll(/Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1/g)) names.add(m[2]!);
  // `module.exports = { a, b: c, 'd': e }`: shorthand and `key: identifier` entries up to the
  // first other form (cjs-module-lexer stops there).
  const start = /\bmodule\.exports\s*=\s*\{/.exec(source);
  if (start) {
    let rest = source.slice(start.index + start[0].length);
    const entry = /^\s*(?:([A-Za-z_$][\w$]*)|(['"])([^'"]*)\2)\s*(?::\s*[A-Za-z_$][\w$]*\s*)?([,}])/;
    for (;;) {
      const e = entry.exec(rest);
      if (!e) break;
      if (e[1] !== undefined && !/:/.test(e[0]) && e[2] === undefined) names.add(e[1]);
      else if (e[1] !== undefined || e[3] !== undefined) names.add(e[1] ?? e[3]!);
      if (e[4] === '}') break;
      rest = rest.slice(e[0].length);
    }
  }
  names.delete('default');
  names.delete('__esModule');
  return [...names];
}

/** Stores the default export of a synthetic module (cell 0; namespace mirrors included). */
function setDefault(m: HostModule, value: number): void {
  moduleCellStore(m.index, 0, value);
}

/** JSON.parse(text) of the realm. */
function jsonParse(text: string): number {
  const scope = handleScopeOpen();
  const jsonKey = heapString('JSON', true);
  const json = check(getProperty(rootGet(RootIndex.globalObject), jsonKey));
  const hJson = handleNew(json);
  const parseKey = heapString('parse', true);
  const parse = check(getProperty(handleGet(hJson), parseKey));
  const hParse = handleNew(parse);
  const hText = handleNew(heapString(text, false));
  const r = vmCall2(handleGet(hParse), handleGet(hJson), handleGet(hText), undefinedValue());
  handleScopeClose(scope);
  return check(r);
}

/**
 * HostLoadImportedModule for one request: the record of the resolved file (made on first use:
 * source modules compiled, JSON and CommonJS files as synthetic modules). Throws ModuleThrow
 * (resolution, attribute errors) or ModuleCompileError.
 */
export function loadModule(specifier: string, type: string | null, referrer: string | null): HostModule {
  const file = resolveSpecifier(specifier, referrer);
  const isJson = file.endsWith('.json');
  if (type !== null && type !== 'json') {
    throwNew('TypeError', `Import attribute "type" with value "${type}" is not supported`, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED');
  }
  if (isJson && type !== 'json') {
    throwNew('TypeError', `Module "${pathToFileURL(file).href}" needs an import attribute of "type: json"`, 'ERR_IMPORT_ATTRIBUTE_MISSING');
  }
  if (!isJson && type === 'json') {
    throwNew('TypeError', `Module "${pathToFileURL(file).href}" is not of type "json"`, 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE');
  }
  const existing = registry.get(file);
  if (existing) return existing;
  let m: HostModule;
  if (isJson) {
    const text = fs.readFileSync(file, 'utf8');
    // Invalid JSON fails the load (before any evaluation), with the parser's message.
    try {
      JSON.parse(text);
    } catch (e) {
      throwNew('SyntaxError', `${pathToFileURL(file).href}: ${(e as Error).message}`);
    }
    m = createSyntheticModule(file, (self) => {
      setDefault(self, jsonParse(text));
      return undefinedValue();
    });
  } else {
    const goal = jsFilesAreModules && /\.[jt]s$/.test(file) ? 'module' : importedGoal(file);
    const source = fs.readFileSync(file, 'utf8');
    let asModule = goal === 'module';
    if (goal === 'auto') {
      try {
        const text = isTypeScriptFile(file) ? stripTypes(source, { file, sourceType: 'module' }).code : source;
        asModule = (parseFile(text, file, 'auto') as unknown as { sourceType: string }).sourceType === 'module';
      } catch {
        asModule = true; // the module compile reports the error
      }
    }
    if (asModule) {
      m = createSourceModule(file, source);
    } else {
      // CommonJS: `default` is module.exports; the names a static scan finds (as Node's
      // cjs-module-lexer does) are exports too, read from module.exports after it ran.
      const names = commonJsExportNames(source);
      m = createSyntheticModule(file, (self) => {
        const exportsValue = requireFile(file);
        const scope = handleScopeOpen();
        const hExports = handleNew(exportsValue);
        setDefault(self, handleGet(hExports));
        names.forEach((n, i) => {
          const key = heapString(n, true);
          const isObject = (handleGet(hExports) & 1) !== 0 && isJSObject(handleGet(hExports));
          const v = isObject ? check(getProperty(handleGet(hExports), key)) : undefinedValue();
          moduleCellStore(self.index, i + 1, v);
        });
        handleScopeClose(scope);
        return undefinedValue();
      }, names);
    }
  }
  registry.set(file, m);
  return m;
}

/** LoadRequestedModules: loads the static graph below `m` (depth first, each file once). */
export function loadGraph(m: HostModule): void {
  const seen = new Set<HostModule>();
  const visit = (x: HostModule): void => {
    if (seen.has(x)) return;
    seen.add(x);
    x.requests.forEach((r, i) => {
      if (x.loaded[i] === null) x.loaded[i] = loadModule(r.specifier, r.type, x.path);
      moduleSetRequested(x.index, i, x.loaded[i]!.index);
      visit(x.loaded[i]!);
    });
  };
  visit(m);
}

// ---- ResolveExport, GetExportedNames, namespaces -------------------------------------------------

type Resolution = { module: HostModule; cell: number } | { module: HostModule; namespace: true } | null | 'ambiguous';

function resolveExport(m: HostModule, exportName: string, resolveSet: { module: HostModule; name: string }[] = []): Resolution {
  for (const r of resolveSet) if (r.module === m && r.name === exportName) return null;
  resolveSet.push({ module: m, name: exportName });
  const cell = m.localExports.get(exportName);
  if (cell !== undefined) return { module: m, cell };
  for (const e of m.indirectExports) {
    if (e.exportName !== exportName) continue;
    const imported = m.loaded[e.request]!;
    if (e.importName === null) return { module: imported, namespace: true };
    return resolveExport(imported, e.importName, resolveSet);
  }
  if (exportName === 'default') return null;
  let star: Resolution = null;
  for (const r of m.starExports) {
    const resolution = resolveExport(m.loaded[r]!, exportName, resolveSet);
    if (resolution === 'ambiguous') return 'ambiguous';
    if (resolution === null) continue;
    if (star === null) {
      star = resolution;
    } else if (star.module !== resolution.module || ('cell' in star) !== ('cell' in resolution) ||
      ('cell' in star && 'cell' in resolution && star.cell !== resolution.cell)) {
      return 'ambiguous';
    }
  }
  return star;
}

function getExportedNames(m: HostModule, exportStarSet: Set<HostModule> = new Set()): string[] {
  if (exportStarSet.has(m)) return [];
  exportStarSet.add(m);
  const names: string[] = [...m.localExports.keys(), ...m.indirectExports.map((e) => e.exportName)];
  for (const r of m.starExports) {
    for (const n of getExportedNames(m.loaded[r]!, exportStarSet)) {
      if (n !== 'default' && !names.includes(n)) names.push(n);
    }
  }
  return names;
}

/** GetModuleNamespace: made once per module, its exports sorted by code unit. */
export function ensureNamespace(m: HostModule): void {
  if (moduleField(m.index, ModuleRecord.namespace) !== undefinedValue()) return;
  moduleNamespaceBegin(m.index);
  const names = getExportedNames(m).filter((n) => {
    const r = resolveExport(m, n);
    return r !== null && r !== 'ambiguous';
  });
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const n of names) {
    const r = resolveExport(m, n) as Exclude<Resolution, null | 'ambiguous'>;
    if ('namespace' in r) ensureNamespace(r.module);
    const scope = handleScopeOpen();
    // Array-index names are element keys (Smis), as property keys are canonicalised.
    const key = /^(0|[1-9]\d{0,8})$/.test(n) ? Number(n) << 1 : heapString(n, true);
    moduleNamespaceAdd(m.index, key, r.module.index, 'cell' in r ? r.cell : -1);
    handleScopeClose(scope);
  }
  moduleNamespaceFinish(m.index);
}

// ---- Link -----------------------------------------------------------------------------------------

/** Link(): throws ModuleThrow (a SyntaxError) after resetting the modules it visited. */
export function link(m: HostModule): void {
  const stack: HostModule[] = [];
  try {
    innerLink(m, stack, 0);
  } catch (e) {
    for (const x of stack) x.status = 'unlinked';
    throw e;
  }
}

function innerLink(m: HostModule, stack: HostModule[], index: number): number {
  if (m.kind === 'synthetic') return index;
  if (m.status === 'linking' || m.status === 'linked' || m.status === 'evaluating-async' || m.status === 'evaluated') return index;
  m.status = 'linking';
  m.dfsIndex = index;
  m.dfsAncestorIndex = index;
  index++;
  stack.push(m);
  for (const required of m.loaded) {
    index = innerLink(required!, stack, index);
    if (required!.status === 'linking') m.dfsAncestorIndex = Math.min(m.dfsAncestorIndex, required!.dfsAncestorIndex);
  }
  initializeEnvironment(m);
  if (m.dfsAncestorIndex === m.dfsIndex) {
    for (;;) {
      const x = stack.pop()!;
      x.status = 'linked';
      if (x === m) break;
    }
  }
  return index;
}

function linkError(m: HostModule, position: number, message: string): never {
  // V8 reports link errors as SyntaxErrors at the import in the importing module.
  const error = newError('SyntaxError', message);
  const pos = lineColumnMapper(m.text)(position);
  linkErrorPositions.set(moduleHold(error), `${m.displayPath}:${pos}`);
  throw new ModuleThrow(error);
}
/** Positions of link errors, for the report of the entry point (held id → `file:line:col`). */
const linkErrorPositions = new Map<number, string>();

function initializeEnvironment(m: HostModule): void {
  for (const e of m.indirectExports) {
    const r = resolveExport(m, e.exportName);
    const request = m.requests[e.request]!;
    if (r === null) linkError(m, request.position, `The requested module '${request.specifier}' does not provide an export named '${e.importName}'`);
    if (r === 'ambiguous') linkError(m, request.position, `The requested module '${request.specifier}' contains conflicting star exports for name '${e.importName}'`);
  }
  m.imports.forEach((imp, i) => {
    const imported = m.loaded[imp.request]!;
    const request = m.requests[imp.request]!;
    const r = resolveExport(imported, imp.importName);
    if (r === null && imported.kind === 'synthetic' && !imported.path.endsWith('.json')) {
      linkError(m, imp.position, `Named export '${imp.importName}' not found. The requested module '${request.specifier}' is a CommonJS module, which may not support all module.exports as named exports.`);
    }
    if (r === null) linkError(m, imp.position, `The requested module '${request.specifier}' does not provide an export named '${imp.importName}'`);
    if (r === 'ambiguous') linkError(m, imp.position, `The requested module '${request.specifier}' contains conflicting star exports for name '${imp.importName}'`);
    if ('namespace' in r) {
      ensureNamespace(r.module);
      moduleBindImportNamespace(m.index, i, r.module.index);
    } else {
      moduleBindImport(m.index, i, r.module.index, r.cell);
    }
  });
  for (const r of m.namespaceRequests) ensureNamespace(m.loaded[r]!);
  const scope = handleScopeOpen();
  const sfi = moduleField(m.index, ModuleRecord.function);
  check(moduleInstantiate(m.index, sfi));
  handleScopeClose(scope);
}

// ---- Evaluate -------------------------------------------------------------------------------------

function promiseNew(): number {
  return check(vmCall0(hookGet(HookId.promiseCreate), undefinedValue()));
}
function promiseSettle(promise: number, value: number, reject: boolean): void {
  check(vmCall2(hookGet(reject ? HookId.promiseReject : HookId.promiseResolve), undefinedValue(), promise, value));
}

function evaluationError(m: HostModule): number {
  return moduleField(m.index, ModuleRecord.error);
}

/** Evaluate(): the module's top-level capability promise. */
export function evaluate(module: HostModule): number {
  let m = module;
  if ((m.status === 'evaluating-async' || m.status === 'evaluated') && m.cycleRoot) m = m.cycleRoot;
  const existing = moduleField(m.index, ModuleRecord.promise);
  if (existing !== undefinedValue()) return existing;
  const stack: HostModule[] = [];
  moduleFieldSet(m.index, ModuleRecord.promise, promiseNew());
  try {
    innerEvaluate(m, stack, 0);
    if (m.asyncEvaluation === 0) promiseSettle(moduleField(m.index, ModuleRecord.promise), undefinedValue(), false);
  } catch (e) {
    if (!(e instanceof ModuleThrow)) throw e;
    const error = e.take();
    const scope = handleScopeOpen();
    const hError = handleNew(error);
    for (const x of stack) {
      x.status = 'evaluated';
      x.hasError = true;
      moduleFieldSet(x.index, ModuleRecord.error, handleGet(hError));
    }
    if (m.kind === 'synthetic') {
      m.hasError = true;
      moduleFieldSet(m.index, ModuleRecord.error, handleGet(hError));
    }
    promiseSettle(moduleField(m.index, ModuleRecord.promise), handleGet(hError), true);
    handleScopeClose(scope);
  }
  return moduleField(m.index, ModuleRecord.promise);
}

function innerEvaluate(m: HostModule, stack: HostModule[], index: number): number {
  if (m.kind === 'synthetic') {
    if (m.status === 'evaluated') {
      if (m.hasError) throw new ModuleThrow(evaluationError(m));
      return index;
    }
    m.status = 'evaluated';
    try {
      check(m.evaluateSynthetic!());
    } catch (e) {
      if (e instanceof ModuleThrow) {
        m.hasError = true;
        moduleFieldSet(m.index, ModuleRecord.error, e.peek());
      }
      throw e;
    }
    return index;
  }
  if (m.status === 'evaluating-async' || m.status === 'evaluated') {
    if (m.hasError) throw new ModuleThrow(evaluationError(m));
    return index;
  }
  if (m.status === 'evaluating') return index;
  m.status = 'evaluating';
  m.dfsIndex = index;
  m.dfsAncestorIndex = index;
  m.pendingAsyncDependencies = 0;
  index++;
  stack.push(m);
  for (let required of m.loaded) {
    index = innerEvaluate(required!, stack, index);
    if (required!.status === 'evaluating') {
      m.dfsAncestorIndex = Math.min(m.dfsAncestorIndex, required!.dfsAncestorIndex);
    } else {
      if (required!.cycleRoot) required = required!.cycleRoot;
      if (required!.hasError) throw new ModuleThrow(evaluationError(required!));
    }
    if (required!.asyncEvaluation !== 0) {
      m.pendingAsyncDependencies++;
      required!.asyncParentModules.push(m);
    }
  }
  if (m.pendingAsyncDependencies > 0 || m.hasTLA) {
    m.asyncEvaluation = asyncEvaluationCounter++;
    if (m.pendingAsyncDependencies === 0) executeAsyncModule(m);
  } else {
    check(moduleExecute(m.index));
  }
  if (m.dfsAncestorIndex === m.dfsIndex) {
    for (;;) {
      const x = stack.pop()!;
      x.status = x.asyncEvaluation === 0 ? 'evaluated' : 'evaluating-async';
      x.cycleRoot = m;
      if (x === m) break;
    }
  }
  return index;
}

function executeAsyncModule(m: HostModule): void {
  const promise = check(moduleExecute(m.index));
  check(modulePromiseThen(promise, ModuleOp.asyncFulfilled, ModuleOp.asyncRejected, m.index));
}

function gatherAvailableAncestors(m: HostModule, execList: HostModule[]): void {
  for (const p of m.asyncParentModules) {
    if (execList.includes(p) || p.cycleRoot?.hasError) continue;
    p.pendingAsyncDependencies--;
    if (p.pendingAsyncDependencies === 0) {
      execList.push(p);
      if (!p.hasTLA) gatherAvailableAncestors(p, execList);
    }
  }
}

function asyncModuleExecutionFulfilled(m: HostModule): void {
  if (m.status === 'evaluated') return;
  m.asyncEvaluation = 0;
  m.status = 'evaluated';
  const capability = moduleField(m.index, ModuleRecord.promise);
  if (capability !== undefinedValue()) promiseSettle(capability, undefinedValue(), false);
  const execList: HostModule[] = [];
  gatherAvailableAncestors(m, execList);
  const order = new Map(execList.map((x) => [x, x.asyncEvaluation]));
  execList.sort((a, b) => order.get(a)! - order.get(b)!);
  for (const x of execList) {
    if (x.status === 'evaluated') continue;
    if (x.hasTLA) {
      executeAsyncModule(x);
      continue;
    }
    try {
      check(moduleExecute(x.index));
    } catch (e) {
      if (!(e instanceof ModuleThrow)) throw e;
      asyncModuleExecutionRejected(x, e.take());
      continue;
    }
    x.asyncEvaluation = 0;
    x.status = 'evaluated';
    const c = moduleField(x.index, ModuleRecord.promise);
    if (c !== undefinedValue()) promiseSettle(c, undefinedValue(), false);
  }
}

function asyncModuleExecutionRejected(m: HostModule, error: number): void {
  if (m.status === 'evaluated') return;
  const scope = handleScopeOpen();
  const hError = handleNew(error);
  m.hasError = true;
  moduleFieldSet(m.index, ModuleRecord.error, handleGet(hError));
  m.status = 'evaluated';
  // Leaf to root (ECMA-262 2025): the module's own capability, then its async parents.
  const c = moduleField(m.index, ModuleRecord.promise);
  if (c !== undefinedValue()) promiseSettle(c, handleGet(hError), true);
  for (const p of m.asyncParentModules) asyncModuleExecutionRejected(p, handleGet(hError));
  handleScopeClose(scope);
}

// ---- the host callback ------------------------------------------------------------------------------

/** Pending waits on promises: job id → what to do with the outcome. */
const waits = new Map<number, { fulfilled: (value: number) => void; rejected: (reason: number) => void }>();
let nextWait = 1;

function waitFor(promise: number, fulfilled: (value: number) => void, rejected: (reason: number) => void): void {
  const id = nextWait++;
  waits.set(id, { fulfilled, rejected });
  check(modulePromiseThen(promise, ModuleOp.waitFulfilled, ModuleOp.waitRejected, id));
}

/** hostModuleRequest: the kernel's calls into the loader. Returns a value or the exception sentinel. */
function moduleRequest(op: number, a: number, b: number): number {
  try {
    switch (op) {
      case ModuleOp.dynamicImport:
        return dynamicImportJob(a);
      case ModuleOp.asyncFulfilled:
        asyncModuleExecutionFulfilled(byIndex.get(a >> 1)!);
        return undefinedValue();
      case ModuleOp.asyncRejected:
        asyncModuleExecutionRejected(byIndex.get(a >> 1)!, b);
        return undefinedValue();
      case ModuleOp.waitFulfilled:
      case ModuleOp.waitRejected: {
        const w = waits.get(a >> 1);
        if (!w) return undefinedValue();
        waits.delete(a >> 1);
        if (op === ModuleOp.waitFulfilled) w.fulfilled(b);
        else w.rejected(b);
        return undefinedValue();
      }
      case ModuleOp.resolve: {
        const m = byIndex.get(a >> 1)!;
        const spec = (b & 1) !== 0 && isString(b) ? hostString(b) : String(b >> 1);
        let url: string;
        if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) url = new URL(spec, m.url).href;
        else if (isNodeBuiltin(spec)) url = spec.startsWith('node:') ? spec : `node:${spec}`;
        else url = new URL(spec, m.url).href;
        return heapString(url, false);
      }
      case ModuleOp.require:
        return requireFrom(a >> 1, b);
      case ModuleOp.requireResolve: {
        const from = cjsById.get(a >> 1)!;
        if (!((b & 1) !== 0 && isString(b))) throwNew('TypeError', 'The "request" argument must be of type string');
        return heapString(resolveRequire(hostString(b), from.path), false);
      }
      default:
        return undefinedValue();
    }
  } catch (e) {
    if (e instanceof ModuleThrow) return throwValue(e.take());
    if (e instanceof ModuleCompileError) return throwValue(newError('SyntaxError', e.message));
    throw e;
  }
}

/** A dynamic import() job: packet = [promise, referrer name, specifier, type or undefined]. */
function dynamicImportJob(packet: number): number {
  const held = moduleHold(packet);
  // The packet is read through the hold: holding it may have moved it.
  const promise = () => fixedArrayGet(moduleHeld(held), 0);
  const referrerValue = fixedArrayGet(moduleHeld(held), 1);
  const referrer = (referrerValue & 1) !== 0 && isString(referrerValue) ? hostString(referrerValue) : null;
  const specifier = hostString(fixedArrayGet(moduleHeld(held), 2));
  const typeValue = fixedArrayGet(moduleHeld(held), 3);
  const type = (typeValue & 1) !== 0 && typeValue !== undefinedValue() && isString(typeValue) ? hostString(typeValue) : null;
  try {
    const m = loadModule(specifier, type, referrer);
    loadGraph(m);
    link(m);
    const p = evaluate(m);
    waitFor(p, () => {
      ensureNamespace(m);
      promiseSettle(promise(), moduleField(m.index, ModuleRecord.namespace), false);
      moduleRelease(held);
    }, (reason) => {
      promiseSettle(promise(), reason, true);
      moduleRelease(held);
    });
  } catch (e) {
    let reason: number;
    if (e instanceof ModuleThrow) reason = e.take();
    else if (e instanceof ModuleCompileError) reason = newError('SyntaxError', e.message);
    else throw e;
    promiseSettle(promise(), reason, true);
    moduleRelease(held);
  }
  return undefinedValue();
}

// ---- CommonJS -------------------------------------------------------------------------------------

interface CjsModule {
  /** Held `module` object. */
  held: number;
  path: string;
}
const cjsCache = new Map<string, CjsModule>();
const cjsById = new Map<number, CjsModule>();
/** The CommonJS entry point (`ouro run main.cjs`): require.main. */
let mainCjs: CjsModule | null = null;
let nextCjs = 1;

function resolveRequire(specifier: string, fromFile: string): string {
  const found = resolveRequireFile(specifier, fromFile);
  if (/\.m[jt]s$/.test(found)) throwNew('Error', `require() of ES Module ${found} from ${fromFile} not supported.`, 'ERR_REQUIRE_ESM');
  return found;
}

function resolveRequireFile(specifier: string, fromFile: string): string {
  if (isNodeBuiltin(specifier)) {
    throwNew('Error', `Cannot find module '${specifier}': Node's built-in modules are not available in Ouro (require from ${fromFile})`, 'MODULE_NOT_FOUND');
  }
  if (!(specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/'))) {
    throwNew('Error', `Cannot find module '${specifier}'\nRequire stack:\n- ${fromFile}`, 'MODULE_NOT_FOUND');
  }
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, base + '.js', base + '.cjs', base + '.json', path.join(base, 'index.js')]) {
    try {
      if (fs.statSync(candidate).isFile()) return fs.realpathSync(candidate);
    } catch {
      // next candidate
    }
  }
  throwNew('Error', `Cannot find module '${specifier}'\nRequire stack:\n- ${fromFile}`, 'MODULE_NOT_FOUND');
}

function requireFrom(id: number, specifierValue: number): number {
  const from = cjsById.get(id)!;
  if (!((specifierValue & 1) !== 0 && isString(specifierValue))) throwNew('TypeError', 'The "id" argument must be of type string');
  return requireFile(resolveRequire(hostString(specifierValue), from.path));
}

/** require(file) of an absolute path: module.exports (cached; a cycle sees the partial exports). */
export function requireFile(file: string, isMain = false): number {
  const cached = cjsCache.get(file);
  if (cached) return exportsOf(cached);
  const text = fs.readFileSync(file, 'utf8');
  const scope = handleScopeOpen();
  const moduleObject = check(runHiddenValue('({ exports: {}, loaded: false })'));
  const entry: CjsModule = { held: moduleHold(moduleObject), path: file };
  const id = nextCjs++;
  cjsById.set(id, entry);
  cjsCache.set(file, entry);
  if (isMain) mainCjs = entry;
  setString(moduleHeld(entry.held), 'id', isMain ? '.' : file);
  setString(moduleHeld(entry.held), 'filename', file);
  if (file.endsWith('.json')) {
    const value = jsonParse(text);
    setValue(moduleHeld(entry.held), 'exports', value);
  } else {
    let source = text.startsWith('#!') ? '//' + text.slice(2) : text;
    if (isTypeScriptFile(file)) source = stripTypes(source, { file, sourceType: 'script' }).code;
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    let sfi: number;
    try {
      const program = parseFile(wrapped, file, 'script') as unknown as EsNode;
      sfi = loadBytecodeFunction(generateProgram(analyzeScopes(program)), { fileName: file, source: wrapped });
    } catch (e) {
      compileError(file, wrapped, e);
    }
    const fn = check(vmRunScript(sfi));
    const hFn = handleNew(fn);
    const hRequire = handleNew(moduleCallbackNew(ModuleOp.require, id));
    // require.main (the entry's module object, so that `require.main === module` works) and
    // require.resolve.
    setValue(handleGet(hRequire), 'main', mainCjs === null ? undefinedValue() : moduleHeld(mainCjs.held));
    setValue(handleGet(hRequire), 'resolve', moduleCallbackNew(ModuleOp.requireResolve, id));
    const hFilename = handleNew(heapString(file, false));
    const hDirname = handleNew(heapString(path.dirname(file), false));
    const exportsKey = heapString('exports', true);
    const hExports = handleNew(check(getProperty(moduleHeld(entry.held), exportsKey)));
    const argv = vmArgsReserve(5);
    vmArgSet(argv, 0, handleGet(hExports));
    vmArgSet(argv, 1, handleGet(hRequire));
    vmArgSet(argv, 2, moduleHeld(entry.held));
    vmArgSet(argv, 3, handleGet(hFilename));
    vmArgSet(argv, 4, handleGet(hDirname));
    const r = vmCall(handleGet(hFn), handleGet(hExports), argv, 5);
    vmArgsRelease(argv);
    if (isException(r)) {
      cjsCache.delete(file);
      handleScopeClose(scope);
      check(r);
    }
  }
  setValue(moduleHeld(entry.held), 'loaded', rootGet(RootIndex.trueValue));
  handleScopeClose(scope);
  return exportsOf(entry);
}

function exportsOf(entry: CjsModule): number {
  const key = heapString('exports', true);
  return check(getProperty(moduleHeld(entry.held), key));
}
function setValue(obj: number, name: string, value: number): void {
  const scope = handleScopeOpen();
  const hObj = handleNew(obj);
  const hValue = handleNew(value);
  const key = heapString(name, true);
  check(setProperty(handleGet(hObj), key, handleGet(hValue), false));
  handleScopeClose(scope);
}
function setString(obj: number, name: string, text: string): void {
  const scope = handleScopeOpen();
  const hObj = handleNew(obj);
  const value = heapString(text, false);
  setValue(handleGet(hObj), name, value);
  handleScopeClose(scope);
}

let hiddenRunner: ((source: string) => number) | null = null;
/** --print-bytecode: every module's bytecode as it is compiled. */
let printBytecode = false;
function runHiddenValue(source: string): number {
  return hiddenRunner!(source);
}

// ---- the embedder's entry points ------------------------------------------------------------------

/** Registers the loader with the kernel (hostModuleRequest); `runHidden` compiles a line of the embedder's own. */
export function installModuleHost(runHidden: (source: string) => number, options: { printBytecode?: boolean } = {}): void {
  hiddenRunner = runHidden;
  printBytecode = options.printBytecode === true;
  nodeSetModuleHost(moduleRequest);
}

/** The record of the entry point `file` (compiled from `source`), loaded with its static graph. */
export function loadEntry(file: string, source: string): HostModule {
  const full = fs.existsSync(file) ? fs.realpathSync(file) : path.resolve(file);
  const existing = registry.get(full);
  if (existing) return existing;
  const m = createSourceModule(full, source);
  registry.set(full, m);
  loadGraph(m);
  return m;
}

/** Where a link error was raised (`file:line:col`), or null. */
export function linkErrorPosition(error: number): string | null {
  for (const [id, where] of linkErrorPositions) if (moduleHeld(id) === error) return where;
  return null;
}

/** The entry's evaluation is still pending (top-level await never settled): the await's `url:line`. */
export function unsettledTopLevelAwait(m: HostModule): { where: string; line: string } | null {
  const pending: HostModule[] = [];
  const seen = new Set<HostModule>();
  const visit = (x: HostModule): void => {
    if (seen.has(x)) return;
    seen.add(x);
    for (const r of x.loaded) if (r) visit(r);
    if (x.status === 'evaluating-async') pending.push(x);
  };
  visit(m);
  if (m.status !== 'evaluating-async') return null;
  const stuck = pending.find((x) => x.hasTLA) ?? m;
  const gen = moduleField(stuck.index, ModuleRecord.generator);
  let position = stuck.awaitPositions[0] ?? 0;
  if ((gen & 1) !== 0 && isJSObject(gen)) {
    const state = fixedArrayGetState(gen);
    if (state >= 1 && state - 1 < stuck.awaitPositions.length) position = stuck.awaitPositions[state - 1]!;
  }
  const lineNo = lineColumnMapper(stuck.text)(position).split(':')[0]!;
  const line = stuck.text.split('\n')[Number(lineNo) - 1] ?? '';
  return { where: `${stuck.url}:${lineNo}`, line };
}

function fixedArrayGetState(gen: number): number {
  return fieldGet(gen, JSGeneratorObjectLayout.state) >> 1;
}

/** The outcome of runModuleFile, filled in as the evaluation promise settles (run the jobs first). */
export interface ModuleRun {
  settled: boolean;
  rejected: boolean;
  /** The rejection reason (a heap value kept alive until the next resetModules), or null. */
  reason(): number | null;
}

/**
 * The test runners' entry (ouro test262, flags: [module]): loads `file` with its static graph
 * (the files beside it, `_FIXTURE.js` modules included), links it and starts its evaluation in
 * the realm now in the heap. Returns a ModuleRun that records how the evaluation promise
 * settles once the caller has run the microtasks and timers. Throws ModuleCompileError for a
 * syntax error in any module of the graph (a parse-phase failure) and ModuleThrow (`take()` is
 * the thrown value: a SyntaxError for link errors, an Error for missing files) for
 * resolution-phase failures. Call resetModules() first whenever the heap was replaced (a new
 * engine, an image load): the loader's records name heap records by index.
 */
export function runModuleFile(file: string): ModuleRun {
  testRunnerMode();
  const full = path.resolve(file);
  const m = registry.get(full) ?? loadEntry(full, fs.readFileSync(full, 'utf8'));
  loadGraph(m);
  link(m);
  const promise = evaluate(m);
  let held = -1;
  const run: ModuleRun = {
    settled: false,
    rejected: false,
    reason: () => (held < 0 ? null : moduleHeld(held)),
  };
  waitFor(promise, () => { run.settled = true; }, (reason) => {
    run.settled = true;
    run.rejected = true;
    held = moduleHold(reason);
  });
  return run;
}

/**
 * The host as test262 wants it: imported .js files are modules, and import() jobs are microtasks
 * (a macrotask would pass through the library's timers, which treat an unhandled rejection as a
 * failure, as Node does; test262 does not). runModuleFile sets it; script tests call it first.
 */
export function testRunnerMode(): void {
  jsFilesAreModules = true;
  modulesSetImportJobsAreMacrotasks(false);
}

/** Forgets every module record (the heap's registry starts empty after a new heap or an image load). */
export function resetModules(): void {
  registry.clear();
  byIndex.clear();
  waits.clear();
  cjsCache.clear();
  cjsById.clear();
  mainCjs = null;
  linkErrorPositions.clear();
  asyncEvaluationCounter = 1;
}
