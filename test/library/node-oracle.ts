// Runs snippets on the real Node (the reference for output) in one child process and returns the
// stdout of each. Every snippet runs in its own function scope.
import { spawnSync } from 'node:child_process';

const MARK = '\u0001--case--\u0001\n';

export interface Output {
  stdout: string;
  stderr: string;
}

/** Non-ASCII characters as \u escapes: a lone surrogate cannot pass through argv or a UTF-8 file. */
export function asciiOnly(program: string): string {
  return program.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** One program running every snippet, each followed by a separator on stdout and stderr. */
export function programFor(snippets: string[]): string {
  const mark = JSON.stringify(MARK);
  return snippets
    .map((s) => `try { (function () { ${s}\n })(); } catch (e) { console.log('THREW', String(e)); }\nprint_mark(${mark});`)
    .join('\n');
}

/** The per-snippet outputs of a program made by programFor. */
export function splitOutput(snippets: string[], stdout: string, stderr: string): Output[] {
  const out = stdout.split(MARK);
  const err = stderr.split(MARK);
  return snippets.map((_, i) => ({ stdout: out[i] ?? '', stderr: err[i] ?? '' }));
}

const PRELUDE = 'function print_mark(m) { process.stdout.write(m); process.stderr.write(m); }\n';

export function runOnNode(snippets: string[]): Output[] {
  const program = PRELUDE + programFor(snippets);
  const r = spawnSync(process.execPath, ['-e', asciiOnly(program)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`node failed: ${r.stderr}`);
  return splitOutput(snippets, r.stdout, r.stderr);
}

/** Runs the same snippets through `run` (the library context) with the same separators. */
export function runInLibrary(snippets: string[], run: (src: string) => void, take: () => Output): Output[] {
  return snippets.map((s) => {
    try {
      run(`(function () { ${s}\n })();`);
    } catch (e) {
      run(`console.log('THREW', ${JSON.stringify(String(e))})`);
    }
    return take();
  });
}
