// A semantic oracle for reference resolution, with Node as the judge: give every local binding
// a unique name (`name$id`) and rewrite every identifier to the name of the binding the analysis
// resolved it to. If the analysis resolved any reference to the wrong binding (or to a binding
// where the spec finds a global, or vice versa), the renamed program behaves differently from
// the original. Run both in fresh vm contexts and compare the outcomes. TDZ elision is checked
// the same way (relaxTdz below).
//
// Kept out of the renaming (their names are observable or resolved by name at run time):
// global-object and script-context bindings, pseudo-bindings, `arguments`, private names, imports/exports (only
// scripts are used). Programs with dynamic lookups or direct eval are not renamed at all.
// Bindings the engine links by name get one shared new name: an Annex B block function and its
// var, a class declaration and its inner class-name binding, a body var and the parameter it
// is initialised from.
import vm from 'node:vm';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import { boundIdentifiers } from '../../stage0/scope/declarations.ts';
import type { Binding, EsNode, ScopeAnalysis } from '../../stage0/scope/types.ts';

export type RenameResult =
  | { kind: 'renamed'; source: string; renamed: number; relaxedDeclarations: number; probedReads: number }
  | { kind: 'skipped'; reason: string };

const TDZ_PROBE = '__tdzProbe';
/** Throws a non-error object (no test expects it) when the probed read is in its TDZ. */
const TDZ_PROBE_DEFINITION =
  `function ${TDZ_PROBE}(read) { try { read(); } catch (e) { if (e instanceof ReferenceError) throw { tdzProbe: 'elided check failed' }; } }\n`;

function renamable(b: Binding): boolean {
  switch (b.kind) {
    case 'this':
    case 'new.target':
    case 'home-object':
    case 'function-object':
    case 'arguments':
    case 'private-name':
    case 'import':
    case 'default-export':
      return false;
    default:
      break;
  }
  const loc = b.location.kind;
  // Script-context lexicals are found by name from other scripts and indirect eval.
  return b.name !== 'arguments' && loc !== 'global' && loc !== 'script-context' && loc !== 'eval-var' && loc !== 'global-this';
}

/** Union-find over bindings that the engine connects by name. */
/** Each binding's group representative, or null when the group keeps its original name. */
function sharedNames(a: ScopeAnalysis): Map<Binding, Binding | null> {
  const parent = new Map<Binding, Binding>();
  const find = (b: Binding): Binding => {
    let r = b;
    while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (x: Binding, y: Binding) => parent.set(find(x), find(y));
  for (const f of a.functions) for (const e of f.annexBFunctions) union(e.blockBinding, e.varBinding);
  for (const info of a.classOf.values()) {
    if (info.nameBinding && info.declarationBinding) union(info.nameBinding, info.declarationBinding);
  }
  for (const s of a.scopes) for (const v of s.declarations.vars) if (v.initialValueFrom) union(v.binding, v.initialValueFrom);
  // A group is renamed only if every member can be (an Annex B var on the global object keeps
  // its name, so its block function must keep it too).
  const groupRenamable = new Map<Binding, boolean>();
  for (const b of a.bindings) {
    const rep = find(b);
    groupRenamable.set(rep, (groupRenamable.get(rep) ?? true) && renamable(b));
  }
  const out = new Map<Binding, Binding | null>();
  for (const b of a.bindings) out.set(b, groupRenamable.get(find(b)) ? find(b) : null);
  return out;
}

export function renameBindings(source: string, ast: EsNode): RenameResult {
  const a = analyzeScopes(ast);
  if (a.references.some((r) => r.resolution.kind === 'dynamic')) return { kind: 'skipped', reason: 'dynamic' };
  if (a.functions.some((f) => f.hasDirectEval)) return { kind: 'skipped', reason: 'eval' };
  const representative = sharedNames(a);
  // Each identifier gets the new name of its binding, or null to keep its own name; an
  // identifier that both declares one binding and refers to another (`catch (e) { var e = 1 }`)
  // is a conflict unless both get the same name.
  const newName = new Map<EsNode, string | null>();
  let conflict = false;
  const assign = (node: EsNode, b: Binding) => {
    if (node.type !== 'Identifier') return;
    const rep = representative.get(b);
    const name = rep ? `${rep.name}$${rep.id}` : null;
    if (newName.has(node) && newName.get(node) !== name) conflict = true;
    newName.set(node, name);
  };
  for (const b of a.bindings) for (const d of b.declarations) assign(d, b);
  for (const r of a.references) {
    if (r.resolution.kind === 'binding') assign(r.node, r.resolution.binding);
    else if (r.node.type === 'Identifier' && newName.get(r.node)) conflict = true; // declares a local, resolved global
  }
  if (conflict) return { kind: 'skipped', reason: 'one identifier names two bindings' };

  const shorthand = new Set<EsNode>();
  const lexicalDeclarations: EsNode[] = [];
  const forInOfHeads = new Set<EsNode>();
  const walk = (node: EsNode) => {
    if (node.type === 'Property' && node.shorthand) {
      const v = node.value.type === 'AssignmentPattern' ? node.value.left : node.value;
      shorthand.add(v);
    }
    if (node.type === 'VariableDeclaration' && (node.kind === 'let' || node.kind === 'const')) lexicalDeclarations.push(node);
    if (node.type === 'ForInStatement' || node.type === 'ForOfStatement') forInOfHeads.add(node.left);
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'range') continue;
      const v = node[key];
      if (Array.isArray(v)) for (const c of v) c && typeof c.type === 'string' && walk(c);
      else if (v && typeof v === 'object' && typeof v.type === 'string') walk(v);
    }
  };
  walk(ast);

  // Reads whose TDZ check the analysis elided are wrapped in a probe that fails loudly if the
  // binding is in fact uninitialised there (reading it in a closure throws a ReferenceError).
  const probed = new Set<EsNode>();
  for (const r of a.references) {
    const res = r.resolution;
    if (res.kind !== 'binding' || !res.binding.hasTdz || res.needsTdzCheck) continue;
    if (r.kind === 'read' && !r.isDeleteOperand && r.node.type === 'Identifier') probed.add(r.node);
  }
  const edits: { start: number; end: number; text: string }[] = [];
  for (const node of new Set([...newName.keys(), ...probed])) {
    const name = newName.get(node) ?? null;
    if (name === null && !probed.has(node)) continue;
    const id = name ?? node.name;
    const value = probed.has(node) ? `(${TDZ_PROBE}(() => ${id}), ${id})` : id;
    edits.push({ start: node.start, end: node.end, text: shorthand.has(node) ? `${node.name}: ${value}` : value });
  }
  const relaxed = relaxTdz(a, lexicalDeclarations, forInOfHeads, newName, edits);
  // Appended (a hoisted declaration), so that a leading "use strict" stays a directive.
  if (probed.size) edits.push({ start: source.length, end: source.length, text: '\n' + TDZ_PROBE_DEFINITION });
  edits.sort((x, y) => y.start - x.start || y.end - x.end);
  let out = source;
  let last = Infinity;
  for (const e of edits) {
    if (e.end > last) return { kind: 'skipped', reason: 'overlapping edits' };
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    last = e.start;
  }
  return { kind: 'renamed', source: out, renamed: newName.size, relaxedDeclarations: relaxed, probedReads: probed.size };
}

