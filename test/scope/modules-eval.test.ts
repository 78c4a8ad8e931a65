// Module bindings (imports, exports, *default*) and eval code analysed on its own.
import { describe, expect, it } from 'vitest';
import { analyse, binding, hops, refs, target, tdz } from './helpers.ts';

describe('modules', () => {
  it('makes named imports live bindings and exported locals module cells', () => {
    const src = `
      import d, { a as b, "s t" as st } from './m.js';
      import * as ns from './n.js';
      export let x = 1;
      let hidden = 2;
      const y = 3;
      export { y as why, b as reexported };
      export function f() { return b + x + hidden + ns.k; }`;
    const a = analyse(src, { module: true });
    const m = a.module!;
    expect(m.requestedModules).toEqual(['./m.js', './n.js']);
    expect(m.imports.map((i) => `${i.binding.name}<-${i.imported}`)).toEqual(['d<-default', 'b<-a', 'st<-s t']);
    expect(binding(a, 'b').location).toEqual({ kind: 'module-import', index: 1 });
    expect(binding(a, 'ns').importFrom).toEqual({ source: './n.js', imported: null });
    expect(binding(a, 'ns').location.kind).toBe('context');
    expect(binding(a, 'x').location).toEqual({ kind: 'module-cell', index: 0 });
    expect(binding(a, 'y').exportNames).toEqual(['why']);
    expect(binding(a, 'f').exportNames).toEqual(['f']);
    expect(binding(a, 'hidden').location.kind).toBe('context');
    expect(m.reexports).toEqual([{ source: './m.js', imported: 'a', exported: 'reexported' }]);
    const inF = refs(a, 'b')[0]!;
    expect(target(inF)).toBe('import:b');
    expect(tdz(inF)).toBe(true);
    expect(hops(inF)).toBe(0); // f has no context of its own; the module context is current
    expect(a.topScope.needsContext).toBe(true);
  });

  it('binds *default* for export default expressions and anonymous declarations', () => {
    const e = analyse('export default 1 + 2;', { module: true });
    expect(binding(e, '*default*').kind).toBe('default-export');
    expect(binding(e, '*default*').exportNames).toEqual(['default']);
    const f = analyse('export default function () {}', { module: true });
    expect(binding(f, '*default*').kind).toBe('function');
    expect(f.topScope.declarations.functions.length).toBe(1);
    const c = analyse('export default class {}', { module: true });
    expect(binding(c, '*default*').kind).toBe('class');
    const n = analyse('export default function named() {}', { module: true });
    expect(binding(n, 'named').exportNames).toEqual(['default']);
  });

  it('records star and namespace re-exports', () => {
    const a = analyse("export * from 'a'; export * as ns from 'b'; export { x as y } from 'c';", { module: true });
    expect(a.module!.reexports).toEqual([
      { source: 'a', imported: null, exported: null },
      { source: 'b', imported: null, exported: 'ns' },
      { source: 'c', imported: 'x', exported: 'y' },
    ]);
  });

  it('gives module top-level this the value undefined', () => {
    const a = analyse('this; () => this;', { module: true });
    expect(binding(a, 'this').location).toEqual({ kind: 'undefined' });
  });
});

describe('eval code', () => {
  it('declares sloppy direct eval vars by name in the caller and looks free names up dynamically', () => {
    const a = analyse('var v = w; function f() {} let l = v; l;', { eval: { direct: true, strict: false } });
    expect(binding(a, 'v').location).toEqual({ kind: 'eval-var' });
    expect(binding(a, 'f').location).toEqual({ kind: 'eval-var' });
    expect(binding(a, 'l').location.kind).toBe('register');
    expect(target(refs(a, 'w')[0]!)).toBe('dynamic');
    expect(refs(a, 'v').map(target)).toEqual(['dynamic', 'dynamic']);
    expect(target(refs(a, 'l')[1]!)).toBe('let:l');
    expect(a.topScope.declarations.globalVarNames).toEqual(['v']);
    expect(a.topScope.declarations.globalFunctionNames).toEqual(['f']);
  });

  it('keeps strict eval vars in the eval scope', () => {
    const a = analyse('var v = 1; v;', { eval: { direct: true, strict: true } });
    expect(binding(a, 'v').location.kind).toBe('register');
    expect(target(refs(a, 'v')[1]!)).toBe('var:v');
  });

  it('treats sloppy indirect eval like a script', () => {
    const a = analyse('var v; x; this;', { eval: { direct: false, strict: false } });
    expect(binding(a, 'v').location).toEqual({ kind: 'global' });
    expect(target(refs(a, 'x')[0]!)).toBe('global');
    expect(binding(a, 'this').location).toEqual({ kind: 'global-this' });
  });

  it('finds this dynamically in direct eval code', () => {
    const a = analyse('this;', { eval: { direct: true, strict: true } });
    expect(target(refs(a, 'this')[0]!)).toBe('dynamic');
  });
});
