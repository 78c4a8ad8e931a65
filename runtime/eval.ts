// Direct and indirect eval and the Function constructors (new Function, GeneratorFunction, ...):
// compile source at run time through the host's dynamic-code compiler (hostCompileDynamic,
// stage0/vm/dynamic-code.ts), with the calling function's scope chain for direct eval.
// docs/interpreter.md, "Eval and dynamic functions".
//
// Direct eval code reads every free name (and this, new.target, super, arguments) by name through
// the context chain (LdaLookupSlot): a function that contains a direct eval keeps all its bindings
// and pseudo-bindings in contexts whose ScopeInfos name them. Sloppy eval code declares its vars
// and functions in the VariableEnvironment of the nearest function (DeclareEvalVars): into a
// context slot of that name when there is one, else into the context's *extension object* (a
// null-prototype object in ContextSlot.extension that the dynamic lookups consult after the
// slots), or as configurable global properties when the eval runs at top level or indirectly.
import { prototypeFromConstructor } from './interpreter-calls.ts';
import type { i32, bool } from './types.ts';
import { H32, hostCompileDynamic } from './host/host.ts';
import { rootGet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { InstanceType, ContextSlot, PropertyAttr, SharedFunctionInfoLayout, SfiKind, SfiFlag, BytecodeArrayLayout } from './layouts.ts';
import {
  undefinedValue, nullValue, instanceTypeOf, isJSObject, fixedArrayGet, fixedArraySet, fixedArrayLength,
} from './values.ts';
import { functionShared, contextNew } from './functions.ts';
import { objectNewPlain, objectDefineOwnProperty, objectGetOwnAttributes, objectSetPrototype, objectGetPrototype, objectSet } from './objects.ts';
import { mapIsExtensible } from './maps.ts';
import { atom } from './atoms.ts';
import { isString, stringConcat, stringLength, stringGet } from './strings.ts';
import { intrinsicGet, intrinsicIndexOf, Intrinsic } from './realm.ts';
import { throwErrorWith, ErrorKind, isException } from './errors.ts';
import { toString } from './conversions.ts';
import { getProperty } from './property-access.ts';
import { FrameSlot, registerGet } from './frames.ts';
import { vmCall0 } from './interpreter.ts';
import { closureCreate } from './interpreter-objects.ts';
import { contextSlotOf, ScopeInfoSlot, VariableMode } from './interpreter-globals.ts';
import { appendLit } from './errors.ts';

/** The `mode` word of hostCompileDynamic (stage0/vm/dynamic-code.ts DynamicMode has the same numbers). */
export const DynamicMode = {
  indirectEval: 0, directEval: 1, function: 2, generator: 3, asyncFunction: 4, asyncGenerator: 5, kindMask: 7,
  strict: 8, inFunction: 16, inMethod: 32, inDerivedConstructor: 64, inClassFieldInitializer: 128,
} as const;

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

function isContext(c: i32): bool {
  return (c & 1) !== 0 && c !== undefinedValue() && instanceTypeOf(c) === InstanceType.CONTEXT;
}
function scopeInfoOf(c: i32): i32 {
  const info: i32 = fixedArrayGet(c, ContextSlot.scopeInfo);
  if ((info & 1) === 0 || info === undefinedValue() || instanceTypeOf(info) !== InstanceType.FIXED_ARRAY) return 0;
  return info;
}
function scopeInfoFlags(info: i32): i32 {
  return fixedArrayGet(info, ScopeInfoSlot.flags) >> 1;
}

// ---- direct eval -------------------------------------------------------------------------------

/**
 * The PerformEval flags of the code around a direct eval (new.target, super.x, super() allowed;
 * in a class field initialiser): from the nearest context that holds a `this` binding — the
 * function whose direct eval made its pseudo-bindings context variables. No GC.
 */
function evalContextMode(context: i32, closure: i32, kThis: i32, kNewTarget: i32, kHome: i32, kFunction: i32): i32 {
  let mode: i32 = 0;
  if (instanceTypeOf(closure) === InstanceType.JS_FUNCTION) {
    const kind: i32 = (H32[(functionShared(closure) - 1 + SharedFunctionInfoLayout.flags) >> 2] >> SfiKind.shift) & SfiKind.mask;
    if (kind === SfiKind.instanceFieldsInitializer || kind === SfiKind.staticInitializer) mode = mode | DynamicMode.inClassFieldInitializer;
  }
  for (let c: i32 = context; isContext(c); c = fixedArrayGet(c, ContextSlot.previous)) {
    if (scopeInfoOf(c) === 0 || contextSlotOf(c, kThis) < 0) continue;
    if (contextSlotOf(c, kNewTarget) >= 0) mode = mode | DynamicMode.inFunction;
    if (contextSlotOf(c, kHome) >= 0) mode = mode | DynamicMode.inMethod;
    if (contextSlotOf(c, kFunction) >= 0) mode = mode | DynamicMode.inDerivedConstructor;
    // A class field initialiser (ScopeInfo flag 8), also through arrows inside it.
    if ((scopeInfoFlags(scopeInfoOf(c)) & 8) !== 0) mode = mode | DynamicMode.inClassFieldInitializer;
    break;
  }
  return mode;
}

/**
 * Runtime ResolvePossiblyDirectEval(callee, first argument, closure, strict, source position, end):
 * the function the call instruction then calls — the callee itself unless it is %eval% and the
 * argument a string, else a closure of the compiled eval code in the current context (with the
 * eval scope's own context when its ScopeInfo asks for one). May GC.
 */
export function resolvePossiblyDirectEval(fp: i32, first: i32): i32 {
  const callee: i32 = registerGet(fp, first);
  if (callee !== intrinsicGet(Intrinsic.Eval) || !isString(registerGet(fp, (first + 1) | 0))) return callee;
  const kThis: i32 = atom('this');
  const kNewTarget: i32 = atom('new.target');
  const kHome: i32 = atom('.home-object');
  const kFunction: i32 = atom('.function-object');
  let mode: i32 = DynamicMode.directEval;
  if (registerGet(fp, (first + 3) | 0) !== 0) mode = mode | DynamicMode.strict;
  mode = mode | evalContextMode(H32[(fp + FrameSlot.context) >> 2], registerGet(fp, (first + 2) | 0), kThis, kNewTarget, kHome, kFunction);
  const privateNames: i32 = evalPrivateNames(H32[(fp + FrameSlot.context) >> 2]);
  const sfi: i32 = hostCompileDynamic(registerGet(fp, (first + 1) | 0), privateNames, mode);
  if (isException(sfi)) return sfi;
  return evalClosure(sfi, H32[(fp + FrameSlot.context) >> 2]);
}

/**
 * The private names of the classes around a direct eval ("#a,#b", or undefined): the class
 * contexts' slots named `#…` (a direct eval forces them into contexts). May GC.
 */
function evalPrivateNames(context: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hOut: i32 = handleNew(undefinedValue());
  const hC: i32 = handleNew(context);
  while (isContext(handleGet(hC))) {
    const kClass: i32 = atom('class');
    const info: i32 = scopeInfoOf(handleGet(hC));
    if (info !== 0 && fixedArrayGet(info, ScopeInfoSlot.scopeType) === kClass) {
      const n: i32 = fixedArrayLength(fixedArrayGet(info, ScopeInfoSlot.names));
      for (let i: i32 = 0; i < n; i++) {
        const name: i32 = fixedArrayGet(fixedArrayGet(scopeInfoOf(handleGet(hC)), ScopeInfoSlot.names), i);
        if (stringLength(name) < 2 || stringGet(name, 0) !== 35) continue;
        if (handleGet(hOut) === undefinedValue()) handleSet(hOut, name);
        else {
          appendLit(hOut, ',');
          const again: i32 = fixedArrayGet(fixedArrayGet(scopeInfoOf(handleGet(hC)), ScopeInfoSlot.names), i);
          handleSet(hOut, stringConcat(handleGet(hOut), again));
        }
      }
    }
    handleSet(hC, fixedArrayGet(handleGet(hC), ContextSlot.previous));
  }
  return closeWith(scope, handleGet(hOut));
}

/** The closure of eval code `sfi` whose outer context is `outer` (the eval scope's context made first). May GC. */
function evalClosure(sfi: i32, outer: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hSfi: i32 = handleNew(sfi);
  let context: i32 = outer;
  const info: i32 = fieldGet(sfi, SharedFunctionInfoLayout.scopeInfo);
  if (info !== undefinedValue()) context = contextNew(outer, info, fixedArrayLength(fixedArrayGet(info, ScopeInfoSlot.names)));
  return closeWith(scope, closureCreate(handleGet(hSfi), context));
}

/**
 * eval(x) called as a function (PerformEval with direct = false): a string is compiled as
 * indirect eval code (global scope, own lexical scope, configurable global vars) and run with the
 * global object as `this`; anything else is returned as it is. May GC.
 */
export function indirectEval(x: i32): i32 {
  if (!isString(x)) return x;
  const sfi: i32 = hostCompileDynamic(x, undefinedValue(), DynamicMode.indirectEval);
  if (isException(sfi)) return sfi;
  const closure: i32 = evalClosure(sfi, undefinedValue());
  return vmCall0(closure, rootGet(RootIndex.globalObject));
}

// ---- EvalDeclarationInstantiation ------------------------------------------------------------------

/** Declarations record slots (stage0/bytecode/load.ts, globalDeclarations). */
const Decl = { functionNames: 0, functionClosures: 1, varNames: 2 } as const;

function evalRedeclared(name: i32): i32 {
  return throwErrorWith(ErrorKind.SyntaxError, 'Identifier \'', name, '\' has already been declared');
}

/** Whether `name` is a lexical binding of a script context (the global lexical environment). No GC. */
function evalScriptLexicalExists(name: i32): bool {
  const table: i32 = rootGet(RootIndex.scriptContextTable);
  if ((table & 1) === 0 || table === undefinedValue() || instanceTypeOf(table) !== InstanceType.FIXED_ARRAY) return false;
  const n: i32 = fixedArrayGet(table, 0) >> 1;
  for (let i: i32 = 1; i <= n; i++) if (contextSlotOf(fixedArrayGet(table, i), name) >= 0) return true;
  return false;
}

/** A lexical (let/const/class) binding of `name` in context `c`'s own slots. No GC. */
function lexicalSlot(c: i32, name: i32): bool {
  const s: i32 = contextSlotOf(c, name);
  if (s < 0) return false;
  return (fixedArrayGet(fixedArrayGet(scopeInfoOf(c), ScopeInfoSlot.modes), s) >> 1) !== VariableMode.var;
}

function nameListHas(names: i32, name: i32): bool {
  for (let i: i32 = 0; i < fixedArrayLength(names); i++) if (fixedArrayGet(names, i) === name) return true;
  return false;
}

/** Does the list of names hold a declaration that conflicts with a binding of context c? No GC. */
function conflictIn(c: i32, names: i32, onlyLexical: bool): i32 {
  for (let i: i32 = 0; i < fixedArrayLength(names); i++) {
    const name: i32 = fixedArrayGet(names, i);
    if (onlyLexical ? lexicalSlot(c, name) : contextSlotOf(c, name) >= 0) return name;
  }
  return 0;
}

/**
 * Runtime DeclareEvalVars(declarations, closure): EvalDeclarationInstantiation (ECMA-262 19.2.1.3)
 * for sloppy eval code. The VariableEnvironment is the first context outwards that a sloppy direct
 * eval may declare into (ScopeInfo flag hasExtension; sloppy eval contexts are lexical scopes in
 * between), or the global object. Lexical bindings in between (and the var scope's own let/const,
 * which the spec keeps in a separate environment) conflict with the new vars: SyntaxError. May GC.
 */
export function declareEvalVars(fp: i32, declarations: i32, closure: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const kWith: i32 = atom('with');
  const kEval: i32 = atom('eval');
  const kCatch: i32 = atom('catch');
  const hDecls: i32 = handleNew(declarations);
  const hClosure: i32 = handleNew(closure);
  // 1. Find the variable environment, checking the lexical scopes on the way.
  let varEnv: i32 = 0;
  for (let c: i32 = H32[(fp + FrameSlot.context) >> 2]; isContext(c); c = fixedArrayGet(c, ContextSlot.previous)) {
    const info: i32 = scopeInfoOf(c);
    if (fixedArrayGet(c, ContextSlot.scopeInfo) === kWith || info === 0) continue;
    const type: i32 = fixedArrayGet(info, ScopeInfoSlot.scopeType);
    const flags: i32 = scopeInfoFlags(info);
    const isVarEnv: bool = type === kEval ? (flags & 1) !== 0 : (flags & 2) !== 0;
    if (isVarEnv) {
      varEnv = c;
      break;
    }
    if (type === kCatch) continue;
    let bad: i32 = conflictIn(c, fixedArrayGet(declarations, Decl.functionNames), false);
    if (bad === 0) bad = conflictIn(c, fixedArrayGet(declarations, Decl.varNames), false);
    if (bad !== 0) return closeWith(scope, evalRedeclared(bad));
  }
  const hVarEnv: i32 = handleNew(varEnv);
  // Eval in parameter expressions may not declare `arguments` (PerformEval: the parameter scope
  // would shadow the arguments object being made).
  if (varEnv !== 0 && (scopeInfoFlags(scopeInfoOf(varEnv)) & 4) !== 0) {
    const kArguments: i32 = atom('arguments');
    if (nameListHas(fixedArrayGet(handleGet(hDecls), Decl.functionNames), kArguments) ||
        nameListHas(fixedArrayGet(handleGet(hDecls), Decl.varNames), kArguments)) {
      return closeWith(scope, evalRedeclared(kArguments));
    }
  }
  if (varEnv !== 0) {
    // The parameter scope of eval in parameter expressions: the parameters conflict as well (the
    // eval's variable environment lies inside the one that holds them).
    const lexicalOnly: bool = (scopeInfoFlags(scopeInfoOf(varEnv)) & 4) === 0;
    let bad: i32 = conflictIn(varEnv, fixedArrayGet(handleGet(hDecls), Decl.functionNames), lexicalOnly);
    if (bad === 0) bad = conflictIn(handleGet(hVarEnv), fixedArrayGet(handleGet(hDecls), Decl.varNames), lexicalOnly);
    if (bad !== 0) return closeWith(scope, evalRedeclared(bad));
  } else {
    const r: i32 = checkGlobalEvalDeclarations(handleGet(hDecls));
    if (isException(r)) return closeWith(scope, r);
  }
  // 2. Functions (closures in the eval code's context), then vars.
  const pool: i32 = fieldGet(fieldGet(functionShared(handleGet(hClosure)), SharedFunctionInfoLayout.bytecode), BytecodeArrayLayout.constantPool);
  const hPool: i32 = handleNew(pool);
  const nf: i32 = fixedArrayLength(fixedArrayGet(handleGet(hDecls), Decl.functionNames));
  for (let i: i32 = 0; i < nf; i++) {
    const index: i32 = fixedArrayGet(fixedArrayGet(handleGet(hDecls), Decl.functionClosures), i) >> 1;
    const fn: i32 = closureCreate(fixedArrayGet(handleGet(hPool), index), H32[(fp + FrameSlot.context) >> 2]);
    const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hDecls), Decl.functionNames), i);
    const r: i32 = evalBindingSet(handleGet(hVarEnv), name, fn, true);
    if (isException(r)) return closeWith(scope, r);
  }
  const nv: i32 = fixedArrayLength(fixedArrayGet(handleGet(hDecls), Decl.varNames));
  for (let i: i32 = 0; i < nv; i++) {
    const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hDecls), Decl.varNames), i);
    const r: i32 = evalBindingSet(handleGet(hVarEnv), name, undefinedValue(), false);
    if (isException(r)) return closeWith(scope, r);
  }
  return closeWith(scope, undefinedValue());
}

