// The CLI's window on the world, passed to every command so that tests can run commands in-process
// and capture what they print.
import { readFileSync, writeFileSync } from 'node:fs';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stderrIsTTY: boolean;
}

/** A usage or input problem the user can fix; printed without a stack trace, exit status 2. */
export class CliError extends Error {}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(code === 'ENOENT' ? `cannot open ${path}: no such file` : `cannot read ${path}: ${(e as Error).message}`);
    }
  },
  writeFile: (path, text) => writeFileSync(path, text),
  stderrIsTTY: process.stderr.isTTY === true,
};
