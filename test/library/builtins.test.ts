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

  it('String.prototype.at/isWellFormed, Array.fromAsync is absent like Node 20', () => {
    expect(run('"abc".at(-2)')).toBe('b');
    expect(lib.run('typeof Array.fromAsync')).toBe('undefined');
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