/** CanDeclareGlobalFunction / CanDeclareGlobalVar and the lexical conflicts, for global eval vars. No GC (throws allocate). */
function checkGlobalEvalDeclarations(decls: i32): i32 {
  const global: i32 = rootGet(RootIndex.globalObject);
  const fns: i32 = fixedArrayGet(decls, Decl.functionNames);
  const vars: i32 = fixedArrayGet(decls, Decl.varNames);
  for (let i: i32 = 0; i < fixedArrayLength(fns); i++) if (evalScriptLexicalExists(fixedArrayGet(fns, i))) return evalRedeclared(fixedArrayGet(fns, i));
  for (let i: i32 = 0; i < fixedArrayLength(vars); i++) if (evalScriptLexicalExists(fixedArrayGet(vars, i))) return evalRedeclared(fixedArrayGet(vars, i));
  const extensible: bool = mapIsExtensible(H32[(global - 1) >> 2]);
  for (let i: i32 = 0; i < fixedArrayLength(fns); i++) {
    const attrs: i32 = objectGetOwnAttributes(global, fixedArrayGet(fns, i));
    let ok: bool = attrs < 0 ? extensible : (attrs & PropertyAttr.CONFIGURABLE) !== 0;
    if (attrs >= 0 && !ok) ok = (attrs & (PropertyAttr.ACCESSOR | PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE)) === (PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE);
    if (!ok) return throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', fixedArrayGet(fns, i), '');
  }
  if (!extensible) {
    for (let i: i32 = 0; i < fixedArrayLength(vars); i++) {
      if (objectGetOwnAttributes(global, fixedArrayGet(vars, i)) < 0) {
        return throwErrorWith(ErrorKind.TypeError, 'Cannot define property ', fixedArrayGet(vars, i), ', object is not extensible');
      }
    }
  }
  return undefinedValue();
}

