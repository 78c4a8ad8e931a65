// Scope kinds and reference resolution: which binding each identifier reaches, and when the
// answer is a global or a dynamic lookup.
import { describe, expect, it } from 'vitest';
import { analyse, binding, refs, target } from './helpers.ts';

describe('script scope', () => {
  it('puts var and function on the global object and lexicals in the script context', () => {
    const a = analyse('var v; function f() {} let l; const c = 1; class K {}');
    expect(binding(a, 'v').location).toEqual({ kind: 'global' });
    expect(binding(a, 'f').location).toEqual({ kind: 'global' });
    expect(binding(a, 'l').location).toEqual({ kind: 'script-context', slot: 0 });
    expect(binding(a, 'c').location).toEqual({ kind: 'script-context', slot: 1 });
    expect(binding(a, 'K', 'class').location).toEqual({ kind: 'script-context', slot: 2 });
    expect(a.topScope.needsContext).toBe(true);
  });

  it('resolves undeclared names to global lookups and marks typeof operands', () => {
    const a = analyse('x; typeof y; delete z; q = 1;');
    expect(refs(a, 'x').map(target)).toEqual(['global']);
    expect(refs(a, 'y')[0]!.isTypeofOperand).toBe(true);
    expect(refs(a, 'z')[0]!.isDeleteOperand).toBe(true);
    expect(refs(a, 'q')[0]!.kind).toBe('write');
  });

  it('resolves names of Object.prototype members like any other name', () => {
    const a = analyse('function f() { valueOf; toString; constructor; __proto__; hasOwnProperty; }');
    for (const name of ['valueOf', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(refs(a, name).map(target)).toEqual(['global']);
    }
  });

  it('gives top-level this the global this value', () => {
    const a = analyse('this; () => this;');
    expect(refs(a, 'this').map(target)).toEqual(['this:this', 'this:this']);
    expect(binding(a, 'this').location).toEqual({ kind: 'global-this' });
  });
});

describe('function scopes', () => {
  it('keeps parameters and body in one scope when parameters have no expressions', () => {
    const a = analyse('function f(a, b) { var c; let d; }');
    const f = a.functions[1]!;
    expect(f.scope).toBe(f.bodyScope);
    expect([...f.scope.bindings.keys()]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('separates the parameter scope from the var scope when parameters have expressions', () => {
    const a = analyse('function f(a, b = () => a) { var a; var c = b; let d; }');
    const f = a.functions[1]!;
    expect(f.scope.kind).toBe('function');
    expect(f.bodyScope.kind).toBe('body');
    expect(f.bodyScope.parent).toBe(f.scope);
    expect([...f.scope.bindings.keys()]).toEqual(['a', 'b']);
    expect([...f.bodyScope.bindings.keys()]).toEqual(['a', 'c', 'd']);
    // The closure in the default sees the parameter, not the body var.
    expect(target(refs(a, 'a')[1]!)).toBe('param:a');
    // The body var a starts with the parameter's value (FunctionDeclarationInstantiation 28.f.i.4).
    const varA = f.bodyScope.declarations.vars.find((v) => v.binding.name === 'a')!;
    expect(varA.initialValueFrom).toBe(f.scope.bindings.get('a'));
  });

  it('resolves inner lexical scopes before outer ones', () => {
    const a = analyse('let x = 1; { let x = 2; x; } x;');
    const [, inner, , outer] = refs(a, 'x');
    expect(inner!.resolution.kind === 'binding' && inner!.resolution.binding.scope.kind).toBe('block');
    expect(outer!.resolution.kind === 'binding' && outer!.resolution.binding.scope.kind).toBe('script');
  });

  it('gives a named function expression its own self-binding scope', () => {
    const a = analyse('(function fact(n) { fact = 0; return fact(n); });');
    const f = a.functions[1]!;
    expect(f.functionNameScope?.kind).toBe('function-name');
    expect(f.scope.parent).toBe(f.functionNameScope);
    const self = binding(a, 'fact');
    expect(self.kind).toBe('function-self-name');
    expect(self.immutable).toBe(true);
    expect(refs(a, 'fact').map((r) => `${r.kind}:${target(r)}`)).toEqual([
      'write:function-self-name:fact',
      'read:function-self-name:fact',
    ]);
    expect(self.location.kind).toBe('register');
  });

  it('lets a parameter or var shadow the function self-name', () => {
    const a = analyse('(function g(g) { return g; });');
    expect(target(refs(a, 'g')[1]!)).toBe('param:g');
  });
});

describe('catch, for, switch and class scopes', () => {
  it('binds the catch parameter in a catch scope around the body block', () => {
    const a = analyse('try {} catch (e) { let x; e; }');
    const e = binding(a, 'e');
    expect(e.kind).toBe('catch-param');
    expect(e.scope.kind).toBe('catch');
    expect(binding(a, 'x').scope.parent).toBe(e.scope);
    expect(target(refs(a, 'e')[1]!)).toBe('catch-param:e');
  });

  it('records per-iteration let bindings of a for head, but not const', () => {
    const a = analyse('for (let i = 0, j = 1; i < 3; i++) {} for (const k = 0; ;) {}');
    const scopes = a.scopes.filter((s) => s.kind === 'for');
    expect(scopes[0]!.perIterationBindings.map((b) => b.name)).toEqual(['i', 'j']);
    expect(scopes[1]!.perIterationBindings).toEqual([]);
  });

  it('analyses a for-of head expression inside the TDZ scope of its bindings', () => {
    const a = analyse('let x = []; for (let x of x) {}');
    const inRight = refs(a, 'x')[2]!;
    expect(inRight.resolution.kind === 'binding' && inRight.resolution.binding.scope.kind).toBe('for');
    expect(inRight.resolution.kind === 'binding' && inRight.resolution.needsTdzCheck).toBe(true);
  });

  it('gives a switch one block scope for all its cases', () => {
    const a = analyse('switch (0) { case 0: let a; case 1: a; }');
    expect(binding(a, 'a').scope.node.type).toBe('SwitchStatement');
  });

  it('treats a sloppy function declaration as the body of an if as if in a block (B.3.4)', () => {
    const a = analyse('if (1) function f() {}');
    const f = bindings(a, 'f');
    expect(f.map((b) => `${b.kind}@${b.scope.kind}`).sort()).toEqual(['function@block', 'var@script']);
  });

  it('declares the class name inside the class scope and the declaration outside', () => {
    const a = analyse('class C extends (C, Object) { m() { return C; } }');
    const inner = binding(a, 'C', 'class-name');
    const outer = binding(a, 'C', 'class');
    expect(inner.scope.kind).toBe('class');
    expect(outer.scope.kind).toBe('script');
    const [, heritage, inMethod] = refs(a, 'C');
    expect(target(heritage!)).toBe('class-name:C');
    expect(target(inMethod!)).toBe('class-name:C');
    expect(heritage!.resolution.kind === 'binding' && heritage!.resolution.needsTdzCheck).toBe(true);
  });

  it('resolves private names to the declaring class scope, through nested classes', () => {
    const a = analyse('class A { #x; static has(o) { return #x in o; } m() { class B { #y; f(o) { return o.#x + this.#y; } } } }');
    expect(target(refs(a, '#x')[0]!)).toBe('private-name:#x');
    expect(refs(a, '#x').every((r) => r.resolution.kind === 'binding' && r.resolution.binding.scope.node.id.name === 'A')).toBe(true);
    expect(target(refs(a, '#y')[0]!)).toBe('private-name:#y');
    expect(binding(a, '#x').location.kind).toBe('context');
  });

  it("resolves a private name in an extends clause past the class's own private names", () => {
    const a = analyse('class O { #p; static f(o) { return class I extends (o.#p, Object) { #p; g() { return this.#p; } }; } }');
    const [inHeritage, inMethod] = refs(a, '#p');
    const owner = (r: typeof inHeritage) => r!.resolution.kind === 'binding' && r!.resolution.binding.scope.node.id.name;
    expect(owner(inHeritage)).toBe('O');
    expect(owner(inMethod)).toBe('I');
  });

  it('marks call callees (the with base object becomes this), not new callees', () => {
    const a = analyse('f(); new g(); t`x`;');
    expect([refs(a, 'f')[0]!.isCallee, refs(a, 'g')[0]!.isCallee, refs(a, 't')[0]!.isCallee]).toEqual([true, false, true]);
  });
});

describe('with and eval make lookups dynamic', () => {
  it('resolves names inside with to dynamic lookups with the static fallback', () => {
    const a = analyse('function f(o) { var x; with (o) { x; y; } x; }');
    const [inWith, afterWith] = refs(a, 'x').filter((r) => r.kind === 'read');
    expect(target(inWith!)).toBe('dynamic(var:x)');
    expect(target(refs(a, 'y')[0]!)).toBe('dynamic');
    expect(target(afterWith!)).toBe('var:x');
    expect(binding(a, 'x').location.kind).toBe('context');
    expect(a.scopes.find((s) => s.kind === 'with')!.needsContext).toBe(true);
  });

  it('makes lookups that pass a sloppy eval function scope dynamic, and forces its bindings into the context', () => {
    const a = analyse('var g; function f(a) { let b; eval("var c"); return [a, b, c, g, () => c]; }');
    expect(target(refs(a, 'a')[1]!)).toBe('param:a');
    expect(target(refs(a, 'b')[1]!)).toBe('let:b');
    expect(refs(a, 'c').map(target)).toEqual(['dynamic', 'dynamic']);
    expect(target(refs(a, 'g')[0]!)).toBe('dynamic(var:g)');
    expect(binding(a, 'a').location.kind).toBe('context');
    expect(binding(a, 'b').location.kind).toBe('context');
    const f = a.functions[1]!;
    expect(f.hasDirectEval).toBe(true);
    expect(f.scope.sloppyEvalVarTarget).toBe(true);
    expect(f.argumentsObject).toBe('mapped');
    expect(f.thisBinding?.location.kind).toBe('context');
  });

  it('does not make lookups dynamic for strict eval, but still forces contexts', () => {
    const a = analyse('"use strict"; function f(a) { eval("var c"); return c; }');
    expect(target(refs(a, 'c')[0]!)).toBe('global');
    expect(binding(a, 'a').location.kind).toBe('context');
    expect(a.functions[1]!.argumentsObject).toBe('unmapped');
  });

  it('treats eval?.() and (0, eval)() as indirect', () => {
    const a = analyse('function f() { eval?.("x"); (0, eval)("y"); }');
    expect(a.functions[1]!.hasDirectEval).toBe(false);
  });

  it('makes lookups from parameter expressions past the parameter scope dynamic (sloppy eval in parameters)', () => {
    const a = analyse('var x; function f(a = eval("var x = 1"), b = x) { return x; }');
    const [inParams, inBody] = refs(a, 'x');
    expect(target(inParams!)).toBe('dynamic(var:x)');
    expect(target(inBody!)).toBe('dynamic(var:x)');
  });
});

function bindings(a: ReturnType<typeof analyse>, name: string) {
  return a.bindings.filter((b) => b.name === name);
}
