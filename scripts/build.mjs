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
const result = await build({
  entryPoints: ['stage0/cli/ouro.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __ouroCreateRequire } from "node:module"; const require = __ouroCreateRequire(import.meta.url);' },
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
