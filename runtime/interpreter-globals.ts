// Globals (docs/interpreter.md, "Globals"): the global lexical environment is the script contexts
// of the scripts run so far (RootIndex.scriptContextTable: [Smi count, ctx 1, ctx 2, ...]; each
// context's ScopeInfo names its slots and their modes), then the global object
// (RootIndex.globalObject) with its prototype chain. LdaGlobal / StaGlobal / DeclareGlobals.
//
// Feedback: a loadGlobal/storeGlobal slot caches a script-context hit as the Smi
// (tableIndex << 16 | slot) + 1 (so 0 stays "uninitialised"); global-object hits are not cached
// (the global object is in dictionary mode: a hash lookup per access).
import type { i32, bool } from './types.ts';
import { rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { InstanceType, ContextSlot, PropertyAttr, FeedbackVectorLayout } from './layouts.ts';
import {
  undefinedValue, nullValue, theHole, instanceTypeOf, fixedArrayGet, fixedArraySet, fixedArrayLength, isHeapObjectOfType,
} from './values.ts';
import {
  objectGetOwn, objectGetOwnAttributes, objectGetPrototype, objectSet, objectDefineOwnProperty, objectIsDictionaryMode,
  objectProperties, objectMap,
} from './objects.ts';
import { mapIsExtensible } from './maps.ts';
import { dictionaryCapacity, dictionaryKeyAt, dictionaryValueAt, dictionaryDetailsAt, dictionaryFind } from './dictionary.ts';
import { detailsAttributes } from './maps.ts';
import { accessorPairGetter, accessorPairSetter } from './values.ts';
import { throwErrorWith, throwErrorLit, ErrorKind, isException } from './errors.ts';
import { vmCall0, vmCall1 } from './interpreter.ts';
import { fieldGet, fieldSet } from './heap.ts';
import { isJSObject } from './values.ts';
import { setProperty } from './property-access.ts';

/** ScopeInfo record slots (stage0/bytecode/load.ts ScopeInfoSlot). */
export const ScopeInfoSlot = { scopeType: 0, flags: 1, names: 2, modes: 3 } as const;
/** ScopeInfo variable modes. */
export const VariableMode = { var: 0, let: 1, const: 2 } as const;

/** Number of script contexts in the global lexical environment. No GC. */
function scriptContextCount(): i32 {
  const table: i32 = rootGet(RootIndex.scriptContextTable);
  if ((table & 1) === 0 || table === undefinedValue() || instanceTypeOf(table) !== InstanceType.FIXED_ARRAY) return 0;
  return fixedArrayGet(table, 0) >> 1;
}
function scriptContextAt(i: i32): i32 {
  return fixedArrayGet(rootGet(RootIndex.scriptContextTable), (i + 1) | 0);
}

/** The slot of `name` in context `ctx`'s ScopeInfo, or -1. No GC. */
export function contextSlotOf(ctx: i32, name: i32): i32 {
  const info: i32 = fixedArrayGet(ctx, ContextSlot.scopeInfo);
  if ((info & 1) === 0 || info === undefinedValue() || instanceTypeOf(info) !== InstanceType.FIXED_ARRAY) return -1;
  const names: i32 = fixedArrayGet(info, ScopeInfoSlot.names);
  const n: i32 = fixedArrayLength(names);
  for (let i: i32 = 0; i < n; i++) if (fixedArrayGet(names, i) === name) return i;
  return -1;
}
function contextSlotMode(ctx: i32, slot: i32): i32 {
  const info: i32 = fixedArrayGet(ctx, ContextSlot.scopeInfo);
  return fixedArrayGet(fixedArrayGet(info, ScopeInfoSlot.modes), slot) >> 1;
}

/** Finds `name` among the script contexts: (index << 16 | slot) + 1, or 0. Uses and fills the feedback slot. No GC. */
function scriptLookup(name: i32, feedback: i32, slot: i32): i32 {
  if ((feedback & 1) !== 0 && feedback !== undefinedValue()) {
    const cached: i32 = fieldGet(feedback, (FeedbackVectorLayout.slots + (slot << 2)) | 0);
    if ((cached & 1) === 0 && cached > 0) return cached >> 1;
  }
  const n: i32 = scriptContextCount();
  for (let i: i32 = 0; i < n; i++) {
    const s: i32 = contextSlotOf(scriptContextAt(i), name);
    if (s >= 0) {
      const code: i32 = ((i << 16) | s) + 1 | 0;
      if ((feedback & 1) !== 0 && feedback !== undefinedValue()) fieldSet(feedback, (FeedbackVectorLayout.slots + (slot << 2)) | 0, code << 1);
      return code;
    }
  }
  return 0;
}

/**
 * LdaGlobal: the value of global `name`; ReferenceError when unresolvable (undefined instead when
 * `insideTypeof`), or in its TDZ. May GC (getters run).
 */
export function globalLoad(name: i32, insideTypeof: bool, feedback: i32, slot: i32): i32 {
  // A cached global-object hit first: it was filled after the script contexts missed, and it is
  // dropped when a script context is added.
  const hit: i32 = globalCacheGet(rootGet(RootIndex.globalObject), name, feedback, slot);
  if (hit !== 0) return hit;
  const code: i32 = scriptLookup(name, feedback, slot);
  if (code !== 0) {
    const ctx: i32 = scriptContextAt(((code - 1) >> 16) | 0);
    const v: i32 = fixedArrayGet(ctx, (ContextSlot.firstVariable + ((code - 1) & 65535)) | 0);
    if (v === theHole()) return throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', name, '\' before initialization');
    return v;
  }
  const global: i32 = rootGet(RootIndex.globalObject);
  globalCacheFill(global, name, feedback, slot);
  const nul: i32 = nullValue();
  for (let o: i32 = global; o !== nul; o = objectGetPrototype(o)) {
    const v: i32 = objectGetOwn(o, name);
    if (v === theHole()) continue;
    if (isHeapObjectOfType(v, InstanceType.ACCESSOR_PAIR)) {
      const getter: i32 = accessorPairGetter(v);
      if (getter === undefinedValue()) return undefinedValue();
      return vmCall0(getter, global);
    }
    return v;
  }
  if (insideTypeof) return undefinedValue();
  return throwErrorWith(ErrorKind.ReferenceError, '', name, ' is not defined');
}

