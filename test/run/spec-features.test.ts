// Language features whose reference is the specification rather than Node 20, which does not run
// them (`using`, `await using`, DisposableStack, SuppressedError) or deviates from the spec (V8
// re-resolves a `with`/eval reference after the right-hand side; converts o[k]'s key twice in
// `o[k] += v`). Each program runs with `ouro run` (dist/ouro.mjs, as the corpus does) and its
// output is compared with the expected text written here from the spec's semantics.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOuro } from './corpus.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ouro-spec-'));

async function output(name: string, source: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  const r = await runOuro(file, [], 60000);
  if (r.stderr !== '') return r.stdout + 'STDERR ' + r.stderr;
  return r.stdout;
}

describe('spec features (expected output from the spec)', () => {
  it('using: reverse order, SuppressedError chains, returns and loops', async () => {
    const src = `
const log = [];
const res = (name, fail) => ({ [Symbol.dispose]() { log.push(name); if (fail) throw new Error(name); } });
{ using a = res('a'), b = res('b'); using n = null; log.push('body'); }
console.log(log.join());
try { using x = res('x', true); using y = res('y', true); throw new Error('body'); }
catch (e) { console.log(e.name, e.error.message, e.suppressed.error.message, e.suppressed.suppressed.message); }
function f() { using r = res('r'); return 'ret'; }
console.log(f(), log.at(-1));
for (using it of [res('i1'), res('i2')]) log.push('in ' + log.at(-1));
console.log(log.slice(-4).join());
try { using bad = 3; } catch (e) { console.log(e.constructor.name); }
`;
    expect(await output('using.js', src)).toBe([
      'body,b,a',
      'SuppressedError x y body',
      'ret r',
      'in r,i1,in i1,i2',
      'TypeError',
      '',
    ].join('\n'));
  }, 120000);

  it('await using, DisposableStack, AsyncDisposableStack, SuppressedError()', async () => {
    const src = `
(async () => {
  const ar = { async [Symbol.asyncDispose]() { console.log('async dispose'); } };
  { await using q = ar; await using z = null; console.log('in'); }
  const s = new DisposableStack();
  s.defer(() => console.log('deferred'));
  s.adopt(5, (v) => console.log('adopt', v));
  const moved = s.move();
  console.log(s.disposed, moved.disposed);
  moved.dispose();
  const as = new AsyncDisposableStack();
  as.use({ [Symbol.dispose]() { console.log('sync in async'); } });
  await as.disposeAsync();
  const e = SuppressedError(1, 2, 'm');
  console.log(e instanceof SuppressedError, e.error, e.suppressed, e.message, Object.prototype.toString.call(s));
})();
`;
    expect(await output('await-using.js', src)).toBe([
      'in',
      'async dispose',
      'true false',
      'adopt 5',
      'deferred',
      'sync in async',
      'true 1 2 m [object DisposableStack]',
      '',
    ].join('\n'));
  }, 120000);

  it('dynamic references are resolved before the right-hand side; o[k] op= v converts k once', async () => {
    const src = `
function t1() { var x = 0; var scope = { get x() { delete this.x; return 16; } }; with (scope) { x >>= 3; } console.log(scope.x, x); }
t1();
function t2() { var x = 3; var inner = (function () { x *= (eval('var x = 2;'), 4); return x; })(); console.log(inner, x); }
t2();
let n = 0; const k = { toString() { n++; return 'p'; } }; const o = { p: 1 };
o[k]++; o[k] += 2; console.log(o.p, n);
`;
    expect(await output('references.js', src)).toBe('2 0\n2 12\n4 2\n');
  }, 120000);
});
