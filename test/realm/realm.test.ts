// The realm as a whole: globals, shell functions (print, quit, read, load), the microtask queue,
// errors with stacks, hooks and intrinsics of the library, and the realm snapshot cache.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { freshRealm, output, evalScript, Thrown } from './helpers.ts';
import { freshHeap } from '../kernel/helpers.ts';
import { createRealm, setScriptCompiler, realmTimings, realmExitCode } from '../../stage0/vm/realm.ts';
import { testCompiler } from './helpers.ts';
import { OuroExit, nodeCaptureOutput } from '../../runtime/host/node.ts';
import { microtaskCount } from '../../runtime/microtasks.ts';

describe('the realm without the library', () => {
  beforeAll(() => {
    freshRealm({ library: false });
  });

  it('has the global bindings with their attributes, and no __ouro', () => {
    expect(output(`
      var d = Object.getOwnPropertyDescriptor(globalThis, 'Array');
      print(d.writable, d.enumerable, d.configurable);
      d = Object.getOwnPropertyDescriptor(globalThis, 'undefined');
      print(d.writable, d.enumerable, d.configurable);
      print(typeof __ouro, typeof print, typeof quit, typeof load, typeof read, typeof queueMicrotask);
      print(Object.getOwnPropertyNames(Math).length > 40, Math.toString());
      print(Array.prototype.constructor === Array, Object.getPrototypeOf(TypeError) === Error);
      print(Object.getOwnPropertyNames(Function.prototype).join());
    `)).toEqual([
      'true false true', 'false false false', 'undefined function function function function function', 'true [object Math]',
      'true true', 'length,name,constructor,call,apply,bind,toString,caller,arguments',
    ]);
  });

  it('print converts every argument and separates them with spaces', () => {
    expect(output(`print(); print(1, 'a', null, undefined, true, [1, [2]], {}); print('\\u00e9\\u263a')`)).toEqual([
      '', '1 a null undefined true 1,2 [object Object]', 'é☺',
    ]);
  });

  it('runs microtasks in FIFO order after the script, jobs queued by jobs last', () => {
    expect(output(`
      queueMicrotask(() => { print('m1'); queueMicrotask(() => print('m3')); });
      queueMicrotask(() => print('m2'));
      print('script');
    `)).toEqual(['script', 'm1', 'm2', 'm3']);
    expect(microtaskCount()).toBe(0);
  });

  it('queueMicrotask rejects non-functions as Node does', () => {
    expect(evalScript('queueMicrotask(1)')).toEqual(new Thrown('TypeError: The "callback" argument must be of type function. Received 1'));
  });

  it('a throwing job stops the checkpoint with the thrown value; later jobs stay queued', () => {
    expect(evalScript(`queueMicrotask(() => { throw new RangeError('job'); }); queueMicrotask(() => {}); 1`)).toEqual(new Thrown('RangeError: job'));
    expect(microtaskCount()).toBe(1);
    expect(evalScript('2')).toBe(2);
    expect(microtaskCount()).toBe(0);
  });

  it('errors have message, stack with source positions, cause', () => {
    expect(output(`
      function f() { return new TypeError('bad'); }
      var e = f();
      print(e.stack);
      print(Object.getOwnPropertyNames(e), e instanceof TypeError, e instanceof Error, e.name);
      try { null.x; } catch (err) { print(err.constructor.name, err.stack.split('\\n')[0]); }
      print(new Error('a', {cause: 'c'}).cause, 'cause' in new Error('a', {}));
      class MyError extends Error { constructor(m) { super(m); } }
      var m = new MyError('mine');
      print(m instanceof MyError, m instanceof Error, m.stack.split('\\n')[0], Object.prototype.toString.call(m));
    `)).toEqual([
      'TypeError: bad', '    at f (test.js:2:29)', '    at test.js:3:15',
      'stack,message true true TypeError',
      "TypeError TypeError: Cannot read properties of null (reading 'x')",
      'c false',
      'true true Error: mine [object Error]',
    ]);
  });

  it('generator objects resume through %GeneratorPrototype% next/return/throw', () => {
    expect(output(`
      function* g() { try { var x = yield 1; print('got', x); yield 2; } finally { print('cleanup'); } }
      var it = g();
      var r = it.next(); print(r.value, r.done);
      r = it.next('v'); print(r.value, r.done);
      r = it.return(9); print(r.value, r.done);
      r = it.next(); print(r.value, r.done);
      var t = g(); t.next();
      try { t.throw(new Error('boom')); } catch (e) { print('caught', e.message); }
      print(Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(function* () {}.prototype));
      print(Object.prototype.toString.call(it));
    `)).toEqual(['1 false', 'got v', '2 false', 'cleanup', '9 true', 'undefined true', 'cleanup', 'caught boom', 'true', '[object Generator]']);
  });

  it('quit(code) records the exit code and ends the program', () => {
    let code = -2;
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    try {
      evalScript('print("before"); quit(3); print("after")');
    } catch (e) {
      if (!(e instanceof OuroExit)) throw e;
      code = e.code;
    } finally {
      nodeCaptureOutput(null);
    }
    expect(code).toBe(3);
    expect(lines).toEqual(['before']);
    expect(realmExitCode()).toBe(3);
  });

  it('read and load files (load runs a classic script in the global scope)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ouro-realm-test-'));
    const lib = path.join(dir, 'lib.js');
    writeFileSync(lib, 'var loadedValue = 40 + 2; function loadedFn() { return "é" + loadedValue; }\n');
    expect(output(`
      print(read(${JSON.stringify(lib)}).length);
      load(${JSON.stringify(lib)});
      print(loadedValue, loadedFn());
      try { read('/nonexistent/file.js'); } catch (e) { print(e.message); }
    `)).toEqual([String('var loadedValue = 40 + 2; function loadedFn() { return "é" + loadedValue; }\n'.length), '42 é42', "Error reading '/nonexistent/file.js'"]);
    writeFileSync(lib, 'var x = ;\n');
    expect(evalScript(`load(${JSON.stringify(lib)})`)).toBeInstanceOf(Thrown);
  });
});

describe('the realm with the library', () => {
  it('runs stage1/ and reaches console, Promise, JSON through the library', () => {
    freshHeap(256, 1);
    setScriptCompiler(testCompiler);
    createRealm({ cache: false });
    const built = realmTimings.total;
    expect(realmTimings.cached).toBe(false);
    expect(output(`
      console.log([1, 'a', {b: [2]}], typeof __ouro);
      Promise.resolve(1).then((v) => console.log('then', v));
      queueMicrotask(() => console.log('micro'));
      (async () => { await null; console.log('async'); })();
      console.log('sync');
    `)).toEqual(["[ 1, 'a', { b: [ 2 ] } ] undefined", 'sync', 'then 1', 'micro', 'async']);
    // A second realm comes from the snapshot cache (written by the first cached creation).
    freshHeap(256, 1);
    createRealm({});
    freshHeap(256, 1);
    createRealm({});
    expect(realmTimings.cached).toBe(true);
    expect(output(`console.log({x: 1}); print(typeof Promise)`)).toEqual(['{ x: 1 }', 'function']);
    console.log(`realm creation: built ${built.toFixed(0)} ms, from cache ${realmTimings.total.toFixed(0)} ms`);
  });
});