/**
 * The TDZ half of the oracle: a let/const declaration all of whose (renamed, hence unique)
 * bindings need no hole (no reference needs a TDZ check) becomes a `var` initialised explicitly,
 * which has no TDZ at all. If the analysis elided a check that can fail, the original program
 * throws a ReferenceError there (and the test expects it) while the relaxed one does not, so the
 * test fails. Only uncaptured bindings qualify (a var is not per-iteration), and const only
 * without assignments (which must keep throwing TypeError).
 */
function relaxTdz(
  a: ScopeAnalysis,
  declarations: EsNode[],
  forInOfHeads: Set<EsNode>,
  newName: Map<EsNode, string | null>,
  edits: { start: number; end: number; text: string }[],
): number {
  const byIdentifier = new Map<EsNode, Binding>();
  for (const b of a.bindings) for (const d of b.declarations) byIdentifier.set(d, b);
  let relaxed = 0;
  for (const decl of declarations) {
    const ok = decl.declarations.every((d: EsNode) =>
      boundIdentifiers(d.id).every((id) => {
        const b = byIdentifier.get(id);
        return (
          !!b &&
          !!newName.get(id) &&
          !b.needsHoleInit &&
          !b.captured &&
          b.references.every((r) => r.kind === 'init' || r.kind === 'read' || b.kind === 'let')
        );
      }),
    );
    if (!ok) continue;
    edits.push({ start: decl.start, end: decl.start + decl.kind.length, text: 'var' });
    relaxed++;
    if (forInOfHeads.has(decl)) continue;
    for (const d of decl.declarations) if (!d.init && d.id.type === 'Identifier') edits.push({ start: d.id.end, end: d.id.end, text: ' = undefined' });
  }
  return relaxed;
}

export type Outcome = { ok: true } | { ok: false; error: string };

/** Runs a script in a fresh context; the outcome is "completed" or the thrown error's name. */
export function runScript(source: string, timeoutMs = 2000): Outcome {
  const context = vm.createContext({});
  try {
    new vm.Script(source).runInContext(context, { timeout: timeoutMs });
    return { ok: true };
  } catch (e) {
    const err = e as { name?: string; constructor?: { name?: string } };
    return { ok: false, error: String(err?.constructor?.name ?? err?.name ?? typeof e) };
  }
}
