// Several realms in one heap ($262.createRealm; docs/test262.md, "Realms"): programs that check
// cross-realm behaviour, each run on a fresh engine, also under --gc-stress (a collection at every
// safepoint, with realm switches on the frames).
import { describe, it, expect } from 'vitest';
import { createEngine } from '../../stage0/vm/engine.ts';
import { DEFAULT_FLAGS } from '../../stage0/cli/flags.ts';
import { nodeCaptureOutput, nodeFlushOutput, nodeTakeBlob, nodeSetInputBlob } from '../../runtime/host/node.ts';
import { imageWrite, imageLoad } from '../../runtime/image.ts';
import { heapSize, youngSemiSize } from '../../runtime/memory.ts';
import { heapVerify } from '../../runtime/verifier.ts';

function run(source: string, gcStress = false, engine = createEngine({ ...DEFAULT_FLAGS, exposeTest262: true, gcStress })): string[] {
  const lines: string[] = [];
  nodeCaptureOutput(lines);
  try {
    const status = engine.runMain(source, 'cross-realm.js', 'script');
    nodeFlushOutput();
    if (status !== 0) lines.push(`status ${status}`);
  } finally {
    nodeCaptureOutput(null);
  }
  return lines;
}

const PROGRAMS: Record<string, [string, string[]]> = {
  'each realm has its own intrinsics and global object': [`
    var other = $262.createRealm();
    var g = other.global;
    print(g !== globalThis, g.Array !== Array, g.Object.prototype !== Object.prototype, g.$262 === other);
    print(Array.isArray(new g.Array()), new g.Array() instanceof Array, new g.Array() instanceof g.Array);
    print(Object.getPrototypeOf(g.eval('[]')) === g.Array.prototype, Object.getPrototypeOf(g.eval('({})')) === g.Object.prototype);
    print(g.eval('this') === g, g.eval('globalThis') === g, typeof g.print);
  `, ['true true true true', 'true false true', 'true true', 'true true function']],

  'symbols: the well-known ones and the Symbol.for registry are shared': [`
    var g = $262.createRealm().global;
    print(g.Symbol.iterator === Symbol.iterator, g.Symbol.dispose === Symbol.dispose, g.Symbol.for('k') === Symbol.for('k'));
    print(Symbol.keyFor(g.Symbol.for('k2')), g.Symbol('x') !== Symbol('x'));
    var s = g.Symbol.for('k3');
    print(Symbol.for('k3') === s);
  `, ['true true true', 'k2 true', 'true']],

  "errors of builtins are made in the builtin's realm, syntax errors by the realm that parses": [`
    var g = $262.createRealm().global;
    try { new g.Array(-1); } catch (e) { print(e instanceof g.RangeError, e instanceof RangeError); }
    try { g.eval('null.x'); } catch (e) { print(e instanceof g.TypeError, e.constructor === g.TypeError); }
    try { g.eval('let let = 1'); } catch (e) { print(e instanceof g.SyntaxError, e instanceof SyntaxError); }
    try { g.Object.defineProperty(1, 'x', {}); } catch (e) { print(e instanceof g.TypeError); }
    var C = g.eval('(class C {})');
    try { C(); } catch (e) { print('class', e instanceof g.TypeError, e.message); }
  `, ['true false', 'true true', 'true false', 'true', "class true Class constructor C cannot be invoked without 'new'"]],

  'calls switch realms and returns and unwinding switch back': [`
    var g = $262.createRealm().global;
    var f = g.eval('(function (h) { var a = h(); return [a, []]; })');
    var r = f(function () { return []; });
    print(Array.isArray(r), r instanceof g.Array, r[0] instanceof Array, r[1] instanceof g.Array);
    var thrower = g.eval('(function () { throw new Error("boom"); })');
    try { thrower(); } catch (e) { print(e instanceof g.Error, e instanceof Error, [] instanceof Array, ({}).constructor === Object); }
    var nested = g.eval('(function (k) { try { k(); } catch (e) { return [e instanceof TypeError, [] instanceof Array]; } })');
    print(nested(function () { null.x; }).join());
    var sloppy = g.eval('(function () { return this; })');
    print(sloppy() === g, sloppy.call(1) instanceof g.Number, typeof g.eval('(function () { "use strict"; return this; })')());
  `, ['true true true true', 'true false true true', 'false,true', 'true true undefined']],

  'generators and async functions of another realm resume in it': [`
    var g = $262.createRealm().global;
    var gen = g.eval('(function* () { var x = yield []; yield [x, []]; })')();
    print(gen.next().value instanceof g.Array);
    var second = gen.next({}).value;
    print(second[1] instanceof g.Array, second[0].constructor === Object);
    var af = g.eval('(async function (p) { var v = await p; return [v, []]; })');
    af(Promise.resolve(7)).then(function (r) { print('async', r[0], r[1] instanceof g.Array, r[1] instanceof Array); });
    g.Promise.resolve(1).then(function (v) { print('job', v, [] instanceof Array); });
    g.queueMicrotask(function () { print('microtask', [] instanceof Array); });
  `, ['true', 'true true', 'job 1 true', 'microtask true', 'async 7 true false']],

  "GetPrototypeFromConstructor takes the new.target's realm's intrinsics": [`
    var g = $262.createRealm().global;
    var C = new g.Function();
    C.prototype = null;
    print(Object.getPrototypeOf(Reflect.construct(Array, [], C)) === g.Array.prototype);
    print(Object.getPrototypeOf(Reflect.construct(Object, [], C)) === g.Object.prototype);
    print(Object.getPrototypeOf(Reflect.construct(TypeError, [], C)) === g.TypeError.prototype);
    print(Object.getPrototypeOf(Reflect.construct(Map, [], C)) === g.Map.prototype);
    print(Object.getPrototypeOf(Reflect.construct(Date, [], C)) === g.Date.prototype);
    print(Object.getPrototypeOf(Reflect.construct(Function, [], C)) === g.Function.prototype);
    print(Object.getPrototypeOf(Reflect.construct(Uint8Array, [], C)) === g.Uint8Array.prototype);
    print(Object.getPrototypeOf(Reflect.construct(function () {}, [], C)) === g.Object.prototype);
    var B = g.Function.prototype.bind.call(C);
    print(Object.getPrototypeOf(Reflect.construct(Promise, [function () {}], B)) === g.Promise.prototype);
  `, ['true', 'true', 'true', 'true', 'true', 'true', 'true', 'true', 'true']],

  "the other realm's Function constructor and eval make code of that realm": [`
    var g = $262.createRealm().global;
    var f = new g.Function('return [Array, this];');
    var r = f();
    print(r[0] === g.Array, r[1] === g, Object.getPrototypeOf(f) === g.Function.prototype);
    g.eval('var declared = 1; function fn() {}');
    print(g.declared, typeof declared, typeof g.fn);
    print($262.evalScript('var here = 2; here'), typeof g.here);
  `, ['true true true', '1 undefined function', '2 undefined']],

  "ArraySpeciesCreate: another realm's %Array% makes an array of this realm": [`
    var g = $262.createRealm().global;
    var a = [1, 2];
    a.constructor = g.Array;
    var m = a.map(function (x) { return x; });
    print(Object.getPrototypeOf(m) === Array.prototype, Object.getPrototypeOf(a.concat()) === Array.prototype);
    var b = new g.Array(1, 2);
    print(Object.getPrototypeOf(g.Array.prototype.map.call(b, function (x) { return x; })) === g.Array.prototype);
  `, ['true true', 'true']],

  'Proxy and typeof across realms; realms made from other realms': [`
    var g = $262.createRealm().global;
    var p = new g.Proxy(function () { return 1; }, {});
    print(typeof p, p(), Array.isArray(new g.Proxy([], {})));
    var h = g.$262.createRealm().global;
    print(h !== g && h !== globalThis, h.eval('[]') instanceof h.Array, h.Symbol.iterator === Symbol.iterator);
    var revoked = g.Proxy.revocable(function () {}, {});
    revoked.revoke();
    try { Reflect.construct(Object, [], revoked.proxy); } catch (e) { print(e.constructor === TypeError); }
  `, ['function 1 true', 'true true true', 'true']],
};

