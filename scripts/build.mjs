// Builds stage0 (the toolchain hosted on Node) into dist/ouro.mjs with esbuild.
// One bundle, ESM, no minification, so that stack traces in dist/ point at readable code.
//
// The kernel part of the bundle then goes through the kernel inliner (scripts/inline-kernel.mjs,
// docs/benchmarks.md): small kernel functions are inlined at their call sites and kernel
// constants folded, keeping the line structure (the source map stays right line by line).
// OURO_NO_INLINE=1 builds without it (for comparisons and for debugging the inliner).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inlineKernel } from './inline-kernel.mjs';

const outfile = process.argv[2] ?? 'dist/ouro.mjs';
// V8's tier-up budget for the kernel (--interrupt-budget, set by the bundle's first line): with V8's
// default (132 KB of bytecode run between tier-up checks) TurboFan optimizes the big kernel functions
// late, and a run of a few seconds spends a good part of it in V8's unoptimized tiers
// (docs/benchmarks.md). OURO_V8_BUDGET=0 builds without the setting, another number sets it.
const budget = Number(process.env.OURO_V8_BUDGET ?? 40000);
const v8Flags = budget > 0 ? ` import { setFlagsFromString as __ouroV8Flags } from "node:v8"; __ouroV8Flags("--interrupt-budget=${budget}");` : '';
const result = await build({
  entryPoints: ['stage0/cli/ouro.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __ouroCreateRequire } from "node:module"; const require = __ouroCreateRequire(import.meta.url);' + v8Flags },
  external: ['esbuild', 'acorn'],
  logLevel: 'warning',
  write: false,
});
mkdirSync(path.dirname(outfile), { recursive: true });
for (const file of result.outputFiles) {
  let text = file.text;
  if (file.path.endsWith('.mjs') && !process.env.OURO_NO_INLINE) text = inlineKernel(text).code;
  writeFileSync(file.path, text);
}
