// Annex B.3.3 block function hoisting and B.3.5 catch parameter redeclaration.
import { describe, expect, it } from 'vitest';
import { analyse, func, refs, target } from './helpers.ts';

function hoisted(source: string, fname = 'f'): boolean {
  const a = analyse(source);
  return a.functions.some((f) => f.annexBFunctions.some((b) => b.blockBinding.name === fname));
}

describe('Annex B.3.3 function declarations in blocks', () => {
  it('hoists a sloppy block function to a var of the function, copied when the declaration is evaluated', () => {
    const a = analyse('function g() { f; { function f() {} } return f; }');
    const g = func(a, 'g');
    expect(g.annexBFunctions.length).toBe(1);
    const entry = g.annexBFunctions[0]!;
    expect(entry.varBinding.kind).toBe('var');
    expect(entry.varBinding.scope).toBe(g.scope);
    expect(entry.blockBinding.scope.kind).toBe('block');
    expect(entry.runtimeCheck).toBe(false);
    expect(entry.store.kind).toBe('write');
    expect(target(entry.store)).toBe('var:f');
    // Outside the block, f is the var.
    expect(refs(a, 'f').filter((r) => r.kind === 'read').map(target)).toEqual(['var:f', 'var:f']);
    expect(g.scope.declarations.vars.map((v) => v.binding.name)).toEqual(['f']);
  });

  it('does not hoist in strict code, generators or async functions', () => {
    expect(hoisted('"use strict"; { function f() {} }')).toBe(false);
    expect(hoisted('{ function* f() {} }')).toBe(false);
    expect(hoisted('{ async function f() {} }')).toBe(false);
  });

  it('does not hoist over a conflicting lexical declaration', () => {
    expect(hoisted('function g() { let f; { function f() {} } }')).toBe(false);
    expect(hoisted('function g() { { let f; { function f() {} } } }')).toBe(false);
    expect(hoisted('function g() { for (let f; ;) { function f() {} } }')).toBe(false);
    expect(hoisted('let f; { function f() {} }')).toBe(false);
    // A lexical declaration in a sibling block does not conflict.
    expect(hoisted('function g() { { let f; } { function f() {} } }')).toBe(true);
  });

  it('does not hoist a function named like a parameter', () => {
    expect(hoisted('function g(f) { { function f() {} } }')).toBe(false);
    expect(hoisted('function g(a = 1) { { function f() {} } }')).toBe(true);
  });

  it('reuses an existing var or function binding', () => {
    const a = analyse('function g() { var f = 1; { function f() {} } }');
    const entry = func(a, 'g').annexBFunctions[0]!;
    expect(entry.varBinding.declarations[0]!.start).toBe(19); // the `var f` identifier
    expect(a.bindings.filter((b) => b.name === 'f').length).toBe(2);
  });

  it('hoists through a simple catch parameter of the same name (B.3.5) but not a destructuring one', () => {
    expect(hoisted('function g() { try {} catch (f) { { function f() {} } } }')).toBe(true);
    expect(hoisted('function g() { try {} catch ({ f }) { { function f() {} } } }')).toBe(false);
  });

  it('hoists switch-case and labelled block functions', () => {
    expect(hoisted('switch (1) { case 1: function f() {} }')).toBe(true);
    expect(hoisted('{ l: function f() {} }')).toBe(true);
  });

  it('needs a run-time definability check at script level, and lists the name for GlobalDeclarationInstantiation', () => {
    const a = analyse('{ function f() {} }');
    const entry = a.topFunction.annexBFunctions[0]!;
    expect(entry.runtimeCheck).toBe(true);
    expect(entry.varBinding.location).toEqual({ kind: 'global' });
    expect(a.topScope.declarations.globalVarNames).toEqual(['f']);
  });
});

describe('Annex B.3.5 var redeclaring a catch parameter', () => {
  it('declares the var in the function but assigns the initialiser to the catch parameter', () => {
    const a = analyse('function g() { try {} catch (e) { var e = 1; } return e; }');
    const [, write, read] = refs(a, 'e');
    expect(write!.kind).toBe('write');
    expect(target(write!)).toBe('catch-param:e');
    expect(target(read!)).toBe('var:e');
  });
});
