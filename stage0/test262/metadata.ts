// The front matter of a test262 file (INTERPRETING.md, "Metadata"): the YAML block between `/*---`
// and `---*/`. Only the keys a runner acts on are read — includes, flags, features, negative — and
// only the YAML a test262 file uses for them: `key: [a, b]` or a block list (`key:` then `  - a`),
// and `negative:` with indented `phase:` and `type:`. Top-level keys start in column 0, so text in
// an indented `description: |` block is never taken for a key.

export type NegativePhase = 'parse' | 'resolution' | 'runtime';

export interface TestMetadata {
  includes: string[];
  flags: string[];
  features: string[];
  negative: { phase: NegativePhase; type: string } | null;
}

/** How one test file is run: each file has one or two modes (INTERPRETING.md, "Strict Mode"). */
export type TestMode = 'sloppy' | 'strict' | 'module' | 'raw';

export function parseMetadata(source: string): TestMetadata {
  const md: TestMetadata = { includes: [], flags: [], features: [], negative: null };
  const start = source.indexOf('/*---');
  const end = start < 0 ? -1 : source.indexOf('---*/', start + 5);
  if (start < 0 || end < 0) return md;
  // Line terminators as ECMAScript has them (a few files use CR alone, or U+2028/9).
  const lines = source.slice(start + 5, end).split(/\r\n|[\r\n\u2028\u2029]/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_]\w*):\s*(.*?)\s*$/.exec(lines[i]!);
    if (!m) continue;
    const keyName = m[1]!;
    const rest = m[2]!;
    // The indented lines that belong to this key.
    const body: string[] = [];
    while (i + 1 < lines.length && (/^\s/.test(lines[i + 1]!) || lines[i + 1]!.trim() === '')) body.push(lines[++i]!);
    if (keyName === 'includes' || keyName === 'flags' || keyName === 'features') {
      md[keyName] = yamlList(rest, body);
    } else if (keyName === 'negative') {
      let phase = '';
      let type = '';
      for (const line of body) {
        const p = /^\s+(phase|type):\s*(\S+)/.exec(line);
        if (p) (p[1] === 'phase' ? (phase = p[2]!) : (type = p[2]!));
      }
      if (phase === 'parse' || phase === 'resolution' || phase === 'runtime') md.negative = { phase, type };
    }
  }
  return md;
}

/** `[a, b]` on the key's line, or `- a` lines below it. */
function yamlList(inline: string, body: string[]): string[] {
  const unquote = (s: string): string => s.trim().replace(/^(['"])(.*)\1$/, '$2');
  if (inline.startsWith('[')) {
    const close = inline.lastIndexOf(']');
    return inline.slice(1, close < 0 ? undefined : close).split(',').map(unquote).filter(Boolean);
  }
  const out: string[] = [];
  for (const line of body) {
    const item = /^\s*-\s*(.*?)\s*$/.exec(line);
    if (item && item[1]) out.push(unquote(item[1].replace(/\s+#.*$/, '')));
  }
  return out;
}

/** The modes a file runs in: module and raw files once (a raw module is a module); onlyStrict / noStrict once; others twice. */
export function modesOf(md: TestMetadata): TestMode[] {
  if (md.flags.includes('module')) return ['module'];
  if (md.flags.includes('raw')) return ['raw'];
  if (md.flags.includes('onlyStrict')) return ['strict'];
  if (md.flags.includes('noStrict')) return ['sloppy'];
  return ['sloppy', 'strict'];
}

/** The harness files a mode loads before the test: none for raw (and raw modules); assert.js, sta.js, doneprintHandle.js for async, then the includes. */
export function harnessOf(md: TestMetadata, mode: TestMode): string[] {
  if (mode === 'raw' || md.flags.includes('raw')) return [];
  const list = ['assert.js', 'sta.js'];
  if (md.flags.includes('async')) list.push('doneprintHandle.js');
  for (const inc of md.includes) if (!list.includes(inc)) list.push(inc);
  return list;
}
