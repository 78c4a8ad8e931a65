// `ouro strip FILE.ts [--map] [-o OUT]`: TypeScript -> JavaScript with types erased and every
// token kept at its line and column; `--map` writes a source map v3 next to the output (or inline
// as a comment when printing to stdout). `--out-dir DIR` strips several files at once into DIR,
// keeping their relative paths.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { OuroSyntaxError } from '../../parse/errors.ts';
import { stripTypes } from '../../strip/strip.ts';
import { goalOfFile } from '../../parse/source-file.ts';
import { formatSourceError } from '../../diagnostics/code-frame.ts';
import { CliError, type Io } from '../io.ts';

export function stripCommand(args: string[], io: Io): number {
  let map = false;
  let out: string | undefined;
  let outDir: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--map') map = true;
    else if (a === '-o') out = args[++i];
    else if (a === '--out-dir') outDir = args[++i];
    else if (a.startsWith('-')) throw new CliError(`ouro strip: unknown option ${a}`);
    else files.push(a);
  }
  if (outDir !== undefined) {
    let status = 0;
    for (const file of files) {
      const target = path.join(outDir, file.replace(/\.([cm]?)ts$/, '.$1js'));
      mkdirSync(path.dirname(target), { recursive: true });
      status = Math.max(status, stripOne(file, target, map, io));
    }
    return status;
  }
  if (files.length !== 1) throw new CliError('usage: ouro strip FILE.ts [--map] [-o OUT.js]\n       ouro strip FILES… --out-dir DIR [--map]');
  return stripOne(files[0], out, map, io);
}

function stripOne(file: string, out: string | undefined, map: boolean, io: Io): number {
  const source = io.readFile(file);
  const goal = goalOfFile(file);
  try {
    const result = stripTypes(source, { file, sourceMap: map, sourceType: goal === 'script' ? 'script' : 'module' });
    if (out) {
      let code = result.code;
      if (result.map) {
        const mapFile = out + '.map';
        io.writeFile(mapFile, result.map);
        code += `\n//# sourceMappingURL=${mapFile.split('/').pop()}\n`;
      }
      io.writeFile(out, code);
    } else {
      let code = result.code;
      if (result.map) code += `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(result.map).toString('base64')}\n`;
      io.stdout(code);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof OuroSyntaxError)) throw e;
    io.stderr(formatSourceError(file, source, 'SyntaxError', e.message, e, io.stderrIsTTY));
    return 1;
  }
}
