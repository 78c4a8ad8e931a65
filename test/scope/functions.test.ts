// Per-function facts: strictness, parameters, arguments object, this/new.target/super use,
// eval, class constructors and initialisers.
import { describe, expect, it } from 'vitest';
import { analyse, binding, func, refs, target } from './helpers.ts';

describe('function facts', () => {
  it('derives strictness from directives, classes and modules', () => {
    const a = analyse('function s() { "use strict"; function inner() {} } function l() {} class K { m() {} }');
    expect(func(a, 's').strict).toBe(true);
    expect(func(a, 'inner').strict).toBe(true);
    expect(func(a, 'l').strict).toBe(false);
    expect(func(a, 'm').strict).toBe(true);
    expect(analyse('function f() {}', { module: true }).functions[1]!.strict).toBe(true);
    // A directive after another statement is not a directive.
    expect(func(analyse('function t() { 1; "use strict"; }'), 't').strict).toBe(false);
  });

  it('computes the parameter list facts', () => {
    const a = analyse('function f(a, {b}, c = 1, d) {} function g(a, ...r) {} function h(a, b) {} function k({[x]: y}) {}');
    const f = func(a, 'f');
    expect(f.expectedArgumentCount).toBe(2);
    expect(f.hasSimpleParameterList).toBe(false);
    expect(f.hasParameterExpressions).toBe(true);
    expect(f.paramBindings.map((b) => b.name)).toEqual(['a', 'b', 'c', 'd']);
    const g = func(a, 'g');
    expect([g.expectedArgumentCount, g.hasRestParameter, g.hasParameterExpressions]).toEqual([1, true, false]);
    expect(func(a, 'h').hasSimpleParameterList).toBe(true);
    expect(func(a, 'k').hasParameterExpressions).toBe(true);
  });

  it('records generator and async kinds', () => {
    const a = analyse('function* g() {} async function a() {} async function* ag() {} const ar = async () => {};');
    expect([func(a, 'g').isGenerator, func(a, 'g').isAsync]).toEqual([true, false]);
    expect([func(a, 'a').isGenerator, func(a, 'a').isAsync]).toEqual([false, true]);
    expect([func(a, 'ag').isGenerator, func(a, 'ag').isAsync]).toEqual([true, true]);
    const arrow = a.functions.find((f) => f.isArrow)!;
    expect([arrow.kind, arrow.isAsync]).toEqual(['arrow', true]);
  });

  it('creates an arguments object only when something can read it', () => {
    const a = analyse(`
      function none() {}
      function used() { return arguments; }
      function viaArrow() { return () => arguments; }
      function shadowedByParam(arguments) { return arguments; }
      function shadowedByLet() { let arguments; return arguments; }
      function shadowedByFunction() { function arguments() {} return arguments; }
      function varIsTheObject() { var arguments; return arguments; }
      function separateBody(a = 1) { var arguments; return arguments; }`);
    expect(func(a, 'none').argumentsObject).toBe('none');
    expect(func(a, 'used').argumentsObject).toBe('mapped');
    expect(func(a, 'viaArrow').argumentsObject).toBe('mapped');
    expect(func(a, 'viaArrow').argumentsBinding?.location.kind).toBe('context');
    expect(func(a, 'shadowedByParam').argumentsObject).toBe('none');
    expect(func(a, 'shadowedByLet').argumentsObject).toBe('none');
    expect(func(a, 'shadowedByFunction').argumentsObject).toBe('none');
    const v = func(a, 'varIsTheObject');
    expect(v.argumentsObject).toBe('mapped');
    expect(v.argumentsBinding?.kind).toBe('arguments');
    const s = func(a, 'separateBody');
    expect(s.argumentsObject).toBe('unmapped');
    const bodyVar = s.bodyScope.declarations.vars.find((x) => x.binding.name === 'arguments')!;
    expect(bodyVar.initialValueFrom).toBe(s.argumentsBinding);
  });

  it('resolves arguments at the top level to a global', () => {
    const a = analyse('arguments; () => arguments;');
    expect(refs(a, 'arguments').map(target)).toEqual(['global', 'global']);
  });

  it('has arrows inherit this, new.target and super from the enclosing function, which materialises them', () => {
    const a = analyse(`
      class A extends B {
        constructor() { const f = () => { super(); return new.target; }; f(); }
        m() { return () => () => super.m() + this.x; }
      }`);
    const ctor = func(a, 'constructor');
    expect(ctor.classConstructorKind).toBe('derived');
    expect([ctor.usesSuperCall, ctor.usesNewTarget, ctor.usesThis]).toEqual([true, true, true]);
    expect(ctor.thisBinding?.location.kind).toBe('context');
    expect(ctor.newTargetBinding?.location.kind).toBe('context');
    expect(ctor.functionObjectBinding?.location.kind).toBe('context');
    const m = func(a, 'm');
    expect([m.usesSuperProperty, m.usesThis]).toEqual([true, true]);
    expect(m.homeObjectBinding?.location.kind).toBe('context');
    const arrows = a.functions.filter((f) => f.isArrow);
    expect(arrows.every((f) => f.thisBinding === null)).toBe(true);
    expect(arrows[2]!.usesThis).toBe(true);
  });

  it('keeps this in a register when only the function itself uses it', () => {
    const a = analyse('function f() { return this; }');
    expect(func(a, 'f').thisBinding?.location.kind).toBe('register');
  });

  it('records direct eval on the function and its ancestors', () => {
    const a = analyse('function outer() { function inner() { eval(s); } function other() {} }');
    expect(func(a, 'inner').hasDirectEval).toBe(true);
    expect(func(a, 'outer').hasDirectEval).toBe(false);
    expect(func(a, 'outer').innerHasDirectEval).toBe(true);
    expect(func(a, 'other').innerHasDirectEval).toBe(false);
    // Everything visible from the eval is in a context, including outer's other bindings.
    expect(binding(a, 'other').location.kind).toBe('context');
  });
});

