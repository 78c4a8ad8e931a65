// The REPL (`ouro` with no arguments): node:readline with a history file, multi-line input when
// the parser stopped at the end of the input (an open brace, an unfinished expression), and
// results printed the way Node's REPL prints them (the library's inspect, through console).
// Declarations persist between inputs: each input is a classic script in the same realm, so its
// `let`/`const`/`class` bindings join the global lexical environment.
//
// After every input the event loop runs to completion (microtasks, then timers), so
// `setTimeout(() => console.log(1), 100)` prints before the next prompt.
import readline from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Io } from './io.ts';
import { CompileError, compile, type Engine } from '../vm/engine.ts';

const PROMPT = '> ';
const CONTINUATION = '... ';
const HISTORY_SIZE = 1000;

const HELP = `.break    Sometimes you get stuck, this gets you out
.clear    Alias for .break
.exit     Exit the REPL
.help     Print this help message

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
`;

function historyFile(): string {
  return process.env.OURO_REPL_HISTORY ?? path.join(os.homedir(), '.ouro_repl_history');
}

function loadHistory(): string[] {
  if (process.env.OURO_REPL_HISTORY === '') return [];
  try {
    return readFileSync(historyFile(), 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function saveHistory(history: readonly string[]): void {
  if (process.env.OURO_REPL_HISTORY === '') return;
  try {
    writeFileSync(historyFile(), [...history].reverse().join('\n') + '\n');
  } catch {
    // A read-only home directory only costs the history.
  }
}

type Verdict = { source: string; awaited?: boolean } | { more: true } | { error: true };

/**
 * Would the input compile, need more lines, or fail? Node wraps `{…}` in parentheses first. An
 * expression with top-level `await` runs inside an async arrow whose result is printed when it
 * settles (declarations with `await` do not persist, unlike in Node's REPL).
 */
function classify(input: string): Verdict {
  const trimmed = input.trim();
  const candidates = /^\{/.test(trimmed) && !/;\s*$/.test(trimmed) ? [`(${input}\n)`, input] : [input];
  let needsMore = false;
  for (const source of candidates) {
    try {
      compile(source, '[repl]', 'script');
      return { source };
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      if (e.atEnd && source === input) needsMore = true;
    }
  }
  if (!needsMore && /\bawait\b/.test(input)) {
    const expression = trimmed.replace(/;+$/, '');
    const source = `(async () => (${expression}\n))().then((value) => console.log('%O', value));`;
    try {
      compile(source, '[repl]', 'script');
      return { source, awaited: true };
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
  }
  return needsMore ? { more: true } : { error: true };
}

export function runRepl(engine: Engine, io: Io): Promise<number> {
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: PROMPT,
    terminal: process.stdin.isTTY === true && process.stdout.isTTY === true,
    history: loadHistory(),
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  } as readline.ReadLineOptions);
  if (rl.terminal) io.stdout(`Welcome to Ouro (JavaScript on its own kernel). Type ".help" for more information.\n`);
  let buffer = '';
  let sawInterrupt = false;
  let history: string[] = [];
  rl.on('history', (h: string[]) => { history = h; });

  const prompt = () => {
    rl.setPrompt(buffer === '' ? PROMPT : CONTINUATION);
    rl.prompt();
  };

  return new Promise((resolve) => {
    rl.on('line', (line) => {
      sawInterrupt = false;
      if (buffer === '' && line.trim().startsWith('.')) {
        const command = line.trim();
        if (command === '.exit') { rl.close(); return; }
        if (command === '.help') io.stdout(HELP);
        else if (command === '.break' || command === '.clear') buffer = '';
        else io.stdout('Invalid REPL keyword\n');
        prompt();
        return;
      }
      buffer += (buffer === '' ? '' : '\n') + line;
      if (buffer.trim() === '') { buffer = ''; prompt(); return; }
      const verdict = classify(buffer);
      if ('more' in verdict) { prompt(); return; }
      const input = buffer;
      buffer = '';
      // A real syntax error is reported by evaluating it (the engine formats it with a frame).
      const status = 'source' in verdict && verdict.awaited
        ? engine.runScript(verdict.source, '[repl]', 'script')
        : engine.evaluateAndPrint('source' in verdict ? verdict.source : input, '[repl]');
      if (status.kind === 'exit') { rl.close(); return; }
      engine.runEventLoop();
      prompt();
    });
    rl.on('SIGINT', () => {
      if (buffer !== '' || rl.line !== '') {
        buffer = '';
        io.stdout('\n');
        sawInterrupt = false;
        prompt();
        return;
      }
      if (sawInterrupt) { rl.close(); return; }
      sawInterrupt = true;
      io.stdout('\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      prompt();
    });
    rl.on('close', () => {
      if (rl.terminal) io.stdout('\n');
      saveHistory(history);
      resolve(0);
    });
    prompt();
  });
}