/**
 * StaGlobal: assigns global `name`. Script-context bindings: TDZ ReferenceError, TypeError for
 * const. Global object: [[Set]]; an unresolvable name is a ReferenceError in strict code and
 * creates a property in sloppy code. Returns the value or the sentinel. May GC.
 */
export function globalStore(name: i32, value: i32, strict: bool, feedback: i32, slot: i32): i32 {
  const code: i32 = scriptLookup(name, feedback, slot);
  if (code !== 0) {
    const ctx: i32 = scriptContextAt(((code - 1) >> 16) | 0);
    const s: i32 = (code - 1) & 65535;
    if (fixedArrayGet(ctx, (ContextSlot.firstVariable + s) | 0) === theHole()) {
      return throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', name, '\' before initialization');
    }
    if (contextSlotMode(ctx, s) === VariableMode.const) return throwErrorLit(ErrorKind.TypeError, 'Assignment to constant variable.');
    fixedArraySet(ctx, (ContextSlot.firstVariable + s) | 0, value);
    return value;
  }
  const global: i32 = rootGet(RootIndex.globalObject);
  const own: i32 = objectGetOwnAttributes(global, name);
  if (own >= 0 && (own & PropertyAttr.ACCESSOR) === 0 && (own & PropertyAttr.WRITABLE) !== 0) {
    const scope: i32 = handleScopeOpen();
    const hValue: i32 = handleNew(value);
    objectSet(global, name, value);
    const r: i32 = handleGet(hValue);
    handleScopeClose(scope);
    return r;
  }
  if (own < 0 && strict && !globalHas(name)) return throwErrorWith(ErrorKind.ReferenceError, '', name, ' is not defined');
  if (own >= 0 && (own & PropertyAttr.ACCESSOR) !== 0) {
    const setter: i32 = accessorPairSetter(objectGetOwn(global, name));
    if (setter === undefinedValue()) {
      if (strict) return throwErrorWith(ErrorKind.TypeError, 'Cannot set property ', name, ' of #<Object> which has only a getter');
      return value;
    }
    const scope: i32 = handleScopeOpen();
    const hValue: i32 = handleNew(value);
    const r: i32 = vmCall1(setter, global, value);
    const v: i32 = handleGet(hValue);
    handleScopeClose(scope);
    return isException(r) ? r : v;
  }
  return setProperty(global, name, value, strict);
}

