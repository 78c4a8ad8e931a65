// Function and Function.prototype (ECMA-262 §20.2): the Function constructor (compiled through
// the host's script compiler), call/apply/bind, toString and @@hasInstance.
import type { i32, f64, bool } from './types.ts';
import { rootGet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { InstanceType, PropertyAttr, SfiKind, SfiFlag, SharedFunctionInfoLayout, JSFunctionLayout, JSBoundFunctionLayout } from './layouts.ts';
import { isJSObject, instanceTypeOf, fixedArrayNew, fixedArraySet, fixedArrayGet, fixedArrayLength, isHeapNumber, heapNumberValue } from './values.ts';
import { isSmi, smiValue } from './memory.ts';
import { atom } from './atoms.ts';
import { isString, stringConcat, stringLength, stringSlice } from './strings.ts';
import { objectGetPrototype, objectSetPrototype, objectDefineOwnProperty, objectGetOwnAttributes } from './objects.ts';
import { boundFunctionNew } from './functions.ts';
import { elementsKindOf, arrayLength, elementsGet } from './elements.ts';
import { exceptionSentinel, isException, throwErrorLit, ErrorKind, functionDisplayName, appendLit } from './errors.ts';
import { toString, isCallable } from './conversions.ts';
import { getProperty, getKeyed } from './property-access.ts';
import { ordinaryHasInstance } from './operators.ts';
import { vmArgsReserve, vmArgsRelease, vmArgSet, vmCall, vmConstruct, vmRunScript } from './interpreter.ts';
import { arg, argThis, argCallee, argNewTarget, isNullish, numberResult, toF64, convF64, isArrayObject, integerOf } from './builtins-util.ts';
import { ElementsKind } from './layouts.ts';
import { ScriptSlot } from './stack-trace.ts';
import { dynamicFunctionCreate, indirectEval, DynamicMode } from './eval.ts';


/**
 * new Function(p1, ..., body) / Function(...) and the constructors of the other function kinds
 * (%GeneratorFunction%, %AsyncFunction%, %AsyncGeneratorFunction%): CreateDynamicFunction
 * (runtime/eval.ts), which compiles `function anonymous(p1,p2\n) {\nbody\n}` through the host.
 */
export function functionConstructor(argv: i32, argc: i32): i32 {
  return dynamicFunctionCreate(argCallee(argv), argNewTarget(argv), argv, argc, DynamicMode.function);
}
export function generatorFunctionConstructor(argv: i32, argc: i32): i32 {
  return dynamicFunctionCreate(argCallee(argv), argNewTarget(argv), argv, argc, DynamicMode.generator);
}
export function asyncFunctionConstructor(argv: i32, argc: i32): i32 {
  return dynamicFunctionCreate(argCallee(argv), argNewTarget(argv), argv, argc, DynamicMode.asyncFunction);
}
export function asyncGeneratorFunctionConstructor(argv: i32, argc: i32): i32 {
  return dynamicFunctionCreate(argCallee(argv), argNewTarget(argv), argv, argc, DynamicMode.asyncGenerator);
}

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** eval(x) called as a function: an indirect eval (runtime/eval.ts). */
export function globalEval(argv: i32, argc: i32): i32 {
  return indirectEval(arg(argv, argc, 0));
}

/** Function.prototype.call(thisArg, ...args). */
export function functionProtoCall(argv: i32, argc: i32): i32 {
  const f: i32 = argThis(argv);
  if (!isCallable(f)) return throwErrorLit(ErrorKind.TypeError, 'Function.prototype.call called on a non-function');
  const n: i32 = argc > 0 ? (argc - 1) | 0 : 0;
  const block: i32 = vmArgsReserve(n);
  for (let i: i32 = 0; i < n; i++) vmArgSet(block, i, arg(argv, argc, (i + 1) | 0));
  const r: i32 = vmCall(argThis(argv), arg(argv, argc, 0), block, n);
  vmArgsRelease(block);
  return r;
}

/**
 * CreateListFromArrayLike(list) pushed as a call block: returns argv of a block of `listLength`
 * arguments (read it back with listLength), or the sentinel. Arrays with fast elements are read
 * directly; other array-likes through [[Get]]. May run JavaScript.
 */
let listLength: i32 = 0;
function pushArrayLike(list: i32): i32 {
  if (!isJSObject(list)) return throwErrorLit(ErrorKind.TypeError, 'CreateListFromArrayLike called on non-object');
  const scope: i32 = handleScopeOpen();
  const hList: i32 = handleNew(list);
  let n: f64 = 0;
  if (isArrayObject(list)) {
    n = arrayLength(list);
  } else {
    const key: i32 = atom('length');
    const len: i32 = getProperty(handleGet(hList), key);
    if (isException(len)) return close(scope, len);
    if (!toF64(len)) return close(scope, exceptionSentinel());
    n = integerOf(convF64);
    if (n < 0) n = 0;
  }
  if (n > 65535) return close(scope, throwErrorLit(ErrorKind.RangeError, 'Maximum call stack size exceeded'));
  const count: i32 = n | 0;
  const block: i32 = vmArgsReserve(count);
  const fast: bool = isArrayObject(handleGet(hList)) && elementsKindOf(handleGet(hList)) !== ElementsKind.DICTIONARY &&
    objectGetPrototype(handleGet(hList)) === rootGet(RootIndex.arrayPrototype);
  for (let i: i32 = 0; i < count; i++) {
    let v: i32 = 0;
    if (fast) {
      v = elementsGet(handleGet(hList), i);
      if (v === rootGet(RootIndex.theHole)) {
        const key: i32 = numberResult(i);
        v = getKeyed(handleGet(hList), key);
      }
    } else {
      const key: i32 = numberResult(i);
      v = getKeyed(handleGet(hList), key);
    }
    if (isException(v)) {
      vmArgsRelease(block);
      return close(scope, v);
    }
    vmArgSet(block, i, v);
  }
  listLength = count;
  handleScopeClose(scope);
  return block;
}

/** Function.prototype.apply(thisArg, argArray). */
export function functionProtoApply(argv: i32, argc: i32): i32 {
  const f: i32 = argThis(argv);
  if (!isCallable(f)) return throwErrorLit(ErrorKind.TypeError, 'Function.prototype.apply was called on a non-function');
  const list: i32 = arg(argv, argc, 1);
  if (isNullish(list)) {
    const block0: i32 = vmArgsReserve(0);
    const r0: i32 = vmCall(argThis(argv), arg(argv, argc, 0), block0, 0);
    vmArgsRelease(block0);
    return r0;
  }
  const block: i32 = pushArrayLike(list);
  if (isException(block)) return block;
  const r: i32 = vmCall(argThis(argv), arg(argv, argc, 0), block, listLength);
  vmArgsRelease(block);
  return r;
}

/** Reflect.apply-like helper for the library: f.apply with an explicit list. */
export function callWithArrayLike(f: i32, receiver: i32, list: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(f);
  const hR: i32 = handleNew(receiver);
  const block: i32 = pushArrayLike(list);
  if (isException(block)) return close(scope, block);
  const r: i32 = vmCall(handleGet(hF), handleGet(hR), block, listLength);
  vmArgsRelease(block);
  return close(scope, r);
}

/** construct(f, list, newTarget) for the library. */
export function constructWithArrayLike(f: i32, list: i32, newTarget: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(f);
  const hNT: i32 = handleNew(newTarget);
  const block: i32 = pushArrayLike(list);
  if (isException(block)) return close(scope, block);
  const r: i32 = vmConstruct(handleGet(hF), block, listLength, handleGet(hNT));
  vmArgsRelease(block);
  return close(scope, r);
}

/** Function.prototype.bind(thisArg, ...args) (spec 20.2.3.2). */
export function functionProtoBind(argv: i32, argc: i32): i32 {
  const target: i32 = argThis(argv);
  if (!isCallable(target)) return throwErrorLit(ErrorKind.TypeError, 'Bind must be called on a function');
  const scope: i32 = handleScopeOpen();
  const n: i32 = argc > 1 ? (argc - 1) | 0 : 0;
  const hArgs: i32 = handleNew(fixedArrayNew(n));
  for (let i: i32 = 0; i < n; i++) fixedArraySet(handleGet(hArgs), i, arg(argv, argc, (i + 1) | 0));
  const hBound: i32 = handleNew(boundFunctionNew(argThis(argv), arg(argv, argc, 0), handleGet(hArgs)));
  const proto: i32 = objectGetPrototype(argThis(argv));
  if (proto !== objectGetPrototype(handleGet(hBound))) objectSetPrototype(handleGet(hBound), proto);
  // length: max(0, target.length - n) when target has an own numeric length.
  let length: f64 = 0;
  const lengthKey: i32 = atom('length');
  if (objectGetOwnAttributes(argThis(argv), lengthKey) >= 0) {
    const tl: i32 = getProperty(argThis(argv), lengthKey);
    if (isException(tl)) return close(scope, tl);
    if (isSmi(tl) || isHeapNumber(tl)) {
      const x: f64 = isSmi(tl) ? smiValue(tl) : heapNumberValue(tl);
      if (x === 1 / 0) length = x;
      else if (x === x && x !== -1 / 0) length = integerOf(x) - n < 0 ? 0 : integerOf(x) - n;
    }
  }
  const hLen: i32 = handleNew(numberResult(length));
  const lengthKey2: i32 = atom('length');
  objectDefineOwnProperty(handleGet(hBound), lengthKey2, handleGet(hLen), PropertyAttr.CONFIGURABLE);
  const nameKey: i32 = atom('name');
  let name: i32 = getProperty(argThis(argv), nameKey);
  if (isException(name)) return close(scope, name);
  if (!isString(name)) name = atom('');
  const hName: i32 = handleNew(name);
  const prefix: i32 = atom('bound ');
  handleSet(hName, stringConcat(prefix, handleGet(hName)));
  const nameKey2: i32 = atom('name');
  objectDefineOwnProperty(handleGet(hBound), nameKey2, handleGet(hName), PropertyAttr.CONFIGURABLE);
  return close(scope, handleGet(hBound));
}

/**
 * Function.prototype.toString: the source text of a bytecode function when its script source is
 * known (SharedFunctionInfo.script is the Script record of stack-trace.ts, or the source string), else
 * V8's `function name() { [native code] }`.
 */
export function functionProtoToString(argv: i32, argc: i32): i32 {
  const f: i32 = argThis(argv);
  if (argc < 0 || !isCallable(f)) return throwErrorLit(ErrorKind.TypeError, 'Function.prototype.toString requires that \'this\' be a Function');
  if (instanceTypeOf(f) === InstanceType.JS_FUNCTION) {
    const sfi: i32 = fieldGet(f, JSFunctionLayout.shared);
    const flags: i32 = fieldGet(sfi, SharedFunctionInfoLayout.flags);
    const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
    if (kind !== SfiKind.builtin && (flags & SfiFlag.nativeCode) === 0) {
      let source: i32 = fieldGet(sfi, SharedFunctionInfoLayout.script);
      if ((source & 1) !== 0 && !isString(source) && instanceTypeOf(source) === InstanceType.FIXED_ARRAY && fixedArrayLength(source) > ScriptSlot.source) {
        source = fixedArrayGet(source, ScriptSlot.source);
      }
      const start: i32 = fieldGet(sfi, SharedFunctionInfoLayout.sourceStart);
      const end: i32 = fieldGet(sfi, SharedFunctionInfoLayout.sourceEnd);
      if (isString(source) && start >= 0 && end > start && end <= stringLength(source)) return stringSlice(source, start, end);
    }
  }
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(functionDisplayName(argThis(argv)));
  const hS: i32 = handleNew(stringConcat(atom('function '), handleGet(hName)));
  appendLit(hS, '() { [native code] }');
  return close(scope, handleGet(hS));
}

/** Function.prototype[@@hasInstance](V): OrdinaryHasInstance(this, V). */
export function functionProtoHasInstance(argv: i32, argc: i32): i32 {
  return ordinaryHasInstance(argThis(argv), arg(argv, argc, 0));
}

/** The bound target chain's innermost function (for displays). No GC. */
export function boundTargetFunction(f: i32): i32 {
  let g: i32 = f;
  while (instanceTypeOf(g) === InstanceType.JS_BOUND_FUNCTION) g = fieldGet(g, JSBoundFunctionLayout.target);
  return g;
}

/** %ThrowTypeError% (spec 10.2.4.1): the accessor of Function.prototype.caller/arguments. */
export function throwTypeErrorBuiltin(argv: i32, argc: i32): i32 {
  if (argv < 0 || argc < 0) return exceptionSentinel();
  return throwErrorLit(ErrorKind.TypeError, '\'caller\', \'callee\', and \'arguments\' properties may not be accessed on strict mode functions or the arguments objects for calls to them');
}
