// Builds stage0 (the toolchain hosted on Node) into dist/ouro.mjs with esbuild.
// One bundle, ESM, no minification, so that stack traces in dist/ point at readable code.
import { build } from 'esbuild';

await build({
  entryPoints: ['stage0/cli/ouro.ts'],
  outfile: 'dist/ouro.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __ouroCreateRequire } from "node:module"; const require = __ouroCreateRequire(import.meta.url);' },
  external: ['esbuild', 'acorn'],
  logLevel: 'warning',
});