describe('contexts of the function prologue', () => {
  it('gives a captured self-name its own context outside the function context', () => {
    const a = analyse('(function f(x) { let y; return () => f + x + y; });');
    const f = func(a, 'f');
    expect(f.functionNameScope!.needsContext).toBe(true);
    expect(f.needsFunctionContext).toBe(true);
    const [selfRef] = refs(a, 'f');
    // From the arrow: f's function context (1 hop), then the self-name context.
    expect(selfRef!.resolution.kind === 'binding' && selfRef!.resolution.hops).toBe(1);
  });

  it('counts the separate body context between body code and parameters', () => {
    const a = analyse('function f(a = 0) { let b; return () => a + b; }');
    const f = func(a, 'f');
    expect([f.scope.needsContext, f.bodyScope.needsContext]).toEqual([true, true]);
    const [, aRead] = refs(a, 'a');
    const [, bRead] = refs(a, 'b');
    expect(aRead!.resolution.kind === 'binding' && aRead!.resolution.hops).toBe(1);
    expect(bRead!.resolution.kind === 'binding' && bRead!.resolution.hops).toBe(0);
  });

  it('materialises this, new.target and super for direct eval in a method', () => {
    const a = analyse('class A extends B { constructor() { eval("super()"); } m() { (() => eval("super.m()"))(); } }');
    const ctor = func(a, 'constructor');
    expect([ctor.usesThis, ctor.usesNewTarget, ctor.usesSuperCall, ctor.usesSuperProperty]).toEqual([true, true, true, true]);
    expect(ctor.functionObjectBinding?.location.kind).toBe('context');
    const m = func(a, 'm');
    expect(m.homeObjectBinding?.location.kind).toBe('context');
    expect(m.argumentsObject).toBe('unmapped');
  });
});

describe('classes', () => {
  it('models field initialisers as a synthetic function with its own this', () => {
    const a = analyse('class C { x = this.y; static s = this; [k] = 1; constructor() {} }');
    const info = [...a.classOf.values()][0]!;
    const inst = info.instanceFieldsInitializer!;
    expect(inst.kind).toBe('instance-fields-initializer');
    expect(inst.scope.parent).toBe(info.scope);
    expect(info.constructor!.fieldsInitializer).toBe(inst);
    expect(info.constructor!.classConstructorKind).toBe('base');
    const [instThis, staticThis] = refs(a, 'this');
    expect(instThis!.resolution.kind === 'binding' && instThis!.resolution.binding.scope).toBe(inst.scope);
    expect(staticThis!.resolution.kind === 'binding' && staticThis!.resolution.binding.scope).toBe(info.staticInitializer!.scope);
    // Computed keys are evaluated in the class scope at definition time.
    expect(refs(a, 'k')[0]!.scope).toBe(info.scope);
  });

  it('creates the instance initialiser for fields without a value too', () => {
    const a = analyse('class C { x; #y; m() {} } class D { m() {} }');
    const [c, d] = [...a.classOf.values()];
    expect(c!.instanceFieldsInitializer?.kind).toBe('instance-fields-initializer');
    expect(c!.staticInitializer).toBe(null);
    expect(d!.instanceFieldsInitializer).toBe(null);
  });

  it('gives a static block its own var scope inside the static initialiser', () => {
    const a = analyse('class C { static { var v = 1; let l; this; } static { var v; } }');
    const blocks = a.scopes.filter((s) => s.kind === 'static-block');
    expect(blocks.length).toBe(2);
    expect(blocks.every((s) => s.isVarScope && s.func.kind === 'static-initializer')).toBe(true);
    expect(bindingsNamed(a, 'v').map((b) => b.scope)).toEqual(blocks);
    expect(target(refs(a, 'this')[0]!)).toBe('this:this');
  });

  it('gives object literal methods a home object for super', () => {
    const a = analyse('({ m() { return super.x; }, get g() { return 1; }, f: function () {} });');
    expect(func(a, 'm').kind).toBe('method');
    expect(func(a, 'm').homeObjectBinding?.kind).toBe('home-object');
    expect(func(a, 'g').kind).toBe('getter');
  });
});

function bindingsNamed(a: ReturnType<typeof analyse>, name: string) {
  return a.bindings.filter((b) => b.name === name);
}
