// Runs a TypeScript file of the project on Node during development:
//   node scripts/ts.mjs path/to/file.ts [args...]
// The file is bundled by esbuild into node_modules/.cache/ts-run/ and imported; process.argv is
// shifted so that the script sees its own arguments at process.argv[2...].
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [, , entry, ...rest] = process.argv;
if (!entry) {
  console.error('usage: node scripts/ts.mjs FILE.ts [args...]');
  process.exit(2);
}
// Under the repository's node_modules whatever the working directory, so that packages resolve.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(repoRoot, 'node_modules/.cache/ts-run', path.basename(entry).replace(/\.ts$/, '') + '-' + process.pid + '.mjs');
await build({
  entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  sourcemap: 'inline', packages: 'external', logLevel: 'error',
});
process.argv = [process.argv[0], path.resolve(entry), ...rest];
// The bundle stays until the process exits: worker threads started by the script load it again.
const { rmSync } = await import('node:fs');
process.on('exit', () => rmSync(out, { force: true }));
await import(pathToFileURL(out).href);