/**
 * Creates (or, for a function, sets) the eval binding `name` in varEnv (0: the global object):
 * an existing context slot, else the context's extension object, made on first use. May GC.
 */
function evalBindingSet(varEnv: i32, name: i32, value: i32, isFunction: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const hValue: i32 = handleNew(value);
  const all: i32 = PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE | PropertyAttr.CONFIGURABLE;
  if (varEnv === 0) {
    const global: i32 = rootGet(RootIndex.globalObject);
    const attrs: i32 = objectGetOwnAttributes(global, name);
    if (isFunction) {
      if (attrs < 0 || (attrs & PropertyAttr.CONFIGURABLE) !== 0) objectDefineOwnProperty(global, name, value, all);
      else objectSet(global, name, value);
    } else if (attrs < 0) {
      objectDefineOwnProperty(global, name, value, all);
    }
    return closeWith(scope, undefinedValue());
  }
  const hEnv: i32 = handleNew(varEnv);
  const slot: i32 = contextSlotOf(varEnv, name);
  if (slot >= 0) {
    if (isFunction) fixedArraySet(varEnv, (ContextSlot.firstVariable + slot) | 0, value);
    return closeWith(scope, undefinedValue());
  }
  let ext: i32 = fixedArrayGet(varEnv, ContextSlot.extension);
  if (!isJSObject(ext)) {
    ext = objectNewPlain();
    const hExt: i32 = handleNew(ext);
    objectSetPrototype(ext, nullValue());
    fixedArraySet(handleGet(hEnv), ContextSlot.extension, handleGet(hExt));
    ext = handleGet(hExt);
  }
  if (isFunction || objectGetOwnAttributes(ext, handleGet(hName)) < 0) objectDefineOwnProperty(ext, handleGet(hName), handleGet(hValue), all);
  return closeWith(scope, undefinedValue());
}

