// runtime/generated/builtins.ts is generated from stage0/vm/builtins-table.ts; this fails when it
// is stale (regenerate: node scripts/ts.mjs stage0/vm/gen-builtins.ts) or not kernel TS, and checks
// the table itself: unique places and ids, kernel functions that exist in the files named.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBuiltinsTable, BUILTINS_TABLE_PATH } from '../../stage0/vm/gen-builtins.ts';
import { BUILTINS, builtinIdName, builtinFunctionName } from '../../stage0/vm/builtins-table.ts';
import { checkKernel } from '../../stage0/kernel/check.ts';
import { Builtin, kBuiltinCount } from '../../runtime/generated/builtins.ts';
import { repoRoot } from '../support/test262.ts';

describe('builtins table', () => {
  it('the generated file is up to date', () => {
    const onDisk = readFileSync(path.join(repoRoot(), BUILTINS_TABLE_PATH), 'utf8');
    expect(onDisk).toBe(renderBuiltinsTable());
  });
  it('the generated file is kernel TypeScript', () => {
    // Checked together with the kernel files it calls into (the checker resolves calls across files).
    const files = [];
    for (const dir of ['runtime', 'runtime/generated', 'runtime/host']) {
      for (const f of readdirSync(path.join(repoRoot(), dir))) {
        if (!f.endsWith('.ts') || f === 'node.ts') continue;
        files.push({ path: `${dir}/${f}`, source: readFileSync(path.join(repoRoot(), dir, f), 'utf8') });
      }
    }
    const errors = checkKernel(files).filter((d) => d.file === BUILTINS_TABLE_PATH);
    expect(errors).toEqual([]);
  });
  it('has one entry per place and one id per entry', () => {
    const places = BUILTINS.map((e) => e.at);
    expect(new Set(places).size).toBe(places.length);
    const ids = BUILTINS.map(builtinIdName);
    expect(new Set(ids).size).toBe(ids.length);
    expect(kBuiltinCount).toBe(BUILTINS.length);
    expect(Builtin.ArrayPrototypePush).toBe(BUILTINS.findIndex((e) => e.at === 'Array.prototype.push'));
  });
  it('names functions as the spec does', () => {
    const byAt = (at: string) => builtinFunctionName(BUILTINS.find((e) => e.at === at)!);
    expect(byAt('Math.sqrt')).toBe('sqrt');
    expect(byAt('get Object.prototype.__proto__')).toBe('get __proto__');
    expect(byAt('Function.prototype[Symbol.hasInstance]')).toBe('[Symbol.hasInstance]');
    expect(byAt('String.prototype.toString')).toBe('toString');
  });
  it('every kernel function is exported by its file', () => {
    for (const e of BUILTINS) {
      const text = readFileSync(path.join(repoRoot(), `runtime/builtins-${e.file}.ts`), 'utf8');
      expect(text, `${e.at} -> ${e.fn}`).toContain(`export function ${e.fn}(argv: i32, argc: i32): i32`);
    }
  });
});
