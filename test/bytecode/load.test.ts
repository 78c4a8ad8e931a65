// The bytecode loader (stage0/bytecode/load.ts): every function generated from the goldens and a
// few of Ouro's own source files is loaded into the kernel heap and read back equal to the host
// record — under --gc-stress with the verifier on, and through an image write → load → write round
// trip (byte-identical).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './helpers.ts';
import { bigIntToString } from '../../runtime/bigint.ts';
import { parse } from '../../stage0/parse/parser.ts';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import type { EsNode } from '../../stage0/scope/types.ts';
import { generateProgram } from '../../stage0/bytecode/generator.ts';
import type { BytecodeFunction, ConstantEntry } from '../../stage0/bytecode/function.ts';
import {
  loadBytecodeFunction, readBackBytecodeFunction, feedbackMetadataOf, functionExtras, FunctionExtras, LOADER_SIDE_TABLE_ROOT,
} from '../../stage0/bytecode/load.ts';
import { freshHeap, setUserRoot, userRoot, jsString, MB } from '../kernel/helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { imageWrite, imageLoad } from '../../runtime/image.ts';
import { nodeTakeBlob, nodeSetInputBlob } from '../../runtime/host/node.ts';
import { fieldGet, rootGet } from '../../runtime/heap.ts';
import { SharedFunctionInfoLayout, BytecodeArrayLayout, InstanceType, SfiFlag, SfiKind, HandlerTableEntry, CatchPrediction } from '../../runtime/layouts.ts';
import {
  bytecodeGet, bytecodeArrayLength, sharedFunctionInfoLength, sharedFunctionInfoSourceStart, sharedFunctionInfoSourceEnd,
  sharedFunctionInfoKind, sharedFunctionInfoFlags, sharedFunctionInfoFeedbackMetadata, sharedFunctionInfoParameterCount,
  handlerTableCount, handlerTableGet,
} from '../../runtime/functions.ts';
import { fixedArrayGet, fixedArrayLength, instanceTypeOf, byteArrayLength, byteArrayAddress, isHeapNumber, heapNumberValue } from '../../runtime/values.ts';
import { H8 } from '../../runtime/host/host.ts';
import { FeedbackSlotKind } from '../../runtime/generated/bytecodes.ts';
import { isInternalized } from '../../runtime/strings.ts';
import { isSmi, smiValue, rawGet } from '../../runtime/memory.ts';
import { statScavenges } from '../../runtime/flags.ts';

const root = path.resolve(__dirname, '../..');
const goldenDir = path.join(root, 'test/bytecode/golden');

function goldens(): [string, BytecodeFunction][] {
  return readdirSync(goldenDir)
    .filter((f) => /\.m?js$/.test(f))
    .sort()
    .map((f) => [f, compile(readFileSync(path.join(goldenDir, f), 'utf8'), f.endsWith('.mjs') ? 'module' : 'script')]);
}
function ouroSource(rel: string): BytecodeFunction {
  const program = parse(readFileSync(path.join(root, rel), 'utf8'), { sourceType: 'module', typescript: true }) as unknown as EsNode;
  return generateProgram(analyzeScopes(program));
}
const OURO_FILES = ['stage0/bytecode/decoder.ts', 'runtime/strings.ts', 'stage0/bytecode/load.ts'];

function allFunctions(fn: BytecodeFunction, out: BytecodeFunction[] = []): BytecodeFunction[] {
  out.push(fn);
  for (const c of fn.constantPool) if (c.kind === 'function') allFunctions(c.fn, out);
  return out;
}

/** Loads `fn` into user root 0 (gc-stress on while loading when asked) and checks it reads back equal. */
function loadAndCheck(fn: BytecodeFunction, stress: boolean): void {
  flagsSetGcStress(stress);
  try {
    setUserRoot(0, loadBytecodeFunction(fn));
  } finally {
    flagsSetGcStress(false);
  }
  heapVerify();
  expect(readBackBytecodeFunction(userRoot(0))).toEqual(fn);
}

