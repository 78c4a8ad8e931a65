// `ouro check-kernel [DIR]`: the kernel-subset checker (docs/kernel-ts.md) over every .ts file of
// runtime/ (or DIR). Prints `file:line:column rule message` per violation and exits 1 if any.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkKernel, formatKernelDiagnostic } from '../../kernel/check.ts';
import { CliError, type Io } from '../io.ts';

/** runtime/ of the checkout this ouro belongs to (dist/ouro.mjs or stage0/cli/… lie inside it). */
function defaultRuntimeDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'runtime')) && existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'runtime');
    const up = path.dirname(dir);
    if (up === dir) throw new CliError('ouro check-kernel: runtime/ not found; pass its path');
    dir = up;
  }
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

export function checkKernelCommand(args: string[], io: Io): number {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) throw new CliError('usage: ouro check-kernel [DIR]');
  const dir = args[0] ?? defaultRuntimeDir();
  const base = path.dirname(dir);
  const files = listTs(dir).map((p) => ({ path: path.relative(base, p), source: io.readFile(p) }));
  const diagnostics = checkKernel(files);
  for (const d of diagnostics) io.stdout(formatKernelDiagnostic(d) + '\n');
  io.stdout(diagnostics.length === 0
    ? `check-kernel: ${files.length} files are kernel TypeScript\n`
    : `check-kernel: ${diagnostics.length} violation(s) in ${new Set(diagnostics.map((d) => d.file)).size} file(s)\n`);
  return diagnostics.length === 0 ? 0 : 1;
}
