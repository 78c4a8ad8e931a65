// Allocation (register / parameter / context slot), context depth (hops) and TDZ elision.
import { describe, expect, it } from 'vitest';
import { analyse, binding, func, hops, refs, target, tdz } from './helpers.ts';

describe('allocation', () => {
  it('keeps uncaptured locals in registers and simple parameters in argument slots', () => {
    const a = analyse('"use strict"; function f(a, b) { let x = a; { let y = b; } return x; }');
    expect(binding(a, 'a').location).toEqual({ kind: 'parameter', index: 0 });
    expect(binding(a, 'b').location).toEqual({ kind: 'parameter', index: 1 });
    expect(binding(a, 'x').location).toEqual({ kind: 'register', index: 0 });
    expect(binding(a, 'y').location).toEqual({ kind: 'register', index: 1 });
    const f = func(a, 'f');
    expect(f.registerCount).toBe(2);
    expect(f.needsFunctionContext).toBe(false);
  });

  it('moves captured bindings to context slots of their own scope', () => {
    const a = analyse('function f(a) { let x = 1, y = 2; { let z; g = () => z + x; } return y; }');
    expect(binding(a, 'x').location).toEqual({ kind: 'context', slot: 0 });
    expect(binding(a, 'y').location.kind).toBe('register');
    expect(binding(a, 'z').location).toEqual({ kind: 'context', slot: 0 });
    expect(binding(a, 'x').captured).toBe(true);
    const f = func(a, 'f');
    expect(f.needsFunctionContext).toBe(true);
    expect(f.contextSlotCount).toBe(1);
    expect(binding(a, 'a').location).toEqual({ kind: 'parameter', index: 0 });
  });

  it('counts context hops over the scopes that push a context', () => {
    const src = `
      function outer() {
        let x = 1;
        function mid() {
          let y = 2;
          { let unused; { let w = 3; return () => x + y + w; } }
        }
      }`;
    const a = analyse(src);
    const [x] = refs(a, 'x').filter((r) => r.kind === 'read');
    const [y] = refs(a, 'y').filter((r) => r.kind === 'read');
    const [w] = refs(a, 'w').filter((r) => r.kind === 'read');
    // From the arrow: w's block context (0), mid's context (1), outer's context (2);
    // the block holding `unused` has no context and does not count.
    expect(hops(w!)).toBe(0);
    expect(hops(y!)).toBe(1);
    expect(hops(x!)).toBe(2);
  });

  it('forces parameters into the context when a mapped arguments object aliases them', () => {
    const a = analyse('function f(a, b) { return arguments[0]; }');
    expect(func(a, 'f').argumentsObject).toBe('mapped');
    expect(binding(a, 'a').location.kind).toBe('context');
    expect(binding(a, 'arguments').location.kind).toBe('register');
  });

  it('does not alias parameters with an unmapped arguments object', () => {
    const a = analyse('function f(a, b = 1) { return arguments[0]; } function g(a) { "use strict"; return arguments; }');
    expect(func(a, 'f').argumentsObject).toBe('unmapped');
    expect(func(a, 'g').argumentsObject).toBe('unmapped');
    expect(bindings(a, 'a').map((b) => b.location.kind)).toEqual(['register', 'parameter']);
  });

  it('numbers the parameter slot of a sloppy duplicate parameter after its last occurrence', () => {
    const a = analyse('function f(a, a) { return a; }');
    expect(binding(a, 'a').location).toEqual({ kind: 'parameter', index: 1 });
  });

  it('allocates the class-name binding and private names in the class scope', () => {
    const a = analyse('"use strict"; function f() { class C { #p = 1; get() { return this.#p; } } return C; }');
    expect(binding(a, 'C', 'class-name').location.kind).toBe('register');
    expect(binding(a, '#p').location).toEqual({ kind: 'context', slot: 0 });
  });
});

describe('TDZ checks', () => {
  it('skips the check for a use after the declaration in the same closure', () => {
    const a = analyse('{ let x = 1; x; x = 2; }');
    const [init, read, write] = refs(a, 'x');
    expect(init!.kind).toBe('init');
    expect(tdz(read!)).toBe(false);
    expect(tdz(write!)).toBe(false);
    expect(binding(a, 'x').needsHoleInit).toBe(false);
  });

  it('checks uses before the declaration, inside the initialiser, and from closures', () => {
    const a = analyse('{ x; let x = x + 1; (() => x)(); function f() { return x; } }');
    const reads = refs(a, 'x').filter((r) => r.kind === 'read');
    expect(reads.map(tdz)).toEqual([true, true, true, true]);
    expect(binding(a, 'x').needsHoleInit).toBe(true);
  });

  it('always checks in switch case blocks', () => {
    const a = analyse('switch (1) { case 0: let x = 1; x; case 1: x; }');
    expect(refs(a, 'x').filter((r) => r.kind === 'read').map(tdz)).toEqual([true, true]);
  });

  it('checks uses in a for-in/of head but not in the body', () => {
    const a = analyse('for (const k in k) { k; }');
    expect(refs(a, 'k').filter((r) => r.kind === 'read').map(tdz)).toEqual([true, false]);
  });

  it('checks the class binding inside its own definition', () => {
    const a = analyse('{ class C { [C] = 1; static m() { return C; } } C; }');
    const [, computedKey, inMethod, after] = refs(a, 'C');
    expect(tdz(computedKey!)).toBe(true);
    expect(tdz(inMethod!)).toBe(true);
    expect(tdz(after!)).toBe(false);
  });

  it('checks parameters only when the list has expressions, and only before their initialisation', () => {
    const a = analyse('function f(a = b, b = a) { return a + b; } function g(c, d) { return c; }');
    const [aInit, aInDefault, aInBody] = refs(a, 'a');
    const [bInDefault] = refs(a, 'b').filter((r) => r.kind === 'read');
    expect(aInit!.kind).toBe('init');
    expect(tdz(bInDefault!)).toBe(true);
    expect(tdz(aInDefault!)).toBe(false);
    expect(tdz(aInBody!)).toBe(false);
    expect(binding(a, 'c').hasTdz).toBe(false);
  });

  it('checks a destructuring catch parameter read by an earlier default', () => {
    const a = analyse('try {} catch ({ a = b, b }) { b; }');
    const [inDefault, inBody] = refs(a, 'b').filter((r) => r.kind === 'read');
    expect(tdz(inDefault!)).toBe(true);
    expect(tdz(inBody!)).toBe(false);
  });

  it('always checks this in a derived constructor', () => {
    const a = analyse('class A extends B { constructor() { super(); this.x = 1; } }');
    const [superInit, use] = refs(a, 'this');
    expect(superInit!.kind).toBe('init');
    expect(tdz(use!)).toBe(true);
    expect(func(a, 'constructor').thisBinding?.needsHoleInit).toBe(true);
  });

  it('stores the hole for script-level lexicals even without checked uses (other scripts)', () => {
    const a = analyse('let x = 1; x;');
    expect(tdz(refs(a, 'x')[1]!)).toBe(false);
    expect(binding(a, 'x').needsHoleInit).toBe(true);
  });

  it('leaves dynamic uses to the run-time check', () => {
    const a = analyse('function f(o) { with (o) { x; } let x; }');
    expect(target(refs(a, 'x')[0]!)).toBe('dynamic(let:x)');
    expect(binding(a, 'x').needsHoleInit).toBe(true);
  });
});

function bindings(a: ReturnType<typeof analyse>, name: string) {
  return a.bindings.filter((b) => b.name === name);
}
