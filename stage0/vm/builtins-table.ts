// THE table of kernel builtins (docs/interpreter.md, "Builtins"): per builtin where the realm
// installs it, its `length`, and the kernel function that implements it. A builtin's id is its
// index here. stage0/vm/gen-builtins.ts writes runtime/generated/builtins.ts (the `Builtin` id
// record and the dispatch switch) from it; stage0/vm/realm.ts installs every entry;
// test/realm/builtins-table.test.ts fails when the generated file is stale.
//
// `at` names the place: 'Math.sqrt' (a method of the Math object), 'Array.prototype.push',
// 'Function.prototype[Symbol.hasInstance]' (a well-known-symbol key), 'get Object.prototype.__proto__'
// / 'set ...' (accessor halves), 'Object' (a constructor: the global binding and the function
// that %Object.prototype%.constructor names), '__ouro.setHook' (a library intrinsic on the hidden
// `__ouro` object, deleted after the library ran), 'print' (a global function).
//
// Every kernel function has the signature (argv: i32, argc: i32) => i32 (docs/interpreter.md,
// call blocks) and lives in runtime/builtins-<file>.ts.

export interface BuiltinEntry {
  /** Where it is installed (see above). */
  readonly at: string;
  /** The function's `length`. */
  readonly length: number;
  /** runtime/builtins-<file>.ts */
  readonly file: string;
  /** The exported kernel function. */
  readonly fn: string;
  /** A constructor ([[Construct]] allowed; newTarget in the call block). */
  readonly ctor?: boolean;
  /** Property attributes other than the default {writable, configurable}: 'none' = all false, 'configurable' = only configurable. */
  readonly attrs?: 'none' | 'configurable';
  /** The function's `name` when not derived from `at`. */
  readonly name?: string;
}

function m(at: string, length: number, file: string, fn: string, extra?: Partial<BuiltinEntry>): BuiltinEntry {
  return { at, length, file, fn, ...extra };
}
function ctor(at: string, length: number, file: string, fn: string): BuiltinEntry {
  return { at, length, file, fn, ctor: true };
}

