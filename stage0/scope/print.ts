// Text dump of a ScopeAnalysis, for tests and debugging: one line per scope (indented by depth)
// and one per binding, then the references in source order.
//
//   function f#1 strict ctx[1]          scope kind, function name, strict, context slots
//     param a @ctx0 captured            binding kind, name, location, flags
//   refs:
//     a@12 read → a hops=1              name@offset kind → resolution
import type { Binding, Location, Reference, Scope, ScopeAnalysis } from './types.ts';

export function printScopes(analysis: ScopeAnalysis): string {
  const lines: string[] = [];
  const visit = (scope: Scope, depth: number): void => {
    const pad = '  '.repeat(depth);
    const flags = [
      scope.strict ? 'strict' : '',
      scope.needsContext ? `ctx[${scope.contextSlots.length}]` : '',
      scope.hasDirectEval ? 'eval' : '',
      scope.sloppyEvalVarTarget ? 'eval-vars' : '',
    ].filter(Boolean);
    const fname = scope.func.scope === scope ? ` ${scope.func.name ?? '(anonymous)'}#${scope.func.id}` : '';
    lines.push(`${pad}${scope.kind}${fname}${flags.length ? ' ' + flags.join(' ') : ''}`);
    for (const b of scope.bindings.values()) lines.push(`${pad}  ${printBinding(b)}`);
    for (const child of scope.children) visit(child, depth + 1);
  };
  visit(analysis.topScope, 0);
  lines.push('refs:');
  const refs = [...analysis.references].sort((a, b) => a.node.start - b.node.start);
  for (const r of refs) lines.push('  ' + printReference(r));
  return lines.join('\n') + '\n';
}

export function printBinding(b: Binding): string {
  const flags = [
    b.captured ? 'captured' : '',
    b.forcedContext ? 'forced' : '',
    b.needsHoleInit ? 'hole' : '',
  ].filter(Boolean);
  return `${b.kind} ${b.name} @${printLocation(b.location)}${flags.length ? ' ' + flags.join(' ') : ''}`;
}

export function printLocation(l: Location): string {
  switch (l.kind) {
    case 'register':
      return `r${l.index}`;
    case 'parameter':
      return `a${l.index}`;
    case 'context':
      return `ctx${l.slot}`;
    case 'script-context':
      return `script${l.slot}`;
    case 'module-cell':
      return `cell${l.index}`;
    case 'module-import':
      return `import${l.index}`;
    default:
      return l.kind;
  }
}

export function printReference(r: Reference): string {
  const res = r.resolution;
  let to: string;
  switch (res.kind) {
    case 'binding':
      to = `${res.binding.name}#${res.binding.id} hops=${res.hops}${res.needsTdzCheck ? ' tdz' : ''}`;
      break;
    case 'dynamic':
      to = `dynamic${res.fallback ? ' (' + res.fallback.name + '#' + res.fallback.id + ')' : ''}`;
      break;
    default:
      to = res.kind;
  }
  return `${r.name}@${r.node.start} ${r.kind} → ${to}`;
}