describe('cross-realm behaviour', () => {
  for (const [name, [source, expected]] of Object.entries(PROGRAMS)) {
    it(name, () => {
      expect(run(source)).toEqual(expected);
    });
  }
});

// The same programs under --gc-stress (a collection at every safepoint, so every object a realm
// switch or a cross-realm call holds must be rooted); realms are built without it, as the engine
// builds the first.
describe('cross-realm behaviour under --gc-stress', () => {
  for (const [name, [source, expected]] of Object.entries(PROGRAMS)) {
    it(name, () => {
      expect(run(source, true)).toEqual(expected);
    });
  }
});

describe('heap images with several realms', () => {
  it('the realm records are in the image: after loading, both realms and their switches work', () => {
    const engine = createEngine({ ...DEFAULT_FLAGS, exposeTest262: true });
    expect(run('var other = $262.createRealm().global; other.eval("var shared = [1]"); print(typeof other.shared);', false, engine)).toEqual(['object']);
    imageWrite();
    nodeSetInputBlob(nodeTakeBlob().slice());
    expect(imageLoad(heapSize, youngSemiSize)).toBe(true);
    heapVerify();
    expect(run('print(other.shared instanceof other.Array, other.shared instanceof Array, other.eval("[]") instanceof other.Array, [] instanceof Array);',
      false, engine)).toEqual(['true false true true']);
    heapVerify();
  });
});
