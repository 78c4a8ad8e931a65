// Declaration instantiation lists: what the generator emits at scope entry, in spec order.
import { describe, expect, it } from 'vitest';
import { analyse, func } from './helpers.ts';
import type { Scope } from '../../stage0/scope/types.ts';

function names(scope: Scope) {
  const d = scope.declarations;
  return {
    lexicals: d.lexicals.map((b) => b.name),
    vars: d.vars.map((v) => v.binding.name),
    functions: d.functions.map((f) => f.binding.name + '@' + f.node.start),
    globalVarNames: d.globalVarNames,
    globalFunctionNames: d.globalFunctionNames,
  };
}

describe('declaration instantiation lists', () => {
  it('lists a function body: vars (functions included, parameters excluded), lexicals, last function declaration of each name', () => {
    const src = 'function f(p) { var p, v; let l; const c = 1; class K {} function a() {} function b() {} function a() {} }';
    const a = analyse(src);
    const f = func(a, 'f');
    expect(names(f.bodyScope)).toEqual({
      lexicals: ['l', 'c', 'K'],
      vars: ['v', 'a', 'b'],
      // FunctionDeclarationInstantiation step 36: ordered by each name's last declaration.
      functions: ['b@' + src.indexOf('function b'), 'a@' + src.lastIndexOf('function a')],
      globalVarNames: [],
      globalFunctionNames: [],
    });
  });

  it('lists every function declaration of a block, in source order (BlockDeclarationInstantiation)', () => {
    const src = '{ function a() {} let x; function a() {} }';
    const a = analyse(src);
    const block = a.scopes.find((s) => s.kind === 'block')!;
    expect(names(block).functions).toEqual(['a@2', 'a@' + src.lastIndexOf('function a')]);
    expect(names(block).lexicals).toEqual(['x']);
    expect(names(block).vars).toEqual([]);
  });

  it('gives GlobalDeclarationInstantiation its names: functions, then vars not named like a function', () => {
    const src = 'var x, f; function f() {} function g() {} let l; { function h() {} }';
    const a = analyse(src);
    expect(names(a.topScope)).toEqual({
      lexicals: ['l'],
      vars: [],
      functions: ['f@' + src.indexOf('function f'), 'g@' + src.indexOf('function g')],
      globalVarNames: ['x', 'h'],
      globalFunctionNames: ['f', 'g'],
    });
  });

  it('lists the class-name binding as a lexical of the class scope', () => {
    const a = analyse('(class C {});');
    expect(names(a.scopes.find((s) => s.kind === 'class')!).lexicals).toEqual(['C']);
  });

  it('lists module lexicals, vars and hoisted functions, but not imports', () => {
    const src = "import x from 'm'; var v; let l; export function f() {}";
    const a = analyse(src, { module: true });
    expect(names(a.topScope)).toEqual({
      lexicals: ['l'],
      vars: ['v', 'f'],
      functions: ['f@' + src.indexOf('function f')],
      globalVarNames: [],
      globalFunctionNames: [],
    });
  });
});
