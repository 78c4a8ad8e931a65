// Generator behaviour that goldens show less directly: the "not supported yet" error, constant
// folding, feedback slot kinds, resumable kinds, and register/constant limits.
import { describe, expect, it } from 'vitest';
import { decodeAll } from '../../stage0/bytecode/decoder.ts';
import type { BytecodeFunction } from '../../stage0/bytecode/function.ts';
import { generateProgram, NotSupportedError } from '../../stage0/bytecode/generator.ts';
import { parse } from '../../stage0/parse/parser.ts';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import type { EsNode } from '../../stage0/scope/types.ts';
import { compile } from './helpers.ts';

function names(fn: BytecodeFunction): string[] {
  return decodeAll(fn.bytecode).map((i) => i.name);
}

function nested(fn: BytecodeFunction, name: string): BytecodeFunction {
  for (const c of fn.constantPool) {
    if (c.kind !== 'function') continue;
    if (c.fn.name === name) return c.fn;
  }
  throw new Error(`no function ${name}`);
}

describe('generator', () => {
  it('raises a SyntaxError-like "not supported yet" for unknown constructs, never a crash', () => {
    const program = parse('f(1);', { sourceType: 'script' }) as unknown as EsNode;
    const analysis = analyzeScopes(program);
    program.body[0].expression.type = 'FancyExpression';
    const attempt = () => generateProgram(analysis);
    expect(attempt).toThrow(NotSupportedError);
    expect(attempt).toThrow('not supported yet: expression FancyExpression');
    try {
      attempt();
    } catch (e) {
      expect((e as Error).name).toBe('SyntaxError');
      expect((e as NotSupportedError).sourceOffset).toBe(0);
    }
  });

  it('folds constants and uses Smi forms', () => {
    const fn = nested(compile('function f(x) { return [1 + 2 * 3, x + 1, -5, 2 ** 40]; }'), 'f');
    const boiler = fn.constantPool.find((c) => c.kind === 'arrayBoilerplate');
    expect(boiler).toMatchObject({ boilerplate: { elements: [{ kind: 'number', value: 7 }, { kind: 'computed' }, { kind: 'number', value: -5 }, { kind: 'number', value: 2 ** 40 }] } });
    expect(names(fn)).toContain('AddSmi');
    expect(names(fn)).not.toContain('Add');
  });

  it('gives every IC site its own feedback slot of the right kind', () => {
    const fn = nested(compile('function f(o, k) { o.a = o.b + o[k]; return g(o) < new C(); }'), 'f');
    expect(fn.feedbackSlots).toEqual(['loadProperty', 'loadKeyed', 'binaryOp', 'storeProperty', 'loadGlobal', 'call', 'loadGlobal', 'construct', 'compareOp']);
  });

  it('compiles generators, async functions and modules as resumable frames', () => {
    const top = compile('function* g() { yield 1; } async function a() { await 1; } async function* ag() { yield 1; }');
    for (const name of ['g', 'a', 'ag']) {
      const ops = names(nested(top, name));
      expect(ops[0]).toBe('SwitchOnGeneratorState');
      expect(ops).toContain('SuspendGenerator');
      expect(ops).toContain('ResumeGenerator');
    }
    const mod = compile('export function f() {} await 0;', 'module');
    expect(names(mod)[0]).toBe('SwitchOnGeneratorState');
    expect(mod.flags.isAsync).toBe(true);
    const jumpTargets = mod.constantPool.filter((c) => c.kind === 'jumpTarget');
    expect(jumpTargets.length).toBe(2); // after the link-time suspend, after the await
  });

  it('names functions by NamedEvaluation, accessors with prefixes, constructors after the class', () => {
    const top = compile('let f = function () {}; let g = function h() {}; let o = { get p() {}, m() {} }; class K { constructor() {} }');
    const fnNames = top.constantPool.flatMap((c) => (c.kind === 'function' ? [c.fn.name] : []));
    expect(fnNames).toEqual(expect.arrayContaining(['f', 'h', 'get p', 'm', 'K']));
  });
});
