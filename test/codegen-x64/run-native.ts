// Test helper: link a LIR module into an ELF executable in a temporary directory and run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileModule } from '../../codegen-x64/module.ts';
import type { LirModule } from '../../stage0/kernelc/lir.ts';
import { verifyModule } from '../../stage0/kernelc/verify.ts';
import { Elf64Writer } from '../../stage0/link/elf.ts';

export interface NativeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elf: Uint8Array;
}

export function runLir(module: LirModule, args: string[] = []): NativeRun {
  verifyModule(module);
  const elf = new Elf64Writer().write(compileModule(module).link);
  const dir = mkdtempSync(path.join(tmpdir(), 'ouro-native-'));
  try {
    const exe = path.join(dir, 'prog');
    writeFileSync(exe, elf, { mode: 0o755 });
    const r = spawnSync(exe, args, { encoding: 'utf8', timeout: 20_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, elf };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