/**
 * The global-object feedback of a loadGlobal site: Smi -((entry << 8 | contexts & 255) + 1), the
 * entry of `name` in the global object's property dictionary, valid while no script context was
 * added since (a new script's lexical could shadow it) and the entry still holds `name` as a data
 * property. Returns the value, or 0 on a miss. No GC.
 */
export function globalCacheGet(global: i32, name: i32, feedback: i32, slot: i32): i32 {
  if ((feedback & 1) === 0 || feedback === undefinedValue()) return 0;
  const cached: i32 = fieldGet(feedback, (FeedbackVectorLayout.slots + (slot << 2)) | 0);
  if ((cached & 1) !== 0 || cached >= 0) return 0;
  const code: i32 = (0 - (cached >> 1) - 1) | 0;
  if ((code & 255) !== (scriptContextCount() & 255)) return 0;
  if (!objectIsDictionaryMode(global)) return 0;
  const d: i32 = objectProperties(global);
  const entry: i32 = code >> 8;
  if (entry >= dictionaryCapacity(d) || dictionaryKeyAt(d, entry) !== name) return 0;
  if ((detailsAttributes(dictionaryDetailsAt(d, entry)) & PropertyAttr.ACCESSOR) !== 0) return 0;
  const v: i32 = dictionaryValueAt(d, entry);
  return v === theHole() ? 0 : v;
}
/** Records the dictionary entry of own data property `name` of the global object in the site's feedback. No GC. */
function globalCacheFill(global: i32, name: i32, feedback: i32, slot: i32): void {
  if ((feedback & 1) === 0 || feedback === undefinedValue() || !objectIsDictionaryMode(global)) return;
  const d: i32 = objectProperties(global);
  const entry: i32 = dictionaryFind(d, name, false);
  if (entry < 0 || entry >= 4194304) return;
  if ((detailsAttributes(dictionaryDetailsAt(d, entry)) & PropertyAttr.ACCESSOR) !== 0) return;
  const code: i32 = ((entry << 8) | (scriptContextCount() & 255)) + 1 | 0;
  fieldSet(feedback, (FeedbackVectorLayout.slots + (slot << 2)) | 0, ((0 - code) | 0) << 1);
}

/** HasProperty(global object, name) without proxies. No GC. */
function globalHas(name: i32): bool {
  const nul: i32 = nullValue();
  for (let o: i32 = rootGet(RootIndex.globalObject); o !== nul; o = objectGetPrototype(o)) {
    if (objectGetOwnAttributes(o, name) >= 0) return true;
  }
  return false;
}

/** Whether `name` is a lexical binding of a script context other than `except`. No GC. */
function scriptLexicalExists(name: i32, except: i32): bool {
  const n: i32 = scriptContextCount();
  for (let i: i32 = 0; i < n; i++) {
    const ctx: i32 = scriptContextAt(i);
    if (ctx !== except && contextSlotOf(ctx, name) >= 0) return true;
  }
  return false;
}

/** Declarations record slots (stage0/bytecode/load.ts, globalDeclarations). */
const Decl = { functionNames: 0, functionClosures: 1, varNames: 2, lexicalNames: 3, lexicalIsConst: 4 } as const;

function redeclared(name: i32): i32 {
  return throwErrorWith(ErrorKind.SyntaxError, 'Identifier \'', name, '\' has already been declared');
}

/**
 * GlobalDeclarationInstantiation (ECMA-262 16.1.7) for the script whose context is `scriptContext`:
 * conflict checks, then the hoisted functions (closures of the script's pool entries, made by
 * `makeClosure(index)`) and the vars as properties of the global object. May GC.
 */
