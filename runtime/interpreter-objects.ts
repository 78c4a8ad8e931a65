// The object-making instructions of the interpreter: closures (CreateClosure), literals, template
// objects, arguments objects and rest parameters, iteration (GetIterator, spread, for-in), with
// contexts and dynamic lookups, home objects. docs/interpreter.md, "Closures" and "Literals".
//
// Functions get their `length` and `name` as own data properties when they are created
// ({configurable}, V8's order: length, name), and constructors (ordinary functions; class
// constructors get theirs from DefineClass) a `prototype` object {writable} whose `constructor`
// points back {writable, configurable}; generator functions get a `prototype` inheriting from
// %GeneratorPrototype%. Eager properties keep property access free of lazy special cases.
import { isModuleNamespace, moduleNamespaceCheckBindings } from './modules.ts';
import { internalGetPrototypeOf, exoticEnumerableKeys, exoticOwnAttributes } from './builtins-reflect.ts';
import type { i32, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { dictionaryNew, numberDictionaryAddNoGrow } from './dictionary.ts';
import { rootGet, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import {
  InstanceType, SharedFunctionInfoLayout, SfiFlag, SfiKind, PropertyAttr, JSFunctionLayout, ContextSlot, FixedArrayLayout,
  FeedbackVectorLayout, JSArrayLayout, JSObjectLayout, ElementsKind, BytecodeArrayLayout, JSArgumentsObjectLayout, FunctionExtrasSlot,
} from './layouts.ts';
import {
  undefinedValue, nullValue, theHole, trueValue, falseValue, instanceTypeOf, isJSObject, fixedArrayNew, fixedArrayGet,
  fixedArraySet, fixedArrayLength, isSymbol, isHeapNumber, isHeapObjectOfType,
} from './values.ts';
import { functionNew, functionShared, contextNew, feedbackGet, feedbackSet } from './functions.ts';
import {
  objectNew, objectNewPlain, objectDefineOwnProperty, objectGetPrototype, objectSetPrototype, objectOwnKeys, objectDefineAccessor,
  objectGetOwnAttributes, objectPreventExtensions,
} from './objects.ts';
import { arrayNew, arrayLength, arraySetLength, elementsGet, elementsSet, elementsKindOf } from './elements.ts';
import { atom } from './atoms.ts';
import { isString, stringLength, stringConcat } from './strings.ts';
import { intrinsicGet, intrinsicSet, Intrinsic } from './realm.ts';
import { mapNew } from './maps.ts';
import { OBJECT_INOBJECT_PROPERTIES } from './bootstrap.ts';
import { stringWrapperValue } from './semantics-lookup.ts';
import { objectFreeze } from './builtins-object.ts';
import { throwErrorLit, throwErrorWith, throwError, ErrorKind, isException, exceptionSentinel, functionDisplayName, valueDisplay } from './errors.ts';
import { toObject, toBoolean, isCallable, isUndetectable } from './conversions.ts';
import {
  getProperty, setProperty, hasProperty, defineOwnDataProperty, deletePropertyOperator, getOwnPropertyAttributes,
} from './property-access.ts';
import { FrameSlot, CallBlock, registerGet, registerSet, frameArgv, frameArgc } from './frames.ts';
import { functionFeedbackVector, FEEDBACK_EXTRA_SLOTS } from './interpreter-calls.ts';
import { vmCall0, vmCall1, vmArgsReserve, vmArgsRelease, vmArgSet, vmConstruct, frameIsStrict } from './interpreter.ts';
import { contextSlotOf } from './interpreter-globals.ts';
import { operandSourceText } from './stack-trace.ts';
import { mapCopyWithPrototype } from './maps.ts';
import { regexpLiteralCreate } from './builtins-regexp-protocol.ts';

/**
 * Materialises every atom the interpreter uses. atom() allocates the first time a literal is used
 * in a process (after an image load: always), so `f(handleGet(h), atom('x'))` would pass a stale
 * pointer when that allocation collects; vmRunScript calls this first, after which these atom()
 * calls only read the atom table. May GC.
 */
export function interpreterAtomsMaterialize(): void {
  atom(' ');
  atom(' (');
  atom(' is not a constructor');
  atom(' is not a function');
  atom(')');
  atom(':');
  atom('<anonymous>');
  atom('RegExp');
  atom('[');
  atom('\n    at ');
  atom(']');
  atom('arguments');
  atom('callee');
  atom('caller');
  atom('constructor');
  atom('done');
  atom('get');
  atom('length');
  atom('name');
  atom('new ');
  atom('next');
  atom('prototype');
  atom('raw');
  atom('return');
  atom('set');
  atom('this');
  atom('throw');
  atom('value');
  atom('with');
}

// ---- per-closure data kept in the feedback vector's extra slots ---------------------------------

/** Extra feedback-vector slots counted from the end (FEEDBACK_EXTRA_SLOTS of them). */
export const FunctionExtra = { initialMap: 1, homeObject: 2, classFields: 3 } as const;

/** A per-closure value (FunctionExtra) or undefined. No GC. */
export function functionExtraGet(f: i32, which: i32): i32 {
  if (instanceTypeOf(f) !== InstanceType.JS_FUNCTION) return undefinedValue();
  const v: i32 = fieldGet(f, JSFunctionLayout.feedbackVector);
  if (v === undefinedValue()) return undefinedValue();
  const length: i32 = H32[(v - 1 + FeedbackVectorLayout.length) >> 2];
  return feedbackGet(v, (length - which) | 0);
}
/** Sets a per-closure value (creates the feedback vector). May GC. */
export function functionExtraSet(f: i32, which: i32, value: i32): void {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const v: i32 = functionFeedbackVector(f);
  const length: i32 = H32[(v - 1 + FeedbackVectorLayout.length) >> 2];
  feedbackSet(v, (length - which) | 0, handleGet(hValue));
  handleScopeClose(scope);
}
/** [[HomeObject]] of a method, or undefined. No GC. */
export function functionHomeObject(f: i32): i32 {
  return functionExtraGet(f, FunctionExtra.homeObject);
}

// ---- closures ----------------------------------------------------------------------------------

function sfiFlags(sfi: i32): i32 {
  return H32[(sfi - 1 + SharedFunctionInfoLayout.flags) >> 2];
}

/** CreateClosure: a new JSFunction of `sfi` in `context`, with length, name and prototype. May GC. */
export function closureCreate(sfi: i32, context: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hSfi: i32 = handleNew(sfi);
  const hF: i32 = handleNew(functionNew(sfi, context));
  const flags: i32 = sfiFlags(handleGet(hSfi));
  const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
  if (kind === SfiKind.script || kind === SfiKind.module || kind === SfiKind.eval) {
    const f: i32 = handleGet(hF);
    handleScopeClose(scope);
    return f;
  }
  const generator: bool = (flags & SfiFlag.isGenerator) !== 0;
  const async: bool = (flags & SfiFlag.isAsync) !== 0;
  if (generator || async) {
    const proto: i32 = intrinsicGet(generator ? (async ? Intrinsic.AsyncGeneratorFunctionPrototype : Intrinsic.GeneratorFunctionPrototype)
      : Intrinsic.AsyncFunctionPrototype);
    if (isJSObject(proto)) objectSetPrototype(handleGet(hF), proto);
  }
  // atom() may allocate (the first use of an atom in a process materialises it, e.g. after a heap
  // image was loaded), so each key is made before the function is read back from its handle.
  let key: i32 = atom('length');
  objectDefineOwnProperty(handleGet(hF), key, smiFrom(H32[(handleGet(hSfi) - 1 + SharedFunctionInfoLayout.length) >> 2]),
    PropertyAttr.CONFIGURABLE);
  key = atom('name');
  objectDefineOwnProperty(handleGet(hF), key, fieldGet(handleGet(hSfi), SharedFunctionInfoLayout.name), PropertyAttr.CONFIGURABLE);
  if (kind === SfiKind.normal && (flags & (SfiFlag.strict | SfiFlag.isArrow | SfiFlag.isGenerator | SfiFlag.isAsync)) === 0) {
    // V8 gives sloppy ordinary functions own `arguments` and `caller` (null, all attributes false).
    key = atom('arguments');
    objectDefineOwnProperty(handleGet(hF), key, nullValue(), 0);
    key = atom('caller');
    objectDefineOwnProperty(handleGet(hF), key, nullValue(), 0);
  }
  if (generator) {
    let p: i32 = objectNewPlain();
    if (isJSObject(intrinsicGet(async ? Intrinsic.AsyncGeneratorPrototype : Intrinsic.GeneratorPrototype))) {
      const hP: i32 = handleNew(p);
      objectSetPrototype(p, intrinsicGet(async ? Intrinsic.AsyncGeneratorPrototype : Intrinsic.GeneratorPrototype));
      p = handleGet(hP);
    }
    const hProto: i32 = handleNew(p);
    key = atom('prototype');
    objectDefineOwnProperty(handleGet(hF), key, handleGet(hProto), PropertyAttr.WRITABLE);
  } else if (kind === SfiKind.normal && !async && (flags & SfiFlag.isArrow) === 0) {
    const hP: i32 = handleNew(objectNewPlain());
    key = atom('constructor');
    objectDefineOwnProperty(handleGet(hP), key, handleGet(hF), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
    key = atom('prototype');
    objectDefineOwnProperty(handleGet(hF), key, handleGet(hP), PropertyAttr.WRITABLE);
  }
  const f: i32 = handleGet(hF);
  handleScopeClose(scope);
  return f;
}

/** GetSuperConstructor: the [[Prototype]] of the active function. No GC. */
export function superConstructorOf(f: i32): i32 {
  if (!isJSObject(f)) return nullValue();
  return objectGetPrototype(f);
}

/**
 * ThrowIfNotSuperConstructor's TypeError, worded as V8's: "Super constructor null of D is not a
 * constructor" (a function shown by its name, a class without one as "anonymous class"). May GC.
 */
export function throwNotSuperConstructor(superCtor: i32, activeFunction: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hClass: i32 = handleNew(activeFunction);
  const isFunction: bool = isJSObject(superCtor) && isCallable(superCtor);
  const hS: i32 = handleNew(isFunction ? functionDisplayName(superCtor) : valueDisplay(superCtor));
  // An empty name (%Function.prototype%: `class D extends null`) reads "null", as in V8.
  if (stringLength(handleGet(hS)) === 0) handleSet(hS, atom('null'));
  handleSet(hS, stringConcat(atom('Super constructor '), handleGet(hS)));
  handleSet(hS, stringConcat(handleGet(hS), atom(' of ')));
  let name: i32 = functionDisplayName(handleGet(hClass));
  if (stringLength(name) === 0) name = atom('anonymous class');
  handleSet(hS, stringConcat(handleGet(hS), name));
  handleSet(hS, stringConcat(handleGet(hS), atom(' is not a constructor')));
  return closeWith(scope, throwError(ErrorKind.TypeError, handleGet(hS)));
}

// ---- literals ----------------------------------------------------------------------------------

/** CreateObjectLiteral from a boilerplate [keys, values] (computed values: the empty FixedArray). May GC. */
export function objectLiteralCreate(boilerplate: i32, nullPrototype: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(boilerplate);
  const hObj: i32 = handleNew(objectNewPlain());
  if (nullPrototype) objectSetPrototype(handleGet(hObj), nullValue());
  const n: i32 = fixedArrayLength(fixedArrayGet(handleGet(hB), 0));
  for (let i: i32 = 0; i < n; i++) {
    const b: i32 = handleGet(hB);
    let value: i32 = fixedArrayGet(fixedArrayGet(b, 1), i);
    if (value === rootGet(RootIndex.emptyFixedArray)) value = undefinedValue();
    const r: i32 = defineOwnDataProperty(handleGet(hObj), fixedArrayGet(fixedArrayGet(b, 0), i), value);
    if (isException(r)) {
      handleScopeClose(scope);
      return r;
    }
  }
  const obj: i32 = handleGet(hObj);
  handleScopeClose(scope);
  return obj;
}

/** CreateArrayLiteral from a boilerplate FixedArray of values (the hole for elisions). May GC. */
export function arrayLiteralCreate(boilerplate: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(boilerplate);
  const n: i32 = fixedArrayLength(boilerplate);
  const hArr: i32 = handleNew(arrayNew(n));
  for (let i: i32 = 0; i < n; i++) {
    let v: i32 = fixedArrayGet(handleGet(hB), i);
    if (v === theHole()) continue;
    if (v === rootGet(RootIndex.emptyFixedArray)) v = undefinedValue();
    elementsSet(handleGet(hArr), i, v);
  }
  if (arrayLength(handleGet(hArr)) !== n) arraySetLength(handleGet(hArr), n);
  const arr: i32 = handleGet(hArr);
  handleScopeClose(scope);
  return arr;
}

export function emptyArrayLiteral(): i32 {
  return arrayNew(0);
}
export function emptyObjectLiteral(): i32 {
  return objectNewPlain();
}

/** CreateRegExpLiteral: RegExpCreate with %RegExp%, compiled once per literal (runtime/builtins-regexp-protocol.ts). May GC. */
export function regExpLiteralCreate(description: i32): i32 {
  return regexpLiteralCreate(description);
}

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/**
 * GetTemplateObject: the frozen strings array of a template site (description [raw, cooked]) with
 * its frozen `raw` array, made once per site: it replaces the description in the constant pool
 * (slot `index` of the pool of the bytecode whose bytes start at `base`), so every closure of the
 * function sees the same object. May GC.
 */
export function templateObjectGet(fp: i32, index: i32): i32 {
  const pool0: i32 = fieldGet(H32[(fp + FrameSlot.bytecode) >> 2], BytecodeArrayLayout.constantPool);
  const description: i32 = fixedArrayGet(pool0, index);
  if (isJSObject(description)) return description;
  const scope: i32 = handleScopeOpen();
  const hD: i32 = handleNew(description);
  const hRaw: i32 = handleNew(stringsArray(fixedArrayGet(description, 0)));
  const hCooked: i32 = handleNew(stringsArray(fixedArrayGet(handleGet(hD), 1)));
  objectDefineOwnProperty(handleGet(hCooked), atom('raw'), handleGet(hRaw), 0);
  freeze(handleGet(hRaw));
  freeze(handleGet(hCooked));
  fixedArraySet(fieldGet(H32[(fp + FrameSlot.bytecode) >> 2], BytecodeArrayLayout.constantPool), index, handleGet(hCooked));
  return closeWith(scope, handleGet(hCooked));
}
/** Object.freeze(obj) (through the builtin's kernel function on a call block). May GC. */
function freeze(obj: i32): void {
  const argv: i32 = vmArgsReserve(1);
  vmArgSet(argv, 0, obj);
  objectFreeze(argv, 1);
  vmArgsRelease(argv);
}
function stringsArray(strings: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(strings);
  const n: i32 = fixedArrayLength(strings);
  const hArr: i32 = handleNew(arrayNew(n));
  for (let i: i32 = 0; i < n; i++) elementsSet(handleGet(hArr), i, fixedArrayGet(handleGet(hS), i));
  return closeWith(scope, handleGet(hArr));
}

// ---- arguments and rest ------------------------------------------------------------------------

/**
 * CreateMappedArguments / CreateUnmappedArguments (spec 10.4.4.6-7): an array-like object with
 * the arguments as elements, `length` and @@iterator (%Array.prototype.values%) non-enumerable,
 * and `callee` (the function for sloppy functions, %ThrowTypeError% accessors for strict ones).
 * A sloppy function whose parameters some index below min(argc, formals) aliases gets a mapped
 * arguments exotic object (JS_ARGUMENTS_OBJECT, mappedArgumentsCreate); every other arguments
 * object is ordinary, with fast elements. May GC.
 */
export function argumentsObjectCreate(fp: i32, mapped: bool): i32 {
  if (mapped && mappedIndexCount(fp) > 0) return mappedArgumentsCreate(fp);
  const scope: i32 = handleScopeOpen();
  const argc: i32 = frameArgc(fp);
  const hObj: i32 = handleNew(objectNew(argumentsMap(mapped ? Intrinsic.SloppyArgumentsMap : Intrinsic.StrictArgumentsMap)));
  for (let i: i32 = 0; i < argc; i++) {
    elementsSet(handleGet(hObj), i, H32[(frameArgv(fp) + (i << 2)) >> 2]);
  }
  argumentsObjectFinish(hObj, fp, mapped);
  return closeWith(scope, handleGet(hObj));
}

/** Defines `length`, @@iterator and (sloppy) `callee` of the new arguments object in `hObj`, in its map's order. May GC. */
function argumentsObjectFinish(hObj: i32, fp: i32, sloppy: bool): void {
  objectDefineOwnProperty(handleGet(hObj), atom('length'), smiFrom(frameArgc(fp)), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  const iter: i32 = intrinsicGet(Intrinsic.SymbolIterator);
  if (isSymbol(iter)) {
    objectDefineOwnProperty(handleGet(hObj), iter, intrinsicGet(Intrinsic.ArrayProtoValues), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  }
  if (sloppy) {
    objectDefineOwnProperty(handleGet(hObj), atom('callee'), H32[(frameArgv(fp) + CallBlock.callee) >> 2],
      PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  }
}

/**
 * The mapped parameter slots of the frame's function (FunctionExtrasSlot.mappedParameterSlots: a
 * FixedArray of Smi context slots, -1 for an unmapped formal), or null. No GC.
 */
function mappedParameterSlots(fp: i32): i32 {
  const sfi: i32 = functionShared(H32[(frameArgv(fp) + CallBlock.callee) >> 2]);
  const table: i32 = rootGet(RootIndex.bytecodeLoaderTable);
  const id: i32 = H32[(sfi - 1 + SharedFunctionInfoLayout.functionLiteralId) >> 2];
  if ((table & 1) === 0 || table === undefinedValue() || id < 0 || ((id + 1) | 0) >= fixedArrayLength(table)) return nullValue();
  const extras: i32 = fixedArrayGet(table, (id + 1) | 0);
  if ((extras & 1) === 0 || extras === undefinedValue()) return nullValue();
  return fixedArrayGet(extras, FunctionExtrasSlot.mappedParameterSlots);
}

/** The length of the parameter map: min(argc, formals), or 0 when no index below it is mapped. No GC. */
function mappedIndexCount(fp: i32): i32 {
  const slots: i32 = mappedParameterSlots(fp);
  if (slots === nullValue()) return 0;
  const argc: i32 = frameArgc(fp);
  const n: i32 = argc < fixedArrayLength(slots) ? argc : fixedArrayLength(slots);
  for (let i: i32 = 0; i < n; i++) if (smiValue(fixedArrayGet(slots, i)) >= 0) return n;
  return 0;
}

/**
 * CreateMappedArgumentsObject (spec 10.4.4.7): a JS_ARGUMENTS_OBJECT whose elements (a
 * NumberDictionary) hold every argument and whose parameter map sends index i < min(argc,
 * formals) to the context slot of its formal in the current (function) context. The prologue
 * stores the parameters into those slots right after. May GC.
 */
function mappedArgumentsCreate(fp: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const argc: i32 = frameArgc(fp);
  const n: i32 = mappedIndexCount(fp);
  const hObj: i32 = handleNew(objectNew(argumentsMap(Intrinsic.MappedArgumentsMap)));
  const dictionary: i32 = dictionaryNew(argc);
  for (let i: i32 = 0; i < argc; i++) numberDictionaryAddNoGrow(dictionary, i, H32[(frameArgv(fp) + (i << 2)) >> 2], PropertyAttr.ALL);
  fieldSet(handleGet(hObj), JSObjectLayout.elements, dictionary);
  const parameterMap: i32 = fixedArrayNew(n);
  const slots: i32 = mappedParameterSlots(fp);
  for (let i: i32 = 0; i < n; i++) {
    const slot: i32 = fixedArrayGet(slots, i);
    fixedArraySet(parameterMap, i, smiValue(slot) >= 0 ? slot : theHole());
  }
  fieldSet(handleGet(hObj), JSArgumentsObjectLayout.parameterMap, parameterMap);
  fieldSet(handleGet(hObj), JSArgumentsObjectLayout.context, H32[(fp + FrameSlot.context) >> 2]);
  argumentsObjectFinish(hObj, fp, true);
  return closeWith(scope, handleGet(hObj));
}

/**
 * The map of arguments objects of kind `which` (Intrinsic.SloppyArgumentsMap, StrictArgumentsMap
 * or MappedArgumentsMap), made on first use: Object.prototype.toString and the library's inspect
 * tell arguments objects by their map (and mapped ones by their instance type). May GC.
 */
function argumentsMap(which: i32): i32 {
  const existing: i32 = intrinsicGet(which);
  if ((existing & 1) !== 0 && existing !== undefinedValue()) return existing;
  // A template object with the properties every arguments object has, so that filling them in
  // keeps the map (the realm recognises arguments objects by it).
  const scope: i32 = handleScopeOpen();
  const exotic: bool = which === Intrinsic.MappedArgumentsMap;
  const base: i32 = exotic
    ? mapNew(InstanceType.JS_ARGUMENTS_OBJECT, (JSArgumentsObjectLayout.size + (MAPPED_ARGUMENTS_INOBJECT_PROPERTIES << 2)) | 0,
      MAPPED_ARGUMENTS_INOBJECT_PROPERTIES, rootGet(RootIndex.objectPrototype), ElementsKind.DICTIONARY)
    : mapNew(InstanceType.JS_OBJECT, (JSObjectLayout.size + (OBJECT_INOBJECT_PROPERTIES << 2)) | 0, OBJECT_INOBJECT_PROPERTIES,
      rootGet(RootIndex.objectPrototype), ElementsKind.HOLEY);
  const hO: i32 = handleNew(objectNew(base));
  objectDefineOwnProperty(handleGet(hO), atom('length'), 0, PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  const iter: i32 = intrinsicGet(Intrinsic.SymbolIterator);
  if (isSymbol(iter)) objectDefineOwnProperty(handleGet(hO), iter, undefinedValue(), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  if (which !== Intrinsic.StrictArgumentsMap) {
    objectDefineOwnProperty(handleGet(hO), atom('callee'), undefinedValue(), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  } else {
    const thrower: i32 = intrinsicGet(Intrinsic.ThrowTypeError);
    if (isJSObject(thrower)) objectDefineAccessor(handleGet(hO), atom('callee'), thrower, intrinsicGet(Intrinsic.ThrowTypeError), 0);
  }
  intrinsicSet(which, H32[(handleGet(hO) - 1) >> 2]);
  handleScopeClose(scope);
  return intrinsicGet(which);
}

/** In-object property slots of mapped arguments objects: `length`, @@iterator, `callee` (a 32-byte object). */
const MAPPED_ARGUMENTS_INOBJECT_PROPERTIES: i32 = 3;

/** CreateRestParameter: an array of the arguments from the rest parameter's index on. May GC. */
export function restParameterCreate(fp: i32): i32 {
  const sfi: i32 = functionShared(H32[(frameArgv(fp) + CallBlock.callee) >> 2]);
  const from: i32 = H32[(sfi - 1 + SharedFunctionInfoLayout.parameterCount) >> 2];
  const argc: i32 = frameArgc(fp);
  const n: i32 = argc > from ? ((argc - from) | 0) : 0;
  const scope: i32 = handleScopeOpen();
  const hArr: i32 = handleNew(arrayNew(n));
  for (let i: i32 = 0; i < n; i++) elementsSet(handleGet(hArr), i, H32[(frameArgv(fp) + ((from + i) << 2)) >> 2]);
  return closeWith(scope, handleGet(hArr));
}

// ---- iteration ---------------------------------------------------------------------------------

/** GetIterator(obj, sync): obj[@@iterator](), TypeError unless it returns an object. May GC. */
export function getIterator(obj: i32): i32 {
  return getIteratorAt(obj, 0);
}

/** TypeError "x is not iterable": x is the operand's source text for bytecode (fp !== 0), as in V8. May GC. */
function throwNotIterable(value: i32, fp: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const text: i32 = fp !== 0 ? operandSourceText(fp) : 0;
  return closeWith(scope, throwErrorWith(ErrorKind.TypeError, '', text !== 0 ? text : handleGet(hValue), ' is not iterable'));
}

/** getIterator for the GetIterator instruction of the frame at fp (0: not from bytecode). May GC. */
export function getIteratorAt(obj: i32, fp: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  if (obj === undefinedValue() || obj === nullValue()) return closeWith(scope, throwNotIterable(obj, fp));
  const method: i32 = getProperty(obj, intrinsicGet(Intrinsic.SymbolIterator));
  if (isException(method)) return closeWith(scope, method);
  if (!isCallable(method)) return closeWith(scope, throwNotIterable(handleGet(hObj), fp));
  const it: i32 = vmCall0(method, handleGet(hObj));
  if (isException(it)) return closeWith(scope, it);
  if (!isJSObject(it)) return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'Result of the Symbol.iterator method is not an object'));
  return closeWith(scope, it);
}

/** [...iterable]: a new array of the iterated values (fast path for plain arrays with the default iterator). May GC. */
export function iterableToArray(iterable: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const it: i32 = getIterator(iterable);
  if (isException(it)) return closeWith(scope, it);
  const hIt: i32 = handleNew(it);
  // Keys before objects: atom() may allocate (first use after an image load).
  let key: i32 = atom('next');
  const next: i32 = getProperty(handleGet(hIt), key);
  if (isException(next)) return closeWith(scope, next);
  const hNext: i32 = handleNew(next);
  const hArr: i32 = handleNew(arrayNew(0));
  let i: i32 = 0;
  for (;;) {
    const result: i32 = vmCall0(handleGet(hNext), handleGet(hIt));
    if (isException(result)) return closeWith(scope, result);
    if (!isJSObject(result)) return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Iterator result ', result, ' is not an object'));
    const hR: i32 = handleNew(result);
    key = atom('done');
    const done: i32 = getProperty(handleGet(hR), key);
    if (isException(done)) return closeWith(scope, done);
    if (toBoolean(done)) break;
    key = atom('value');
    const value: i32 = getProperty(handleGet(hR), key);
    if (isException(value)) return closeWith(scope, value);
    elementsSet(handleGet(hArr), i, value);
    i = (i + 1) | 0;
    handleSet(hR, 0);
  }
  return closeWith(scope, handleGet(hArr));
}

/** CloneObject: {...source}: CopyDataProperties into a new ordinary object. May GC. */
export function cloneObject(source: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hSource: i32 = handleNew(source);
  const hObj: i32 = handleNew(objectNewPlain());
  const r: i32 = copyDataProperties(handleGet(hObj), handleGet(hSource), 0);
  if (isException(r)) return closeWith(scope, r);
  return closeWith(scope, handleGet(hObj));
}

/**
 * CopyDataProperties(target, source, excluded): the own enumerable properties of source (indices
 * first, then string keys in order; symbols are not enumerated yet) defined on target, minus the
 * keys of the FixedArray `excluded` (0 for none). May GC.
 */
export function copyDataProperties(target: i32, source: i32, excluded: i32): i32 {
  if (source === undefinedValue() || source === nullValue()) return target;
  const scope: i32 = handleScopeOpen();
  const hT: i32 = handleNew(target);
  const hEx: i32 = handleNew(excluded);
  const from: i32 = toObject(source);
  if (isException(from)) return closeWith(scope, from);
  const hFrom: i32 = handleNew(from);
  const hKeys: i32 = handleNew(ownEnumerableKeysWith(from, true));
  if (isException(handleGet(hKeys))) return closeWith(scope, handleGet(hKeys));
  const n: i32 = fixedArrayLength(handleGet(hKeys));
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = fixedArrayGet(handleGet(hKeys), i);
    if (handleGet(hEx) !== 0 && keyListHas(handleGet(hEx), key)) continue;
    const attrs: i32 = exoticOwnAttributes(handleGet(hFrom), key); // proxies: the getOwnPropertyDescriptor trap
    if (attrs === -2) return closeWith(scope, exceptionSentinel());
    if (attrs < 0 || (attrs & PropertyAttr.ENUMERABLE) === 0) continue;
    const v: i32 = getProperty(handleGet(hFrom), fixedArrayGet(handleGet(hKeys), i));
    if (isException(v)) return closeWith(scope, v);
    const r: i32 = defineOwnDataProperty(handleGet(hT), fixedArrayGet(handleGet(hKeys), i), v);
    if (isException(r)) return closeWith(scope, r);
  }
  return closeWith(scope, handleGet(hT));
}
function keyListHas(list: i32, key: i32): bool {
  for (let i: i32 = 0; i < fixedArrayLength(list); i++) if (fixedArrayGet(list, i) === key) return true;
  return false;
}

/**
 * The own enumerable string-keyed property keys of a JS object in [[OwnPropertyKeys]] order:
 * element indices (as Smis) ascending, then named keys in creation order. May GC.
 */
export function ownEnumerableKeys(obj: i32): i32 {
  return ownEnumerableKeysWith(obj, false);
}

/** ownEnumerableKeys, followed by the enumerable symbol keys when `symbols` (CopyDataProperties). May GC. */
function ownEnumerableKeysWith(obj: i32, symbols: bool): i32 {
  if (isJSObject(obj) && (instanceTypeOf(obj) === InstanceType.JS_PROXY || instanceTypeOf(obj) === InstanceType.JS_TYPED_ARRAY)) {
    return exoticEnumerableKeys(obj, symbols); // proxies' ownKeys/getOwnPropertyDescriptor traps, typed array indices
  }
  if (!isJSObject(obj)) {
    if ((obj & 1) !== 0 && isString(obj)) {
      const n: i32 = stringLength(obj);
      const keys: i32 = fixedArrayNew(n);
      for (let i: i32 = 0; i < n; i++) fixedArraySet(keys, i, smiFrom(i));
      return keys;
    }
    return fixedArrayNew(0);
  }
  const wrapped: i32 = stringWrapperValue(obj);
  if (wrapped !== 0) return ownEnumerableKeysWith(wrapped, false);
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hNamed: i32 = handleNew(objectOwnKeys(obj));
  // Elements: scan up to the array length, or the store's length for other objects.
  let limit: i32 = 0;
  if (instanceTypeOf(handleGet(hObj)) === InstanceType.JS_ARRAY) limit = arrayLength(handleGet(hObj)) | 0;
  else {
    const e: i32 = fieldGet(handleGet(hObj), 8);
    if (instanceTypeOf(e) === InstanceType.FIXED_ARRAY || instanceTypeOf(e) === InstanceType.FIXED_DOUBLE_ARRAY) limit = fixedArrayLength(e);
    else if (instanceTypeOf(e) === InstanceType.HASH_TABLE) limit = 1 << 20;
  }
  if (limit > (1 << 20)) limit = 1 << 20;
  let count: i32 = 0;
  const hIdx: i32 = handleNew(fixedArrayNew(limit));
  for (let i: i32 = 0; i < limit; i++) {
    const a: i32 = getOwnPropertyAttributes(handleGet(hObj), smiFrom(i));
    if (a >= 0 && (a & PropertyAttr.ENUMERABLE) !== 0) {
      fixedArraySet(handleGet(hIdx), count, smiFrom(i));
      count = (count + 1) | 0;
    }
  }
  const named: i32 = handleGet(hNamed);
  let namedCount: i32 = 0;
  for (let i: i32 = 0; i < fixedArrayLength(named); i++) {
    const k: i32 = fixedArrayGet(named, i);
    if (isSymbol(k) && !symbols) continue;
    const a: i32 = objectGetOwnAttributes(handleGet(hObj), k);
    if (a >= 0 && (a & PropertyAttr.ENUMERABLE) !== 0) namedCount = (namedCount + 1) | 0;
  }
  const result: i32 = fixedArrayNew((count + namedCount) | 0);
  for (let i: i32 = 0; i < count; i++) fixedArraySet(result, i, fixedArrayGet(handleGet(hIdx), i));
  let j: i32 = count;
  // Strings first, then symbols ([[OwnPropertyKeys]] order).
  for (let pass: i32 = 0; pass < 2; pass++) {
    const named2: i32 = handleGet(hNamed);
    for (let i: i32 = 0; i < fixedArrayLength(named2); i++) {
      const k: i32 = fixedArrayGet(named2, i);
      if (isSymbol(k) !== (pass === 1)) continue;
      if (isSymbol(k) && !symbols) continue;
      const a: i32 = objectGetOwnAttributes(handleGet(hObj), k);
      if (a >= 0 && (a & PropertyAttr.ENUMERABLE) !== 0) {
        fixedArraySet(result, j, k);
        j = (j + 1) | 0;
      }
    }
  }
  return closeWith(scope, result);
}

/**
 * ForInEnumerate: a for-in iterator, the FixedArray [object, keys, Smi index] where keys are the
 * enumerable string keys of the object and its prototypes (shadowed ones once), indices turned
 * into strings by ForInNext. May GC.
 */
export function forInEnumerate(v: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hState: i32 = handleNew(fixedArrayNew(3));
  if (v === undefinedValue() || v === nullValue()) {
    const none: i32 = fixedArrayNew(0);
    fixedArraySet(handleGet(hState), 1, none);
    fixedArraySet(handleGet(hState), 2, 0);
    return closeWith(scope, handleGet(hState));
  }
  const obj: i32 = toObject(handleGet(hV));
  if (isException(obj)) return closeWith(scope, obj);
  // A module namespace: [[GetOwnProperty]] of a binding in its TDZ throws (runtime/modules.ts).
  const hObj: i32 = handleNew(obj);
  if (isModuleNamespace(obj)) {
    const r: i32 = moduleNamespaceCheckBindings(obj);
    if (r !== 0) return closeWith(scope, r);
  }
  fixedArraySet(handleGet(hState), 0, handleGet(hObj));
  const hAll: i32 = handleNew(fixedArrayNew(0));
  const hO: i32 = handleNew(handleGet(hObj));
  while (handleGet(hO) !== nullValue()) {
    const own: i32 = ownEnumerableKeys(handleGet(hO));
    if (isException(own)) return closeWith(scope, own);
    const hOwn: i32 = handleNew(own);
    const all: i32 = handleGet(hAll);
    const merged: i32 = fixedArrayNew((fixedArrayLength(all) + fixedArrayLength(own)) | 0);
    let n: i32 = 0;
    const a: i32 = handleGet(hAll);
    for (let i: i32 = 0; i < fixedArrayLength(a); i++) {
      fixedArraySet(merged, n, fixedArrayGet(a, i));
      n = (n + 1) | 0;
    }
    const o2: i32 = handleGet(hOwn);
    for (let i: i32 = 0; i < fixedArrayLength(o2); i++) {
      const k: i32 = fixedArrayGet(o2, i);
      if (!keyListHas(handleGet(hAll), k) && !shadowedBelow(handleGet(hObj), handleGet(hO), k)) {
        fixedArraySet(merged, n, k);
        n = (n + 1) | 0;
      }
    }
    handleSet(hAll, fixedArrayTruncated(merged, n));
    const next: i32 = internalGetPrototypeOf(handleGet(hO));
    if (isException(next)) return closeWith(scope, next);
    handleSet(hO, next);
  }
  fixedArraySet(handleGet(hState), 1, handleGet(hAll));
  fixedArraySet(handleGet(hState), 2, 0);
  return closeWith(scope, handleGet(hState));
}
/**
 * Whether an object of the chain from `obj` up to (not including) `proto` has an own property
 * `key`, enumerable or not: such a key was processed there, so the prototype's is not visited
 * (EnumerateObjectProperties). Stops at a proxy, whose [[GetPrototypeOf]] would be observable. No GC.
 */
function shadowedBelow(obj: i32, proto: i32, key: i32): bool {
  for (let o: i32 = obj; o !== proto && o !== nullValue(); o = objectGetPrototype(o)) {
    if (instanceTypeOf(o) === InstanceType.JS_PROXY) return false;
    if (getOwnPropertyAttributes(o, key) >= 0) return true;
  }
  return false;
}

function fixedArrayTruncated(a: i32, n: i32): i32 {
  if (n === fixedArrayLength(a)) return a;
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const r: i32 = fixedArrayNew(n);
  for (let i: i32 = 0; i < n; i++) fixedArraySet(r, i, fixedArrayGet(handleGet(hA), i));
  handleScopeClose(scope);
  return r;
}

/** ForInNext: the next key still present on the object (as a string), or undefined when done. May GC. */
export function forInNext(state: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hState: i32 = handleNew(state);
  for (;;) {
    const keys: i32 = fixedArrayGet(handleGet(hState), 1);
    const i: i32 = fixedArrayGet(handleGet(hState), 2) >> 1;
    if (i >= fixedArrayLength(keys)) return closeWith(scope, undefinedValue());
    fixedArraySet(handleGet(hState), 2, smiFrom((i + 1) | 0));
    const has: i32 = hasProperty(fixedArrayGet(handleGet(hState), 0), fixedArrayGet(keys, i));
    if (isException(has)) return closeWith(scope, has);
    if (has !== trueValue()) continue;
    // Re-read: HasProperty may run a proxy trap (and collect).
    const key: i32 = fixedArrayGet(fixedArrayGet(handleGet(hState), 1), i);
    if ((key & 1) === 0) return closeWith(scope, indexString(key >> 1));
    return closeWith(scope, key);
  }
}
import { numberToString } from './number-conversions.ts';
function indexString(i: i32): i32 {
  return numberToString(+i);
}

// ---- typeof tests --------------------------------------------------------------------------------

/** TestTypeOf: typeof v === TYPEOF_LITERALS[literal] (number, string, symbol, boolean, bigint, undefined, function, object). No GC. */
export function typeOfTest(v: i32, literal: i32): bool {
  const isObj: bool = isJSObject(v);
  switch (literal) {
    case 0: return (v & 1) === 0 || isHeapNumber(v);
    case 1: return (v & 1) !== 0 && isString(v);
    case 2: return isSymbol(v);
    case 3: return v === trueValue() || v === falseValue();
    case 4: return (v & 1) !== 0 && instanceTypeOf(v) === InstanceType.BIGINT;
    case 5: return v === undefinedValue() || isUndetectable(v);
    case 6: return isObj && isCallable(v) && !isUndetectable(v);
    case 7: return v === nullValue() || (isObj && !isCallable(v) && !isUndetectable(v));
    default: return false;
  }
}

// ---- with contexts and dynamic lookups -----------------------------------------------------------

/** CreateWithContext: a context whose extension slot holds ToObject(R[reg]). May GC. */
export function withContextCreate(fp: i32, reg: i32, scopeInfo: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hInfo: i32 = handleNew(scopeInfo);
  const obj: i32 = toObject(registerGet(fp, reg));
  if (isException(obj)) return closeWith(scope, obj);
  const hObj: i32 = handleNew(obj);
  const c: i32 = contextNew(H32[(fp + FrameSlot.context) >> 2], handleGet(hInfo), 0);
  fixedArraySet(c, ContextSlot.extension, handleGet(hObj));
  fixedArraySet(c, ContextSlot.scopeInfo, withMarker());
  return closeWith(scope, c);
}
/** The scope-info value of with contexts (their extension is the binding object). */
function withMarker(): i32 {
  return atom('with');
}
function isWithContext(c: i32): bool {
  return fixedArrayGet(c, ContextSlot.scopeInfo) === withMarker();
}

/**
 * The context (or with object) where `name` resolves from the frame's context outwards: sets
 * lookupHolder (a context, or a with object when lookupIsObject) and lookupSlot. False when it
 * reaches the end of the chain (the global lexical environment and the global object follow).
 * May GC (with objects: HasProperty may run a proxy trap... not yet).
 */
let lookupHolder: i32 = 0;
let lookupSlot: i32 = 0;
let lookupIsObject: bool = false;
function lookupFind(fp: i32, name: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const hC: i32 = handleNew(H32[(fp + FrameSlot.context) >> 2]);
  for (;;) {
    const c: i32 = handleGet(hC);
    if ((c & 1) === 0 || c === undefinedValue() || instanceTypeOf(c) !== InstanceType.CONTEXT) break;
    if (isWithContext(c)) {
      const found: i32 = withHasBinding(fixedArrayGet(c, ContextSlot.extension), handleGet(hName));
      if (isException(found)) return closeWith(scope, found);
      if (found === trueValue()) {
        lookupHolder = fixedArrayGet(handleGet(hC), ContextSlot.extension);
        lookupIsObject = true;
        return closeWith(scope, trueValue());
      }
    } else {
      const s2: i32 = contextSlotOf(c, handleGet(hName));
      if (s2 >= 0) {
        lookupHolder = c;
        lookupSlot = s2;
        lookupIsObject = false;
        return closeWith(scope, trueValue());
      }
      // Vars and functions a sloppy direct eval declared here (runtime/eval.ts): the extension object.
      const ext: i32 = fixedArrayGet(c, ContextSlot.extension);
      if (isJSObject(ext) && objectGetOwnAttributes(ext, handleGet(hName)) >= 0) {
        lookupHolder = ext;
        lookupIsObject = true;
        return closeWith(scope, trueValue());
      }
    }
    handleSet(hC, fixedArrayGet(handleGet(hC), ContextSlot.previous));
  }
  return closeWith(scope, falseValue());
}

/** HasBinding of an object environment with `with` semantics (ECMA-262 9.1.1.2.1: @@unscopables). May GC. */
function withHasBinding(obj: i32, name: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hName: i32 = handleNew(name);
  const has: i32 = hasProperty(obj, name);
  if (has !== trueValue()) return closeWith(scope, has);
  const key: i32 = intrinsicGet(Intrinsic.SymbolUnscopables);
  if (!isSymbol(key)) return closeWith(scope, trueValue());
  const u: i32 = getProperty(handleGet(hObj), key);
  if (isException(u)) return closeWith(scope, u);
  if (!isJSObject(u)) return closeWith(scope, trueValue());
  const blocked: i32 = getProperty(u, handleGet(hName));
  if (isException(blocked)) return closeWith(scope, blocked);
  return closeWith(scope, toBoolean(blocked) ? falseValue() : trueValue());
}

/**
 * LdaLookupSlot / LdaLookupCallee: the value of `name` through the context chain, then the
 * globals. `receiverReg` (> -2^31) receives the with object the name was found in (or undefined).
 * May GC.
 */
export function lookupSlotLoad(fp: i32, name: i32, insideTypeof: bool, receiverReg: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const found: i32 = lookupFind(fp, name);
  if (isException(found)) return closeWith(scope, found);
  if (found === trueValue()) {
    if (lookupIsObject) {
      const hObj: i32 = handleNew(lookupHolder);
      // Object Environment Record GetBindingValue: HasProperty again (the binding may be gone).
      const still: i32 = hasProperty(lookupHolder, handleGet(hName));
      if (isException(still)) return closeWith(scope, still);
      if (still !== trueValue() && frameIsStrict(fp)) {
        return closeWith(scope, throwErrorWith(ErrorKind.ReferenceError, '', handleGet(hName), ' is not defined'));
      }
      const v: i32 = still === trueValue() ? getProperty(handleGet(hObj), handleGet(hName)) : undefinedValue();
      if (receiverReg !== -2147483648) registerSet(fp, receiverReg, handleGet(hObj));
      return closeWith(scope, v);
    }
    const v: i32 = fixedArrayGet(lookupHolder, (ContextSlot.firstVariable + lookupSlot) | 0);
    if (receiverReg !== -2147483648) registerSet(fp, receiverReg, undefinedValue());
    if (v === theHole()) return closeWith(scope, throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', handleGet(hName), '\' before initialization'));
    return closeWith(scope, v);
  }
  if (receiverReg !== -2147483648) registerSet(fp, receiverReg, undefinedValue());
  // `this` of direct eval code outside any function: the global this value.
  if (handleGet(hName) === atom('this')) return closeWith(scope, rootGet(RootIndex.globalObject));
  return closeWith(scope, globalLoad(handleGet(hName), insideTypeof, undefinedValue(), 0));
}

/** StaLookupSlot: assigns `name` found through the context chain, else the global. May GC. */
export function lookupSlotStore(fp: i32, name: i32, value: i32, strict: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const hName: i32 = handleNew(name);
  const found: i32 = lookupFind(fp, name);
  if (isException(found)) return closeWith(scope, found);
  if (found === trueValue()) {
    if (lookupIsObject) return closeWith(scope, setProperty(lookupHolder, handleGet(hName), handleGet(hValue), strict));
    return closeWith(scope, contextBindingStore(lookupHolder, lookupSlot, handleGet(hName), handleGet(hValue), strict));
  }
  return closeWith(scope, globalStore(handleGet(hName), handleGet(hValue), strict, undefinedValue(), 0));
}

/**
 * Stores into slot `slot` of context `c` (binding `name`): TDZ holes throw, immutable bindings
 * (ScopeInfo mode 2) throw a TypeError except a sloppy function expression's own name (ignored);
 * `this` is bound once (super() in eval code). Returns the value. May GC.
 */
function contextBindingStore(c: i32, slot: i32, name: i32, value: i32, strict: bool): i32 {
  const info: i32 = fixedArrayGet(c, ContextSlot.scopeInfo);
  const current: i32 = fixedArrayGet(c, (ContextSlot.firstVariable + slot) | 0);
  const kThis: i32 = atom('this');
  if (name === kThis) {
    // super() in eval code binds the derived constructor's `this` (BindThisValue).
    if (current !== theHole()) return throwErrorLit(ErrorKind.ReferenceError, 'Super constructor may only be called once');
    fixedArraySet(c, (ContextSlot.firstVariable + slot) | 0, value);
    return value;
  }
  if (current === theHole()) return throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', name, '\' before initialization');
  if ((fixedArrayGet(fixedArrayGet(info, 3), slot) >> 1) === 2) {
    const kFunctionName: i32 = atom('function-name');
    if (!strict && fixedArrayGet(info, 0) === kFunctionName) return value;
    return throwErrorLit(ErrorKind.TypeError, 'Assignment to constant variable.');
  }
  fixedArraySet(c, (ContextSlot.firstVariable + slot) | 0, value);
  return value;
}

// ---- resolved dynamic references (assignments: the reference is resolved before the right-hand side) ----

/**
 * ResolveLookupSlot: where `name` resolves now — a context (a slot of that name), a binding object
 * (a with object, or a context's extension object of eval vars), or undefined (the global
 * scope). Assignments resolve first and then load/store through the holder, so that the right-hand
 * side (a getter deleting the with object's property, an eval declaring a var) does not redirect
 * the store (ECMA-262 13.15.2: the reference is evaluated before the value). May GC.
 */
export function lookupSlotResolve(fp: i32, name: i32): i32 {
  const found: i32 = lookupFind(fp, name);
  if (isException(found)) return found;
  if (found === trueValue()) return lookupHolder;
  return undefinedValue();
}

/** GetValue of a resolved reference (holder from lookupSlotResolve). May GC. */
export function lookupHolderLoad(holder: i32, name: i32, strict: bool): i32 {
  if (holder === undefinedValue()) return globalLoad(name, false, undefinedValue(), 0);
  if (instanceTypeOf(holder) === InstanceType.CONTEXT) {
    const slot: i32 = contextSlotOf(holder, name);
    const v: i32 = fixedArrayGet(holder, (ContextSlot.firstVariable + slot) | 0);
    if (v === theHole()) return throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', name, '\' before initialization');
    return v;
  }
  // Object Environment Record GetBindingValue: the property may have gone meanwhile.
  const scope: i32 = handleScopeOpen();
  const hHolder: i32 = handleNew(holder);
  const hName: i32 = handleNew(name);
  const has: i32 = hasProperty(holder, name);
  if (isException(has)) return closeWith(scope, has);
  if (has !== trueValue()) {
    if (strict) return closeWith(scope, throwErrorWith(ErrorKind.ReferenceError, '', handleGet(hName), ' is not defined'));
    return closeWith(scope, undefinedValue());
  }
  return closeWith(scope, getProperty(handleGet(hHolder), handleGet(hName)));
}

/** PutValue of a resolved reference; returns the value. May GC. */
export function lookupHolderStore(holder: i32, name: i32, value: i32, strict: bool): i32 {
  if (holder === undefinedValue()) return globalStore(name, value, strict, undefinedValue(), 0);
  if (instanceTypeOf(holder) === InstanceType.CONTEXT) return contextBindingStore(holder, contextSlotOf(holder, name), name, value, strict);
  // Object Environment Record SetMutableBinding: strict code throws when the property is gone.
  const scope: i32 = handleScopeOpen();
  const hHolder: i32 = handleNew(holder);
  const hName: i32 = handleNew(name);
  const hValue: i32 = handleNew(value);
  const has: i32 = hasProperty(holder, name);
  if (isException(has)) return closeWith(scope, has);
  if (has !== trueValue() && strict) return closeWith(scope, throwErrorWith(ErrorKind.ReferenceError, '', handleGet(hName), ' is not defined'));
  const r: i32 = setProperty(handleGet(hHolder), handleGet(hName), handleGet(hValue), strict);
  if (isException(r)) return closeWith(scope, r);
  return closeWith(scope, handleGet(hValue));
}

/** DeleteLookupSlot: delete of an unqualified name (false for declared bindings). May GC. */
export function lookupSlotDelete(fp: i32, name: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const found: i32 = lookupFind(fp, name);
  if (isException(found)) return closeWith(scope, found);
  if (found === trueValue()) {
    if (lookupIsObject) return closeWith(scope, deletePropertyOperator(lookupHolder, handleGet(hName), false));
    return closeWith(scope, falseValue());
  }
  return closeWith(scope, deletePropertyOperator(rootGet(RootIndex.globalObject), handleGet(hName), false));
}

import { globalLoad, globalStore } from './interpreter-globals.ts';
