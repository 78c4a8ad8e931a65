// The library's built-ins (Array, String, Map/Set, JSON, Object) against the real Node 20, plus
// checks of features newer than Node 20 against the spec's expected values.
import { describe, it, expect } from 'vitest';
import { createLibraryContext } from './harness.ts';
import { runOnNode, runInLibrary } from './node-oracle.ts';
import { builtinCases as builtinOnly } from './cases-builtins.ts';
import { regexpCases } from './cases-regexp.ts';

const builtinCases = [...builtinOnly, ...regexpCases];

describe('built-ins match Node', () => {
  const lib = createLibraryContext();
  const expected = runOnNode(builtinCases);
  const actual = runInLibrary(builtinCases, (s) => lib.run(s), () => lib.takeOutput());
  builtinCases.forEach((snippet, i) => {
    it(snippet.length > 100 ? snippet.slice(0, 100) + '…' : snippet, () => {
      expect(actual[i]).toEqual(expected[i]);
    });
  });
});

describe('features newer than Node 20', () => {
  const lib = createLibraryContext();
  const run = (src: string) => JSON.parse(lib.run(`JSON.stringify(${src})`) as string);

  it('Set methods', () => {
    expect(run('[...new Set([1, 2, 3]).union(new Set([3, 4]))]')).toEqual([1, 2, 3, 4]);
    expect(run('[...new Set([1, 2, 3]).intersection(new Set([3, 2, 9]))]')).toEqual([2, 3]);
    expect(run('[...new Set([1, 2, 3, 4, 5]).intersection(new Set([5, 1]))]')).toEqual([5, 1]);
    expect(run('[...new Set([1, 2, 3]).difference(new Set([2]))]')).toEqual([1, 3]);
    expect(run('[...new Set([1, 2]).symmetricDifference(new Set([2, 3]))]')).toEqual([1, 3]);
    expect(run('[new Set([1]).isSubsetOf(new Set([1, 2])), new Set([1, 3]).isSubsetOf(new Set([1, 2]))]')).toEqual([true, false]);
    expect(run('[new Set([1, 2]).isSupersetOf(new Set([1])), new Set([1]).isSupersetOf(new Set([1, 2]))]')).toEqual([true, false]);
    expect(run('[new Set([1]).isDisjointFrom(new Set([2])), new Set([1]).isDisjointFrom(new Set([1]))]')).toEqual([true, false]);
    expect(run('[...new Set([1, 2]).union(new Map([[3, "x"]]))]')).toEqual([1, 2, 3]);
    expect(() => lib.run('new Set().union([1])')).toThrow(/size/);
  });

  it('Object.groupBy and Map.groupBy', () => {
    expect(run('Object.groupBy([1, 2, 3, 4], (x) => (x % 2 ? "odd" : "even"))')).toEqual({ odd: [1, 3], even: [2, 4] });
    expect(lib.run('Object.getPrototypeOf(Object.groupBy([], (x) => x))')).toBe(null);
    expect(run('[...Map.groupBy([1, 2, 3], (x) => x > 1)]')).toEqual([[false, [1]], [true, [2, 3]]]);
  });

  it('String.prototype.at', () => {
    expect(run('"abc".at(-2)')).toBe('b');
  });

  it('Array.fromAsync over async and sync iterables and array-likes', async () => {
    lib.run(`globalThis.out = [];
      async function* g() { yield 1; yield Promise.resolve(2); }
      Array.fromAsync(g()).then((a) => out.push(a));
      Array.fromAsync([Promise.resolve(3), 4], (x) => x * 2).then((a) => out.push(a));
      Array.fromAsync({ length: 2, 0: 'a', 1: Promise.resolve('b') }).then((a) => out.push(a));
      Array.fromAsync(null).catch((e) => out.push(e.constructor.name));`);
    // On Node the library's async functions await through the context's native promises: let
    // both queues run a few rounds.
    for (let i = 0; i < 10; i++) {
      lib.runEventLoop();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(run('out.map((x) => JSON.stringify(x)).sort()')).toEqual(['"TypeError"', '["a","b"]', '[1,2]', '[6,8]']);
    expect(run('[Array.fromAsync.length, Array.fromAsync.name]')).toEqual([1, 'fromAsync']);
  });

  it('iterator helpers', () => {
    expect(run('[1, 2, 3, 4, 5].values().map((x) => x * 2).filter((x) => x > 2).take(3).toArray()')).toEqual([4, 6, 8]);
    expect(run('[1, 2, 3].values().drop(1).reduce((a, b) => a + b)')).toBe(5);
    expect(run('[[1], [2, 3]].values().flatMap((x) => x).toArray()')).toEqual([1, 2, 3]);
    expect(run('[Iterator.from({ next() { return { done: true }; } }).toArray(), Iterator.concat([1], [2, 3]).toArray()]'))
      .toEqual([[], [1, 2, 3]]);
    expect(run('Iterator.zip([[1, 2], [3]], { mode: "longest", padding: [0, 9] }).toArray()')).toEqual([[1, 3], [2, 9]]);
    expect(run('Iterator.zipKeyed({ a: [1, 2], b: [3, 4] }).toArray()')).toEqual([{ a: 1, b: 3 }, { a: 2, b: 4 }]);
    expect(run('[[1, 2, 3, 4, 5].values().chunks(2).toArray(), [1, 2, 3].values().windows(2).toArray()]'))
      .toEqual([[[1, 2], [3, 4], [5]], [[1, 2], [2, 3]]]);
    expect(run('[[1, 2].values().some((x) => x > 1), [1, 2].values().every((x) => x > 1), [1, 2].values().find((x) => x > 1), [NaN].values().includes(NaN)]'))
      .toEqual([true, false, 2, true]);
    // return() before the first next() closes the underlying iterator; after it, forwards.
    expect(run(`(() => {
      const log = [];
      const it = { __proto__: Iterator.prototype, next() { return { done: false, value: 1 }; }, return() { log.push('return'); return {}; } };
      const h = it.map((x) => x);
      h.return();
      const h2 = it.take(5);
      h2.next();
      h2.return();
      return [log, Object.prototype.toString.call(h), h.next()];
    })()`)).toEqual([['return', 'return'], '[object Iterator Helper]', { done: true }]);
    expect(() => lib.run('new Iterator()')).toThrow(/Abstract class Iterator/);
  });

  it('Map and WeakMap getOrInsert/getOrInsertComputed', () => {
    expect(run('(() => { const m = new Map(); return [m.getOrInsert("a", 1), m.getOrInsert("a", 2), m.getOrInsertComputed("b", (k) => k + "!"), m.size]; })()'))
      .toEqual([1, 1, 'b!', 2]);
    expect(run('(() => { const m = new Map(); m.getOrInsertComputed(-0, (k) => Object.is(k, -0)); return [...m.keys()].map((k) => Object.is(k, 0)); })()'))
      .toEqual([true]);
    expect(run('(() => { const w = new WeakMap(), k = {}; return [w.getOrInsert(k, 3), w.getOrInsertComputed(k, () => 4), w.get(k)]; })()'))
      .toEqual([3, 3, 3]);
    expect(() => lib.run('new WeakMap().getOrInsert(1, 2)')).toThrow(/Invalid value used as weak map key/);
  });

  it('Math.sumPrecise rounds the exact sum once', () => {
    expect(run('[Math.sumPrecise([1e20, 0.1, -1e20]), Math.sumPrecise([0.1, 0.2, 0.3])]')).toEqual([0.1, 0.6]);
    expect(lib.run('Object.is(Math.sumPrecise([]), -0)')).toBe(true);
    expect(lib.run('Math.sumPrecise([1e308, 1e308, -1e308])')).toBe(1e308);
    expect(lib.run('Math.sumPrecise([1e308, 1e308])')).toBe(Infinity);
    expect(lib.run('Math.sumPrecise([2 ** 1023, 2 ** 1023, -Number.MAX_VALUE])')).toBe(2 ** 971);
    expect(() => lib.run('Math.sumPrecise([1, "2"])')).toThrow(/not a number/);
  });

  it('JSON.rawJSON, JSON.isRawJSON and the reviver context source', () => {
    expect(run('JSON.stringify({ a: JSON.rawJSON("1e1000"), b: [JSON.rawJSON("\\"x\\"")] })')).toBe('{"a":1e1000,"b":["x"]}');
    expect(run('[JSON.isRawJSON(JSON.rawJSON("1")), JSON.isRawJSON({ rawJSON: "1" }), Object.isFrozen(JSON.rawJSON("1"))]'))
      .toEqual([true, false, true]);
    expect(() => lib.run('JSON.rawJSON("{}")')).toThrow(/Invalid value for JSON.rawJSON/);
    expect(() => lib.run('JSON.rawJSON(" 1")')).toThrow(/Invalid value for JSON.rawJSON/);
    expect(run(`(() => {
      const sources = [];
      JSON.parse('[1.50, -0, "s", {"k": true, "k": null}]', function (key, value, context) { sources.push(context.source); return value; });
      return sources;
    })()`)).toEqual(['1.50', '-0', '"s"', 'null', null, null]); // (no source for objects: undefined, stringified as null)
  });

  it('Map iterators survive rehashing and clear', () => {
    expect(run(`(() => {
      const m = new Map([[0, 0]]);
      const it = m.keys();
      const out = [it.next().value];
      for (let i = 1; i < 50; i++) m.set(i, i);
      for (let i = 1; i < 45; i++) m.delete(i);
      for (let i = 50; i < 60; i++) m.set(i, i);
      for (const k of it) out.push(k);
      return out;
    })()`)).toEqual([0, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
  });
});