export function declareGlobals(decls: i32, pool: i32, scriptContext: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hDecls: i32 = handleNew(decls);
  const hPool: i32 = handleNew(pool);
  const hCtx: i32 = handleNew(scriptContext);
  const global: i32 = rootGet(RootIndex.globalObject);
  // Lexical names: no earlier lexical or var of that name (a non-configurable global property).
  const lex: i32 = fixedArrayGet(decls, Decl.lexicalNames);
  for (let i: i32 = 0; i < fixedArrayLength(lex); i++) {
    const name: i32 = fixedArrayGet(lex, i);
    if (scriptLexicalExists(name, scriptContext)) return closeWith(scope, redeclared(name));
    const attrs: i32 = objectGetOwnAttributes(global, name);
    if (attrs >= 0 && (attrs & PropertyAttr.CONFIGURABLE) === 0) return closeWith(scope, redeclared(name));
  }
  const fns: i32 = fixedArrayGet(decls, Decl.functionNames);
  const vars: i32 = fixedArrayGet(decls, Decl.varNames);
  for (let i: i32 = 0; i < fixedArrayLength(fns); i++) {
    if (scriptLexicalExists(fixedArrayGet(fns, i), scriptContext)) return closeWith(scope, redeclared(fixedArrayGet(fns, i)));
  }
  for (let i: i32 = 0; i < fixedArrayLength(vars); i++) {
    if (scriptLexicalExists(fixedArrayGet(vars, i), scriptContext)) return closeWith(scope, redeclared(fixedArrayGet(vars, i)));
  }
  // CanDeclareGlobalFunction / CanDeclareGlobalVar: nothing is created when one fails.
  for (let i: i32 = 0; i < fixedArrayLength(fns); i++) {
    const name: i32 = fixedArrayGet(fns, i);
    const attrs: i32 = objectGetOwnAttributes(global, name);
    if (attrs < 0 ? !mapIsExtensible(objectMap(global)) : !canRedefineAsFunction(attrs)) {
      return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', name, ''));
    }
  }
  if (!mapIsExtensible(objectMap(global))) {
    for (let i: i32 = 0; i < fixedArrayLength(vars); i++) {
      const name: i32 = fixedArrayGet(vars, i);
      if (objectGetOwnAttributes(global, name) < 0) {
        return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot add property ', name, ', object is not extensible'));
      }
    }
  }
  // Functions: a closure each, defined {writable, enumerable, non-configurable} unless a
  // non-configurable property is there already (then just set).
  const nf: i32 = fixedArrayLength(fixedArrayGet(handleGet(hDecls), Decl.functionNames));
  for (let i: i32 = 0; i < nf; i++) {
    const index: i32 = fixedArrayGet(fixedArrayGet(handleGet(hDecls), Decl.functionClosures), i) >> 1;
    const closure: i32 = closureCreate(fixedArrayGet(handleGet(hPool), index), handleGet(hCtx));
    const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hDecls), Decl.functionNames), i);
    const g: i32 = rootGet(RootIndex.globalObject);
    const attrs: i32 = objectGetOwnAttributes(g, name);
    if (attrs < 0 || (attrs & PropertyAttr.CONFIGURABLE) !== 0) {
      objectDefineOwnProperty(g, name, closure, PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE);
    } else {
      objectSet(g, name, closure);
    }
  }
  const nv: i32 = fixedArrayLength(fixedArrayGet(handleGet(hDecls), Decl.varNames));
  for (let i: i32 = 0; i < nv; i++) {
    const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hDecls), Decl.varNames), i);
    const g: i32 = rootGet(RootIndex.globalObject);
    if (objectGetOwnAttributes(g, name) < 0) objectDefineOwnProperty(g, name, undefinedValue(), PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE);
  }
  handleScopeClose(scope);
  return undefinedValue();
}

/** A global function declaration may replace an own property with these attributes (configurable, or a writable enumerable data property). */
function canRedefineAsFunction(attrs: i32): bool {
  if ((attrs & PropertyAttr.CONFIGURABLE) !== 0) return true;
  const writableData: i32 = PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE;
  return (attrs & PropertyAttr.ACCESSOR) === 0 && (attrs & writableData) === writableData;
}

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

import { closureCreate } from './interpreter-objects.ts';
