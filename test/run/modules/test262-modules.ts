// test262 for the module loader, until `ouro test262` runs module tests through runModuleFile:
//   node scripts/ts.mjs test/run/modules/test262-modules.ts [-v] [DIR…]
// (default: language/module-code language/import language/export
//  language/expressions/dynamic-import language/expressions/import.meta)
// Each test gets a new engine (realm from the image cache). Module tests (flags: [module]) run
// through runModuleFile (stage0/vm/modules.ts) with their fixtures beside them; the others run
// as classic scripts (strict when onlyStrict) whose import() calls resolve relative to the test
// file. Negative tests are decided by phase: parse (a syntax error in the test file),
// resolution (load and link errors, syntax errors in imported files), runtime (the evaluation
// promise rejects / the script throws, with the constructor name of the type).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test262Dir, listJsFiles, nonStandardFeatures } from '../../support/test262.ts';
import { createEngine, heapString, hostString, compile, loadScript, CompileError } from '../../../stage0/vm/engine.ts';
import { DEFAULT_FLAGS } from '../../../stage0/cli/flags.ts';
import { runModuleFile, resetModules, testRunnerMode, ModuleCompileError, ModuleThrow } from '../../../stage0/vm/modules.ts';
import { parseMetadata, harnessOf } from '../../../stage0/test262/metadata.ts';
import { drainJobs } from '../../../stage0/test262/executor.ts';
import { nodeCaptureOutput, nodeSetExitThrows, nodeFlushOutput } from '../../../runtime/host/node.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../../runtime/heap.ts';
import { isException, pendingException, pendingExceptionClear } from '../../../runtime/errors.ts';
import { vmRunScript } from '../../../runtime/interpreter.ts';
import { getProperty } from '../../../runtime/property-access.ts';
import { isJSObject, undefinedValue } from '../../../runtime/values.ts';
import { isString } from '../../../runtime/strings.ts';

const root = test262Dir();
const verbose = process.argv.includes('-v');
const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dirs = args.length > 0 ? args : [
  'language/module-code', 'language/import', 'language/export', 'language/expressions/dynamic-import',
  'language/expressions/import.meta',
];
const skipFeatures = nonStandardFeatures(root);
nodeSetExitThrows(true);

function prop(obj: number, name: string): number {
  const scope = handleScopeOpen();
  const h = handleNew(obj);
  const k = heapString(name, true);
  let v = getProperty(handleGet(h), k);
  if (isException(v)) {
    pendingExceptionClear();
    v = undefinedValue();
  }
  handleScopeClose(scope);
  return v;
}
function typeName(v: number): string {
  if ((v & 1) === 0 || !isJSObject(v)) return '';
  const ctor = prop(v, 'constructor');
  if ((ctor & 1) === 0 || !isJSObject(ctor)) return '';
  const name = prop(ctor, 'name');
  return (name & 1) !== 0 && isString(name) ? hostString(name) : '';
}
function describe(v: number): string {
  const m = (v & 1) !== 0 && isJSObject(v) ? prop(v, 'message') : undefinedValue();
  const text = (m & 1) !== 0 && isString(m) ? hostString(m) : '';
  return `${typeName(v) || 'value'}: ${text}`.split('\n')[0]!;
}


type Outcome = { phase: 'parse' | 'resolution' | 'runtime'; type: string; message: string } | null;