// prettier-ignore
export const BUILTINS: readonly BuiltinEntry[] = [
  // ---- Object ----------------------------------------------------------------------------------
  ctor('Object', 1, 'object', 'objectConstructor'),
  m('Object.keys', 1, 'object', 'objectKeys'),
  m('Object.values', 1, 'object', 'objectValues'),
  m('Object.entries', 1, 'object', 'objectEntries'),
  m('Object.defineProperty', 3, 'object', 'objectDefineProperty'),
  m('Object.defineProperties', 2, 'object', 'objectDefineProperties'),
  m('Object.getPrototypeOf', 1, 'object', 'objectGetPrototypeOf'),
  m('Object.setPrototypeOf', 2, 'object', 'objectSetPrototypeOf'),
  m('Object.create', 2, 'object', 'objectCreate'),
  m('Object.getOwnPropertyNames', 1, 'object', 'objectGetOwnPropertyNames'),
  m('Object.getOwnPropertySymbols', 1, 'object', 'objectGetOwnPropertySymbols'),
  m('Object.getOwnPropertyDescriptor', 2, 'object', 'objectGetOwnPropertyDescriptor'),
  m('Object.getOwnPropertyDescriptors', 1, 'object', 'objectGetOwnPropertyDescriptors'),
  m('Object.freeze', 1, 'object', 'objectFreeze'),
  m('Object.isFrozen', 1, 'object', 'objectIsFrozen'),
  m('Object.seal', 1, 'object', 'objectSeal'),
  m('Object.isSealed', 1, 'object', 'objectIsSealed'),
  m('Object.preventExtensions', 1, 'object', 'objectPreventExtensionsBuiltin'),
  m('Object.isExtensible', 1, 'object', 'objectIsExtensible'),
  m('Object.assign', 2, 'object', 'objectAssign'),
  m('Object.is', 2, 'object', 'objectIs'),
  m('Object.hasOwn', 2, 'object', 'objectHasOwn'),
  m('Object.prototype.hasOwnProperty', 1, 'object', 'objectProtoHasOwnProperty'),
  m('Object.prototype.isPrototypeOf', 1, 'object', 'objectProtoIsPrototypeOf'),
  m('Object.prototype.propertyIsEnumerable', 1, 'object', 'objectProtoPropertyIsEnumerable'),
  m('Object.prototype.toString', 0, 'object', 'objectProtoToString'),
  m('Object.prototype.toLocaleString', 0, 'object', 'objectProtoToLocaleString'),
  m('Object.prototype.valueOf', 0, 'object', 'objectProtoValueOf'),
  m('get Object.prototype.__proto__', 0, 'object', 'objectProtoGetProto'),
  m('set Object.prototype.__proto__', 1, 'object', 'objectProtoSetProto'),

  // ---- Function --------------------------------------------------------------------------------
  ctor('Function', 1, 'function', 'functionConstructor'),
  m('Function.prototype.call', 1, 'function', 'functionProtoCall'),
  m('Function.prototype.apply', 2, 'function', 'functionProtoApply'),
  m('Function.prototype.bind', 1, 'function', 'functionProtoBind'),
  m('Function.prototype.toString', 0, 'function', 'functionProtoToString'),
  m('Function.prototype[Symbol.hasInstance]', 1, 'function', 'functionProtoHasInstance', { attrs: 'none' }),
  m('eval', 1, 'function', 'globalEval'),

  // ---- Array -----------------------------------------------------------------------------------
  ctor('Array', 1, 'array', 'arrayConstructor'),
  m('Array.isArray', 1, 'array', 'arrayIsArray'),
  m('Array.of', 0, 'array', 'arrayOf'),
  m('Array.prototype.push', 1, 'array', 'arrayProtoPush'),
  m('Array.prototype.pop', 0, 'array', 'arrayProtoPop'),
  m('Array.prototype.shift', 0, 'array', 'arrayProtoShift'),
  m('Array.prototype.unshift', 1, 'array', 'arrayProtoUnshift'),
  m('Array.prototype.slice', 2, 'array', 'arrayProtoSlice'),
  m('Array.prototype.splice', 2, 'array', 'arrayProtoSplice'),
  m('Array.prototype.indexOf', 1, 'array', 'arrayProtoIndexOf'),
  m('Array.prototype.lastIndexOf', 1, 'array', 'arrayProtoLastIndexOf'),
  m('Array.prototype.includes', 1, 'array', 'arrayProtoIncludes'),
  m('Array.prototype.join', 1, 'array', 'arrayProtoJoin'),
  m('Array.prototype.toString', 0, 'array', 'arrayProtoToString'),
  m('Array.prototype.concat', 1, 'array', 'arrayProtoConcat'),
  m('Array.prototype.reverse', 0, 'array', 'arrayProtoReverse'),
  m('Array.prototype.fill', 1, 'array', 'arrayProtoFill'),

  // ---- String ----------------------------------------------------------------------------------
  ctor('String', 1, 'string', 'stringConstructor'),
  m('String.fromCharCode', 1, 'string', 'stringFromCharCode'),
  m('String.fromCodePoint', 1, 'string', 'stringFromCodePoint'),
  m('String.prototype.charCodeAt', 1, 'string', 'stringProtoCharCodeAt'),
  m('String.prototype.charAt', 1, 'string', 'stringProtoCharAt'),
  m('String.prototype.codePointAt', 1, 'string', 'stringProtoCodePointAt'),
  m('String.prototype.at', 1, 'string', 'stringProtoAt'),
  m('String.prototype.indexOf', 1, 'string', 'stringProtoIndexOf'),
  m('String.prototype.lastIndexOf', 1, 'string', 'stringProtoLastIndexOf'),
  m('String.prototype.includes', 1, 'string', 'stringProtoIncludes'),
  m('String.prototype.startsWith', 1, 'string', 'stringProtoStartsWith'),
  m('String.prototype.endsWith', 1, 'string', 'stringProtoEndsWith'),
  m('String.prototype.slice', 2, 'string', 'stringProtoSlice'),
  m('String.prototype.substring', 2, 'string', 'stringProtoSubstring'),
  m('String.prototype.substr', 2, 'string', 'stringProtoSubstr'),
  m('String.prototype.toUpperCase', 0, 'string', 'stringProtoToUpperCase'),
  m('String.prototype.toLowerCase', 0, 'string', 'stringProtoToLowerCase'),
  m('String.prototype.toLocaleUpperCase', 0, 'string', 'stringProtoToUpperCase'),
  m('String.prototype.toLocaleLowerCase', 0, 'string', 'stringProtoToLowerCase'),
  m('String.prototype.split', 2, 'string', 'stringProtoSplit'),
  m('String.prototype.trim', 0, 'string', 'stringProtoTrim'),
  m('String.prototype.trimStart', 0, 'string', 'stringProtoTrimStart'),
  m('String.prototype.trimEnd', 0, 'string', 'stringProtoTrimEnd'),
  m('String.prototype.repeat', 1, 'string', 'stringProtoRepeat'),
  m('String.prototype.padStart', 1, 'string', 'stringProtoPadStart'),
  m('String.prototype.padEnd', 1, 'string', 'stringProtoPadEnd'),
  m('String.prototype.concat', 1, 'string', 'stringProtoConcat'),
  m('String.prototype.toString', 0, 'string', 'stringProtoValueOf', { name: 'toString' }),
  m('String.prototype.valueOf', 0, 'string', 'stringProtoValueOf'),

  // ---- Number, Boolean, global functions -------------------------------------------------------
  ctor('Number', 1, 'number', 'numberConstructor'),
  m('Number.isInteger', 1, 'number', 'numberIsInteger'),
  m('Number.isSafeInteger', 1, 'number', 'numberIsSafeInteger'),
  m('Number.isFinite', 1, 'number', 'numberIsFinite'),
  m('Number.isNaN', 1, 'number', 'numberIsNaN'),
  m('Number.prototype.toString', 1, 'number', 'numberProtoToString'),
  m('Number.prototype.toLocaleString', 0, 'number', 'numberProtoToLocaleString'),
  m('Number.prototype.toFixed', 1, 'number', 'numberProtoToFixed'),
  m('Number.prototype.toPrecision', 1, 'number', 'numberProtoToPrecision'),
  m('Number.prototype.toExponential', 1, 'number', 'numberProtoToExponential'),
  m('Number.prototype.valueOf', 0, 'number', 'numberProtoValueOf'),
  m('parseInt', 2, 'number', 'globalParseInt'),
  m('parseFloat', 1, 'number', 'globalParseFloat'),
  m('isNaN', 1, 'number', 'globalIsNaN'),
  m('isFinite', 1, 'number', 'globalIsFinite'),
  m('encodeURI', 1, 'uri', 'globalEncodeURI'),
  m('encodeURIComponent', 1, 'uri', 'globalEncodeURIComponent'),
  m('decodeURI', 1, 'uri', 'globalDecodeURI'),
  m('decodeURIComponent', 1, 'uri', 'globalDecodeURIComponent'),
  ctor('Boolean', 1, 'number', 'booleanConstructor'),
  m('Boolean.prototype.toString', 0, 'number', 'booleanProtoToString'),
  m('Boolean.prototype.valueOf', 0, 'number', 'booleanProtoValueOf'),

  // ---- Symbol ----------------------------------------------------------------------------------
  ctor('Symbol', 0, 'symbol', 'symbolConstructor'),
  m('Symbol.for', 1, 'symbol', 'symbolFor'),
  m('Symbol.keyFor', 1, 'symbol', 'symbolKeyFor'),
  m('Symbol.prototype.toString', 0, 'symbol', 'symbolProtoToString'),
  m('Symbol.prototype.valueOf', 0, 'symbol', 'symbolProtoValueOf'),
  m('get Symbol.prototype.description', 0, 'symbol', 'symbolProtoDescription'),
  m('Symbol.prototype[Symbol.toPrimitive]', 1, 'symbol', 'symbolProtoValueOf', { name: '[Symbol.toPrimitive]', attrs: 'configurable' }),

  // ---- Errors ----------------------------------------------------------------------------------
  ctor('Error', 1, 'error', 'errorConstructor'),
  ctor('TypeError', 1, 'error', 'typeErrorConstructor'),
  ctor('RangeError', 1, 'error', 'rangeErrorConstructor'),
  ctor('ReferenceError', 1, 'error', 'referenceErrorConstructor'),
  ctor('SyntaxError', 1, 'error', 'syntaxErrorConstructor'),
  ctor('EvalError', 1, 'error', 'evalErrorConstructor'),
  ctor('URIError', 1, 'error', 'uriErrorConstructor'),
  ctor('AggregateError', 2, 'error', 'aggregateErrorConstructor'),
  m('Error.prototype.toString', 0, 'error', 'errorProtoToString'),
  m('Error.captureStackTrace', 2, 'error', 'errorCaptureStackTrace'),
  m('Error.isError', 1, 'error', 'errorIsError'),
  // %ThrowTypeError% (an intrinsic, not a property): Function.prototype's caller/arguments accessors.
  m('%ThrowTypeError%', 0, 'function', 'throwTypeErrorBuiltin', { name: '' }),

  // ---- Iterators and generators ----------------------------------------------------------------
  m('%IteratorPrototype%[Symbol.iterator]', 0, 'iterator', 'iteratorProtoIterator', { name: '[Symbol.iterator]' }),
  m('%AsyncIteratorPrototype%[Symbol.asyncIterator]', 0, 'iterator', 'iteratorProtoIterator', { name: '[Symbol.asyncIterator]' }),
  m('%GeneratorPrototype%.next', 1, 'iterator', 'generatorProtoNext'),
  m('%GeneratorPrototype%.return', 1, 'iterator', 'generatorProtoReturn'),
  m('%GeneratorPrototype%.throw', 1, 'iterator', 'generatorProtoThrow'),

  // ---- Math ------------------------------------------------------------------------------------
  m('Math.abs', 1, 'math', 'mathAbs'),
  m('Math.acos', 1, 'math', 'mathAcos'),
  m('Math.acosh', 1, 'math', 'mathAcosh'),
  m('Math.asin', 1, 'math', 'mathAsin'),
  m('Math.asinh', 1, 'math', 'mathAsinh'),
  m('Math.atan', 1, 'math', 'mathAtan'),
  m('Math.atanh', 1, 'math', 'mathAtanh'),
  m('Math.atan2', 2, 'math', 'mathAtan2'),
  m('Math.cbrt', 1, 'math', 'mathCbrt'),
  m('Math.ceil', 1, 'math', 'mathCeil'),
  m('Math.clz32', 1, 'math', 'mathClz32'),
  m('Math.cos', 1, 'math', 'mathCos'),
  m('Math.cosh', 1, 'math', 'mathCosh'),
  m('Math.exp', 1, 'math', 'mathExp'),
  m('Math.expm1', 1, 'math', 'mathExpm1'),
  m('Math.floor', 1, 'math', 'mathFloor'),
  m('Math.fround', 1, 'math', 'mathFround'),
  m('Math.hypot', 2, 'math', 'mathHypot'),
  m('Math.imul', 2, 'math', 'mathImul'),
  m('Math.log', 1, 'math', 'mathLog'),
  m('Math.log1p', 1, 'math', 'mathLog1p'),
  m('Math.log10', 1, 'math', 'mathLog10'),
  m('Math.log2', 1, 'math', 'mathLog2'),
  m('Math.max', 2, 'math', 'mathMax'),
  m('Math.min', 2, 'math', 'mathMin'),
  m('Math.pow', 2, 'math', 'mathPowBuiltin'),
  m('Math.random', 0, 'math', 'mathRandom'),
  m('Math.round', 1, 'math', 'mathRound'),
  m('Math.sign', 1, 'math', 'mathSign'),
  m('Math.sin', 1, 'math', 'mathSin'),
  m('Math.sinh', 1, 'math', 'mathSinh'),
  m('Math.sqrt', 1, 'math', 'mathSqrt'),
  m('Math.tan', 1, 'math', 'mathTan'),
  m('Math.tanh', 1, 'math', 'mathTanh'),
  m('Math.trunc', 1, 'math', 'mathTrunc'),

  // ---- shell globals (d8) and the microtask queue -----------------------------------------------
  m('print', 0, 'shell', 'shellPrint'),
  m('quit', 0, 'shell', 'shellQuit'),
  m('read', 1, 'shell', 'shellRead'),
  m('load', 1, 'shell', 'shellLoad'),
  m('queueMicrotask', 1, 'shell', 'shellQueueMicrotask'),

  // ---- library intrinsics (stage1/INTRINSICS.md) -----------------------------------------------
  m('__ouro.setHook', 2, 'ouro', 'ouroSetHook'),
  m('__ouro.setIntrinsic', 2, 'ouro', 'ouroSetIntrinsic'),
  m('__ouro.getIntrinsic', 1, 'ouro', 'ouroGetIntrinsic'),
  m('__ouro.prototypeFromConstructor', 2, 'ouro', 'ouroPrototypeFromConstructor'),
  m('__ouro.isOtherRealmArray', 1, 'ouro', 'ouroIsOtherRealmArray'),
  m('__ouro.enqueueJob', 3, 'ouro', 'ouroEnqueueJob'),
  m('__ouro.runMicrotasks', 0, 'ouro', 'ouroRunMicrotasks'),
  m('__ouro.now', 0, 'ouro', 'ouroNow'),
  m('__ouro.wallClock', 0, 'ouro', 'ouroWallClock'),
  m('__ouro.writeStdout', 1, 'ouro', 'ouroWriteStdout'),
  m('__ouro.writeStderr', 1, 'ouro', 'ouroWriteStderr'),
  m('__ouro.hash', 1, 'ouro', 'ouroHash'),
  m('__ouro.internalKind', 1, 'ouro', 'ouroInternalKind'),
  m('__ouro.primitiveValue', 1, 'ouro', 'ouroPrimitiveValue'),
  m('__ouro.functionKind', 1, 'ouro', 'ouroFunctionKind'),
  m('__ouro.isConstructor', 1, 'ouro', 'ouroIsConstructor'),
  m('__ouro.proxyTarget', 1, 'ouro', 'ouroProxyTarget'),
  m('__ouro.markBuiltin', 1, 'ouro', 'ouroMarkBuiltin'),
  // The module loader's callback (runtime/modules.ts moduleCallbackFunction makes its own copy).
  m('__ouro.moduleCallback', 3, 'modules', 'moduleCallbackBuiltin'),


  // ---- exotic objects: Proxy, Reflect, buffers and typed arrays (docs/exotic-objects.md) ----------
  // Proxy is a plain row made a constructor by the library (__ouro.makeConstructor): it has no `prototype`.
  m('Proxy', 2, 'proxy', 'proxyConstructor'),
  m('Reflect.apply', 3, 'reflect', 'reflectApply'),
  m('Reflect.construct', 2, 'reflect', 'reflectConstruct'),
  m('Reflect.defineProperty', 3, 'reflect', 'reflectDefineProperty'),
  m('Reflect.deleteProperty', 2, 'reflect', 'reflectDeleteProperty'),
  m('Reflect.get', 2, 'reflect', 'reflectGet'),
  m('Reflect.getOwnPropertyDescriptor', 2, 'reflect', 'reflectGetOwnPropertyDescriptor'),
  m('Reflect.getPrototypeOf', 1, 'reflect', 'reflectGetPrototypeOf'),
  m('Reflect.has', 2, 'reflect', 'reflectHas'),
  m('Reflect.isExtensible', 1, 'reflect', 'reflectIsExtensible'),
  m('Reflect.ownKeys', 1, 'reflect', 'reflectOwnKeys'),
  m('Reflect.preventExtensions', 1, 'reflect', 'reflectPreventExtensions'),
  m('Reflect.set', 3, 'reflect', 'reflectSet'),
  m('Reflect.setPrototypeOf', 2, 'reflect', 'reflectSetPrototypeOf'),
  m('Math.f16round', 1, 'arraybuffer', 'mathF16round'),
  m('__ouro.makeConstructor', 1, 'proxy', 'ouroMakeConstructor'),
  m('__ouro.proxyInfo', 2, 'proxy', 'ouroProxyInfo'),
  m('__ouro.proxyRevoke', 1, 'proxy', 'ouroProxyRevoke'),
  m('__ouro.abNew', 4, 'arraybuffer', 'ouroAbNew'),
  m('__ouro.abInfo', 2, 'arraybuffer', 'ouroAbInfo'),
  m('__ouro.abDetach', 1, 'arraybuffer', 'ouroAbDetach'),
  m('__ouro.abResize', 2, 'arraybuffer', 'ouroAbResize'),
  m('__ouro.abCopy', 5, 'arraybuffer', 'ouroAbCopy'),
  m('__ouro.rawGet', 4, 'arraybuffer', 'ouroRawGet'),
  m('__ouro.rawSet', 5, 'arraybuffer', 'ouroRawSet'),
  m('__ouro.taNew', 5, 'typedarray', 'ouroTaNew'),
  m('__ouro.taInfo', 2, 'typedarray', 'ouroTaInfo'),

  // ---- embedder ----------------------------------------------------------------------------------
  // gc(): a full collection; stage0/vm/engine.ts deletes the global unless --expose-gc.
  m('gc', 0, 'shell', 'shellGc'),

  // ---- the constructors of the other function kinds (not globals: %X.prototype%.constructor) ---
  m('%GeneratorFunction%', 1, 'function', 'generatorFunctionConstructor', { ctor: true, name: 'GeneratorFunction' }),
  m('%AsyncFunction%', 1, 'function', 'asyncFunctionConstructor', { ctor: true, name: 'AsyncFunction' }),
  m('%AsyncGeneratorFunction%', 1, 'function', 'asyncGeneratorFunctionConstructor', { ctor: true, name: 'AsyncGeneratorFunction' }),

  // ---- BigInt (runtime/builtins-bigint.ts, docs/bigint.md) -----------------------------------------
  ctor('BigInt', 1, 'bigint', 'bigIntConstructor'),
  m('BigInt.asIntN', 2, 'bigint', 'bigIntAsIntN'),
  m('BigInt.asUintN', 2, 'bigint', 'bigIntAsUintN'),
  m('BigInt.prototype.toString', 0, 'bigint', 'bigIntProtoToString'),
  m('BigInt.prototype.toLocaleString', 0, 'bigint', 'bigIntProtoToLocaleString'),
  m('BigInt.prototype.valueOf', 0, 'bigint', 'bigIntProtoValueOf'),

  // ---- async generators (runtime/builtins-asyncgen.ts, runtime/async-generators.ts) ------------
  m('%AsyncGeneratorPrototype%.next', 1, 'asyncgen', 'asyncGeneratorProtoNext'),
  m('%AsyncGeneratorPrototype%.return', 1, 'asyncgen', 'asyncGeneratorProtoReturn'),
  m('%AsyncGeneratorPrototype%.throw', 1, 'asyncgen', 'asyncGeneratorProtoThrow'),
  // The await reactions of async generators (runtime/async-generators.ts makes its own copies).
  m('__ouro.asyncGeneratorReaction', 2, 'asyncgen', 'ouroAsyncGeneratorReaction'),

  // ---- RegExp (runtime/builtins-regexp.ts; the library installs them, docs/regexp.md) -----------
  m('__ouro.regexpExec', 1, 'regexp', 'regexpProtoExec', { name: 'exec' }),
  m('__ouro.regexpMakeData', 6, 'regexp', 'ouroRegexpMakeData'),
  m('__ouro.regexpSetData', 2, 'regexp', 'ouroRegexpSetData'),
  m('__ouro.regexpSource', 1, 'regexp', 'ouroRegexpSource'),
  m('__ouro.regexpFlags', 1, 'regexp', 'ouroRegexpFlags'),
  m('__ouro.isRegExp', 1, 'regexp', 'ouroIsRegExp'),
  m('__ouro.regexpCaseClose', 2, 'regexp-unicode', 'ouroRegexpCaseClose'),
  m('__ouro.regexpUnicodeSet', 2, 'regexp-unicode', 'ouroRegexpUnicodeSet'),
  m('__ouro.regexpSaveState', 3, 'regexp-protocol', 'ouroRegexpSaveState'),
  m('__ouro.regexpTest', 2, 'regexp-protocol', 'ouroRegexpTest'),
  m('__ouro.regexpSearch', 2, 'regexp-protocol', 'ouroRegexpSearch'),
  m('__ouro.regexpMatch', 2, 'regexp-protocol', 'ouroRegexpMatch'),
  m('__ouro.regexpReplace', 3, 'regexp-protocol', 'ouroRegexpReplace'),
  m('__ouro.regexpSplit', 3, 'regexp-protocol', 'ouroRegexpSplit'),

  // ---- $262, test262's host object (runtime/builtins-shell.ts; the engine deletes it unless --expose-test262) --
  m('$262.evalScript', 1, 'shell', 'shell262EvalScript'),
  m('$262.detachArrayBuffer', 1, 'shell', 'shell262DetachArrayBuffer'),
  m('$262.createRealm', 0, 'shell', 'shell262CreateRealm'),
  m('$262.gc', 0, 'shell', 'shellGc'),
  m('$262.IsHTMLDDA', 0, 'shell', 'shell262IsHTMLDDA'),

  // ---- RegExp, later rows ----------------------------------------------------------------------------
  m('__ouro.regexpUnicodeStrings', 1, 'regexp-unicode', 'ouroRegexpUnicodeStrings'),
  m('__ouro.regexpLegacy', 1, 'regexp', 'ouroRegexpLegacy'),

  // ---- library, later rows -------------------------------------------------------------------------
  m('__ouro.createDataProperty', 3, 'array', 'ouroCreateDataProperty'),
  m('__ouro.arrayStoresArePlain', 0, 'array', 'ouroArrayStoresArePlain'),

  // ---- shared memory and agents (runtime/builtins-arraybuffer.ts, runtime/builtins-agent.ts) ------
  m('__ouro.abAtomic', 6, 'arraybuffer', 'ouroAbAtomic'),
  m('__ouro.abWait', 5, 'arraybuffer', 'ouroAbWait'),
  m('__ouro.abWaitAsync', 4, 'arraybuffer', 'ouroAbWaitAsync'),
  m('__ouro.abPoll', 2, 'arraybuffer', 'ouroAbPoll'),
  m('__ouro.abNotify', 3, 'arraybuffer', 'ouroAbNotify'),
  m('__ouro.abFromBlock', 2, 'arraybuffer', 'ouroAbFromBlock'),
  m('__ouro.agent', 3, 'agent', 'ouroAgent'),
];

/** The id constant of an entry: 'Array.prototype.push' -> ArrayPrototypePush. */
export function builtinIdName(e: BuiltinEntry): string {
  let s = e.at;
  let suffix = '';
  if (s.startsWith('get ')) {
    s = s.slice(4);
    suffix = 'Getter';
  } else if (s.startsWith('set ')) {
    s = s.slice(4);
    suffix = 'Setter';
  }
  const words = s.replace(/%/g, '').replace(/__/g, '').split(/[.[\]]+/).filter((w) => w !== '');
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') + suffix;
}

/** The function `name` of an entry (spec: the property key, "[desc]" for symbols, "get x" for getters). */
export function builtinFunctionName(e: BuiltinEntry): string {
  if (e.name !== undefined) return e.name;
  let s = e.at;
  let prefix = '';
  if (s.startsWith('get ') || s.startsWith('set ')) {
    prefix = s.slice(0, 4);
    s = s.slice(4);
  }
  const sym = /\[(Symbol\.\w+)\]$/.exec(s);
  if (sym) return prefix + '[' + sym[1] + ']';
  const dot = s.lastIndexOf('.');
  return prefix + (dot < 0 ? s : s.slice(dot + 1));
}