describe('bytecode loader', () => {
  it('loads every golden program and reads it back equal, under gc-stress', () => {
    const kinds = new Set<ConstantEntry['kind']>();
    for (const [, fn] of goldens()) {
      for (const f of allFunctions(fn)) for (const c of f.constantPool) kinds.add(c.kind);
      freshHeap();
      const before = statScavenges;
      loadAndCheck(fn, true);
      expect(statScavenges).toBeGreaterThan(before);
    }
    // The goldens exercise most constant kinds; bigint has its own test below.
    for (const k of ['number', 'string', 'function', 'scopeInfo', 'templateObject', 'arrayBoilerplate', 'objectBoilerplate', 'globalDeclarations', 'classBoilerplate', 'jumpTarget'] as const) {
      expect(kinds.has(k), k).toBe(true);
    }
  });

  it("loads Ouro's own source files (decoder.ts under gc-stress; the larger ones without, to keep the test fast)", () => {
    for (const rel of OURO_FILES) {
      freshHeap();
      loadAndCheck(ouroSource(rel), rel === 'stage0/bytecode/decoder.ts');
    }
  });

  it('materialises constants as heap values: Smis, heap numbers, internalized strings, SFIs, BigInts', () => {
    freshHeap();
    const fn = compile('var a = [1.5, -0, 7, "s", 12n, /x+/g, 2 ** 40]; function inner(p, q) { return p + q; } var b = `t${a}`; var c = { k: 0.25 };');
    loadAndCheck(fn, true);
    const bytecode = fieldGet(userRoot(0), SharedFunctionInfoLayout.bytecode);
    expect(instanceTypeOf(bytecode)).toBe(InstanceType.BYTECODE_ARRAY);
    const pool = fieldGet(bytecode, BytecodeArrayLayout.constantPool);
    fn.constantPool.forEach((c, i) => {
      const v = fixedArrayGet(pool, i);
      if (c.kind === 'number') {
        if (Number.isInteger(c.value) && !Object.is(c.value, -0) && Math.abs(c.value) < 2 ** 30) expect(smiValue(v)).toBe(c.value);
        else expect(isHeapNumber(v) && Object.is(heapNumberValue(v), c.value)).toBe(true);
      }
      if (c.kind === 'string') {
        expect(isInternalized(v)).toBe(true);
        expect(jsString(v)).toBe(c.value);
      }
      if (c.kind === 'function') {
        expect(instanceTypeOf(v)).toBe(InstanceType.SHARED_FUNCTION_INFO);
        expect(jsString(fieldGet(v, SharedFunctionInfoLayout.name))).toBe(c.fn.name);
        expect(byteArrayLength(feedbackMetadataOf(v))).toBe(c.fn.feedbackSlots.length);
      }
      if (c.kind === 'bigint') expect(jsString(bigIntToString(v, 10))).toBe(c.value);
      if (c.kind === 'jumpTarget') expect(isSmi(v)).toBe(true);
    });
    const inner = allFunctions(fn).find((f) => f.name === 'inner')!;
    expect(inner.parameterCount).toBe(2);
    const kinds = new Set(allFunctions(fn).flatMap((f) => f.constantPool.map((c) => c.kind)));
    expect(kinds.has('bigint')).toBe(true);
    expect(kinds.has('regexp')).toBe(true);
    for (let i = 0; i < fn.bytecode.length; i++) expect(bytecodeGet(bytecode, i)).toBe(fn.bytecode[i]);
    expect(bytecodeArrayLength(bytecode)).toBe(fn.bytecode.length);
  });

  it('keeps per-call facts in layout fields: SFI length/source range/flags/kind/feedback metadata, frame size, catch predictions', () => {
    freshHeap();
    const fn = compile(
      '"use strict"; function outer(a, b = 1, ...c) { try { return a.x + b; } catch (e) { return c; } }\n' +
      'var arrow = (p) => p; async function f() { try { await 0; } catch {} }',
    );
    flagsSetGcStress(true);
    try {
      setUserRoot(0, loadBytecodeFunction(fn));
    } finally {
      flagsSetGcStress(false);
    }
    heapVerify();
    const sfis: number[] = [];
    const walk = (sfi: number): void => {
      sfis.push(sfi);
      const pool = fieldGet(fieldGet(sfi, SharedFunctionInfoLayout.bytecode), BytecodeArrayLayout.constantPool);
      for (let i = 0; i < fixedArrayLength(pool); i++) {
        const v = fixedArrayGet(pool, i);
        if (!isSmi(v) && instanceTypeOf(v) === InstanceType.SHARED_FUNCTION_INFO) walk(v);
      }
    };
    walk(userRoot(0));
    const fns = allFunctions(fn);
    expect(sfis.length).toBe(fns.length);
    let handlers = 0;
    sfis.forEach((sfi, n) => {
      const f = fns[n]!;
      expect(jsString(fieldGet(sfi, SharedFunctionInfoLayout.name))).toBe(f.name);
      expect(sharedFunctionInfoParameterCount(sfi)).toBe(f.parameterCount);
      expect(sharedFunctionInfoLength(sfi)).toBe(f.length);
      expect([sharedFunctionInfoSourceStart(sfi), sharedFunctionInfoSourceEnd(sfi)]).toEqual([f.sourceStart, f.sourceEnd]);
      const kindName = f.kind.replace(/-(.)/g, (_, ch: string) => ch.toUpperCase()) as keyof typeof SfiKind;
      expect(sharedFunctionInfoKind(sfi)).toBe(SfiKind[kindName]);
      for (const flag of Object.keys(SfiFlag) as (keyof typeof SfiFlag)[]) {
        expect((sharedFunctionInfoFlags(sfi) & SfiFlag[flag]) !== 0, flag).toBe((f.flags as unknown as Record<string, boolean | undefined>)[flag] ?? false);
      }
      const metadata = sharedFunctionInfoFeedbackMetadata(sfi);
      expect(byteArrayLength(metadata)).toBe(f.feedbackSlots.length);
      f.feedbackSlots.forEach((k, i) => expect(H8[byteArrayAddress(metadata, i)]).toBe(FeedbackSlotKind[k]));
      const bytecode = fieldGet(sfi, SharedFunctionInfoLayout.bytecode);
      expect(rawGet(bytecode, BytecodeArrayLayout.frameSize)).toBe(f.registerCount); // frame size = register count
      const table = fieldGet(bytecode, BytecodeArrayLayout.handlerTable);
      expect(handlerTableCount(table)).toBe(f.handlerTable.length);
      f.handlerTable.forEach((e, i) => {
        handlers++;
        expect(handlerTableGet(table, i, HandlerTableEntry.prediction)).toBe(CatchPrediction[e.prediction]);
      });
      // The side table keeps only what has no layout field yet.
      expect(fixedArrayLength(functionExtras(sfi))).toBe(FunctionExtras.size);
    });
    expect(handlers).toBeGreaterThanOrEqual(2);
    expect(fns.some((f) => f.length !== f.parameterCount)).toBe(true);
  });

  it('survives an image write → load → write round trip byte-identically', () => {
    freshHeap();
    const programs = goldens().map(([, fn]) => fn);
    // All goldens in one heap: user root i holds program i.
    flagsSetGcStress(true);
    try {
      programs.forEach((fn, i) => setUserRoot(i, loadBytecodeFunction(fn)));
    } finally {
      flagsSetGcStress(false);
    }
    imageWrite();
    const first = nodeTakeBlob().slice();
    programs.forEach((fn, i) => expect(readBackBytecodeFunction(userRoot(i))).toEqual(fn));

    nodeSetInputBlob(first);
    expect(imageLoad(160 * MB, 2 * MB)).toBe(true);
    heapVerify();
    expect(rootGet(LOADER_SIDE_TABLE_ROOT) & 1).toBe(1);
    programs.forEach((fn, i) => expect(readBackBytecodeFunction(userRoot(i))).toEqual(fn));
    imageWrite();
    const second = nodeTakeBlob().slice();
    expect(second.length).toBe(first.length);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('is deterministic: the same program loaded into two fresh heaps gives the same image bytes', () => {
    const fn = ouroSource('stage0/bytecode/decoder.ts');
    const images = [0, 1].map(() => {
      freshHeap();
      setUserRoot(0, loadBytecodeFunction(fn));
      imageWrite();
      return Buffer.from(nodeTakeBlob().slice());
    });
    expect(images[0].equals(images[1])).toBe(true);
  });
});