function runOne(file: string, source: string, md: ReturnType<typeof parseMetadata>, lines: string[]): Outcome {
  const engine = createEngine(DEFAULT_FLAGS);
  resetModules();
  testRunnerMode();
  const isModule = md.flags.includes('module');
  const mode = isModule ? 'module' : md.flags.includes('raw') ? 'raw' : md.flags.includes('onlyStrict') ? 'strict' : 'sloppy';
  for (const name of harnessOf(md, mode)) {
    const text = readFileSync(path.join(root, 'harness', name), 'utf8');
    const status = engine.runScript(text, `harness/${name}`, 'script');
    if (status.kind !== 'ok') return { phase: 'runtime', type: 'harness', message: `harness ${name} failed` };
  }
  nodeCaptureOutput(lines);
  try {
    if (isModule) {
      let run;
      try {
        run = runModuleFile(file);
      } catch (e) {
        if (e instanceof ModuleCompileError) {
          const inTest = e.formatted.includes(path.basename(file) + ':');
          return { phase: inTest ? 'parse' : 'resolution', type: 'SyntaxError', message: e.message };
        }
        if (e instanceof ModuleThrow) {
          const v = e.take();
          return { phase: 'resolution', type: typeName(v), message: describe(v) };
        }
        throw e;
      }
      const r = drainJobs();
      if (isException(r)) {
        const v = pendingException();
        pendingExceptionClear();
        return { phase: 'runtime', type: typeName(v), message: describe(v) };
      }
      if (run.rejected) {
        const v = run.reason()!;
        return { phase: 'runtime', type: typeName(v), message: describe(v) };
      }
      if (!run.settled && !md.flags.includes('async')) return { phase: 'runtime', type: 'pending', message: 'evaluation did not settle' };
      return null;
    }
    const text = mode === 'strict' ? `"use strict";\n${source}` : source;
    let compiled;
    try {
      compiled = compile(text, file, 'script');
    } catch (e) {
      if (e instanceof CompileError) return { phase: 'parse', type: 'SyntaxError', message: e.message };
      throw e;
    }
    let r = vmRunScript(loadScript(compiled));
    if (!isException(r)) r = drainJobs();
    if (isException(r)) {
      const v = pendingException();
      pendingExceptionClear();
      return { phase: 'runtime', type: typeName(v), message: describe(v) };
    }
    return null;
  } finally {
    nodeFlushOutput();
    nodeCaptureOutput(null);
  }
}

let totalPass = 0;
let totalRun = 0;
for (const dir of dirs) {
  const files = listJsFiles(path.join(root, 'test', dir)).filter((f) => !f.includes('_FIXTURE'));
  let pass = 0;
  let run = 0;
  let skipped = 0;
  const failures: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const md = parseMetadata(source);
    if (md.features.some((f) => skipFeatures.has(f)) || md.flags.includes('CanBlockIsTrue')) {
      skipped++;
      continue;
    }
    const lines: string[] = [];
    let outcome: Outcome;
    try {
      outcome = runOne(file, source, md, lines);
    } catch (e) {
      outcome = { phase: 'runtime', type: 'host', message: `host: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
    }
    run++;
    const neg = md.negative;
    let ok: boolean;
    let why = '';
    if (neg) {
      ok = outcome !== null && (outcome.phase === neg.phase || (neg.phase === 'resolution' && outcome.phase === 'parse')) &&
        outcome.type === neg.type;
      if (!ok) why = outcome === null ? `expected ${neg.phase} ${neg.type}, no error` : `expected ${neg.phase} ${neg.type}, got ${outcome.phase} ${outcome.message}`;
    } else if (outcome !== null) {
      ok = false;
      why = `${outcome.phase} ${outcome.message}`;
    } else if (md.flags.includes('async')) {
      ok = lines.includes('Test262:AsyncTestComplete');
      if (!ok) why = lines.find((l) => l.startsWith('Test262:AsyncTestFailure')) ?? 'async test did not complete';
    } else {
      ok = true;
    }
    if (ok) pass++;
    else failures.push(`${path.relative(path.join(root, 'test'), file)}: ${why}`);
  }
  totalPass += pass;
  totalRun += run;
  console.log(`${dir}: ${pass}/${run} passed (${skipped} skipped)`);
  if (verbose) for (const f of failures) console.log(`  FAIL ${f}`);
}
console.log(`total: ${totalPass}/${totalRun}`);