// ---- the Function constructors ----------------------------------------------------------------------

/**
 * CreateDynamicFunction (ECMA-262 20.2.1.1.1) for Function, GeneratorFunction, AsyncFunction and
 * AsyncGeneratorFunction (`kind`: DynamicMode.function ... asyncGenerator): the parameters joined
 * by "," and the body, each converted with ToString in order, compiled by the host, closed over
 * the global scope, with the prototype GetPrototypeFromConstructor(newTarget, the kind's
 * %X.prototype%). May GC.
 */
export function dynamicFunctionCreate(callee: i32, newTarget: i32, argv: i32, argc: i32, kind: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hCallee: i32 = handleNew(callee);
  const hNewTarget: i32 = handleNew(newTarget === undefinedValue() ? callee : newTarget);
  const hParams: i32 = handleNew(atom(''));
  for (let i: i32 = 0; i < ((argc - 1) | 0); i++) {
    const p: i32 = toString(H32[(argv + (i << 2)) >> 2]);
    if (isException(p)) return closeWith(scope, p);
    const hP: i32 = handleNew(p);
    if (i > 0) appendLit(hParams, ',');
    handleSet(hParams, stringConcat(handleGet(hParams), handleGet(hP)));
  }
  let body: i32 = atom('');
  if (argc > 0) {
    body = toString(H32[(argv + (((argc - 1) | 0) << 2)) >> 2]);
    if (isException(body)) return closeWith(scope, body);
  }
  const sfi: i32 = hostCompileDynamic(handleGet(hParams), body, kind);
  if (isException(sfi)) return closeWith(scope, sfi);
  const hF: i32 = handleNew(closureCreate(sfi, undefinedValue()));
  // GetPrototypeFromConstructor(newTarget, fallback): only a subclass's constructor changes it.
  // A cross-realm new.target without an object `prototype` gives its realm's %X.prototype%.
  if (handleGet(hNewTarget) !== handleGet(hCallee)) {
    const proto: i32 = prototypeFromConstructor(handleGet(hNewTarget), intrinsicIndexOf(objectGetPrototype(handleGet(hF))));
    if (isException(proto)) return closeWith(scope, proto);
    if (proto !== objectGetPrototype(handleGet(hF))) objectSetPrototype(handleGet(hF), proto);
  }
  return closeWith(scope, handleGet(hF));
}
