// console.log / util.inspect / util.format of the library against the real Node 20.
import { describe, it, expect } from 'vitest';
import { createLibraryContext } from './harness.ts';
import { runOnNode, runInLibrary } from './node-oracle.ts';
import { inspectCases } from './cases-inspect.ts';

describe('console output matches Node', () => {
  const lib = createLibraryContext();
  const expected = runOnNode(inspectCases);
  const actual = runInLibrary(inspectCases, (s) => lib.run(s), () => lib.takeOutput());
  inspectCases.forEach((snippet, i) => {
    it(snippet.length > 100 ? snippet.slice(0, 100) + '…' : snippet, () => {
      expect(actual[i]).toEqual(expected[i]);
    });
  });
});
