// The kernel inliner of the Node build (docs/benchmarks.md, "How the interpreter is made fast"):
// a pass over the esbuild bundle that replaces calls of small kernel functions by their bodies and
// folds kernel constants, so that the hot kernel code (the dispatch loop, the ICs, the object model)
// does not depend on V8's inlining budget, which the interpreter's dispatch function used up long
// before its operand fetches and register accesses were inlined; and reads the heap views through
// locals (see "the heap views" below).
//
// It only ever touches the kernel part of the bundle (the modules under runtime/, the Node host
// implementation excepted), whose code follows the kernel subset: top-level functions only, no
// closures, no `this`, integer and float locals. It keeps the semantics of every call it replaces:
//
//   * An inlinable function is a top-level function of the kernel whose body is, after optional
//     `const x = e;` locals, a `return e;`, a chain `if (c) return a; ... return b;`, or (called as a
//     statement only) one expression statement. Its expressions are identifiers, literals, member
//     reads, unary/binary/logical/conditional operators and calls; no assignment except the one
//     statement of a void function.
//   * At a call site every argument is evaluated once, left to right, before the body: a literal or
//     a local of the calling function is substituted as it is (callees cannot change a caller's
//     locals: the kernel has no closures); anything else goes to a fresh temporary of the calling
//     function: `f(a, g(x))` becomes `(t1 = g(x), <body of f with a and t1>)`. Locals of the
//     inlined body become temporaries the same way.
//   * The inlined body names module-level functions and variables; a call is left alone when the
//     calling function declares a local of one of those names (the bundle has one module scope).
//   * Constants: a module-level variable initialised with a number and never assigned anywhere in
//     the bundle, and a field of a constant record (`const R = { a: 1, b: R2.c } as const` that is
//     never written or passed around: only read, as `R.f`, `R[k]`, `Object.entries(R)`), read
//     in kernel code as `R.f`, become the number.
//
// Line structure is kept (inlined text has no line breaks, temporaries are declared on the line of
// the function's `{`), so the source map of esbuild stays right line by line.
import * as acorn from 'acorn';
import MagicString from 'magic-string';

/** Names whose calls are never inlined (keep the call visible in profiles and stack traces). */
const NEVER_INLINE = new Set(['hostFatal']);
/** The largest body (in AST nodes, after expansion of the calls in it) that is inlined. */
const MAX_EXPANDED_NODES = 120;

/** Visits the child nodes of `node`. */
function children(node, visit) {
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') visit(c);
    } else if (v && typeof v.type === 'string') {
      visit(v);
    }
  }
}

/**
 * Inlines and folds in the kernel part of `code` (an esbuild bundle). Returns the new code and
 * counts of what was done.
 */
export function inlineKernel(code) {
  const fileMarks = [];
  const ast = acorn.parse(code, {
    ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true,
    onComment: (block, text, start) => {
      if (!block && /^ [\w./-]+\.(ts|js|mjs)$/.test(text)) fileMarks.push({ start, file: text.slice(1) });
    },
  });
  const fileAt = (pos) => {
    let lo = 0, hi = fileMarks.length - 1, found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fileMarks[mid].start <= pos) {
        found = fileMarks[mid].file;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const isKernel = (pos) => {
    const f = fileAt(pos);
    return f.startsWith('runtime/') && !f.startsWith('runtime/host/node');
  };

  // ---- module-level bindings, assignments, references -------------------------------------------
  const topFunctions = new Map();
  const topVars = new Map();
  for (const s of ast.body) {
    if (s.type === 'FunctionDeclaration' && s.id) topFunctions.set(s.id.name, s);
    if (s.type === 'VariableDeclaration') for (const d of s.declarations) if (d.id.type === 'Identifier') topVars.set(d.id.name, d.init);
  }
  const assigned = new Set();
  // Record names used other than as `R.field` reads (then the record is not folded).
  const escaped = new Set();
  (function walk(node, parent) {
    if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression' || (node.type === 'UnaryExpression' && node.operator === 'delete')) {
      const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
      if (target.type === 'Identifier') assigned.add(target.name);
      if (target.type === 'MemberExpression' && target.object.type === 'Identifier') escaped.add(target.object.name);
    }
    if (node.type === 'Identifier' && parent) {
      const asObject = parent.type === 'MemberExpression' && parent.object === node;
      const asKey = (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand);
      const declarator = parent.type === 'VariableDeclarator' && parent.id === node;
      // esbuild's namespace objects read the binding through a getter: `__export(ns, { R: () => R })`.
      const getter = parent.type === 'ArrowFunctionExpression' && parent.body === node;
      // Reading the entries: Object.entries(R), Object.keys(R), Object.values(R).
      const listed = parent.type === 'CallExpression' && parent.arguments.includes(node) && parent.callee.type === 'MemberExpression' &&
        parent.callee.object.type === 'Identifier' && parent.callee.object.name === 'Object' &&
        ['entries', 'keys', 'values'].includes(parent.callee.property.name);
      if (!asObject && !asKey && !declarator && !getter && !listed) escaped.add(node.name);
    }
    children(node, (c) => walk(c, node));
  })(ast, null);

  // Numeric constants and constant records.
  const numbers = new Map();
  const records = new Map();
  const numberOf = (e) => {
    if (!e) return undefined;
    if (e.type === 'Literal' && typeof e.value === 'number') return e.value;
    if (e.type === 'UnaryExpression' && e.operator === '-') {
      const v = numberOf(e.argument);
      return v === undefined ? undefined : -v;
    }
    if (e.type === 'Identifier' && numbers.has(e.name)) return numbers.get(e.name);
    if (e.type === 'MemberExpression' && !e.computed && e.object.type === 'Identifier' && records.has(e.object.name)) {
      return records.get(e.object.name).get(e.property.name);
    }
    return undefined;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, init] of topVars) {
      if (assigned.has(name) || !init || !isKernel(init.start)) continue;
      if (!numbers.has(name)) {
        const v = numberOf(init);
        if (v !== undefined) {
          numbers.set(name, v);
          changed = true;
        }
      }
      if (!records.has(name) && init.type === 'ObjectExpression' && !escaped.has(name)) {
        const fields = new Map();
        let ok = true;
        for (const p of init.properties) {
          const v = p.type === 'Property' && !p.computed && p.kind === 'init' ? numberOf(p.value) : undefined;
          const key = p.key && (p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined);
          if (v === undefined || key === undefined) {
            ok = false;
            break;
          }
          fields.set(key, v);
        }
        if (ok) {
          records.set(name, fields);
          changed = true;
        }
      }
    }
  }
  const numberText = (v) => (Object.is(v, -0) ? '(-0)' : v < 0 ? `(${String(v)})` : String(v));

  // ---- inlinable functions ----------------------------------------------------------------------
  const EXPR_TYPES = new Set([
    'Identifier', 'Literal', 'MemberExpression', 'BinaryExpression', 'LogicalExpression', 'UnaryExpression',
    'ConditionalExpression', 'CallExpression',
  ]);
  const pureShape = (e, allowAssign) => {
    let ok = true;
    (function check(n, top) {
      if (!ok) return;
      if (n.type === 'AssignmentExpression' && top && allowAssign && n.operator === '=' && n.left.type === 'MemberExpression') {
        check(n.left.object, false);
        if (n.left.computed) check(n.left.property, false);
        check(n.right, false);
        return;
      }
      if (!EXPR_TYPES.has(n.type) || (n.type === 'UnaryExpression' && n.operator === 'delete') || n.optional) {
        ok = false;
        return;
      }
      if (n.type === 'Literal' && n.regex) ok = false;
      if (n.type === 'CallExpression' && n.callee.type !== 'Identifier' &&
          !(n.callee.type === 'MemberExpression' && n.callee.object.type === 'Identifier' && n.callee.object.name === 'Math')) ok = false;
      if (n.type === 'MemberExpression') {
        check(n.object, false);
        if (n.computed) check(n.property, false);
        return;
      }
      if (n.type === 'CallExpression') {
        if (n.callee.type === 'Identifier') check(n.callee, false);
        for (const a of n.arguments) check(a, false);
        return;
      }
      children(n, (c) => check(c, false));
    })(e, true);
    return ok;
  };
  /** The inline form of a function: { params, locals: [[name, init]], expr, statement }, or null. */
  const shapes = new Map();
  const shapeOf = (fn) => {
    if (fn.async || fn.generator || !isKernel(fn.start) || NEVER_INLINE.has(fn.id.name)) return null;
    if (!fn.params.every((p) => p.type === 'Identifier')) return null;
    const body = fn.body.body;
    let i = 0;
    const locals = [];
    while (i < body.length && body[i].type === 'VariableDeclaration' && body[i].kind !== 'var' && body[i].declarations.length === 1) {
      const d = body[i].declarations[0];
      if (d.id.type !== 'Identifier' || !d.init || !pureShape(d.init, false)) return null;
      locals.push([d.id.name, d.init]);
      i++;
    }
    const rest = body.slice(i);
    const single = (s) => (s.type === 'BlockStatement' && s.body.length === 1 ? s.body[0] : s);
    if (rest.length === 1 && rest[0].type === 'ExpressionStatement' && locals.length === 0) {
      const e = rest[0].expression;
      if (!pureShape(e, true)) return null;
      return { params: fn.params.map((p) => p.name), locals, expr: e, statement: true };
    }
    // if (c) return a; ... [else return b | return b]
    const arms = [];
    let last = null;
    for (let k = 0; k < rest.length; k++) {
      const s = rest[k];
      if (s.type === 'ReturnStatement' && k === rest.length - 1 && s.argument) {
        last = s.argument;
      } else if (s.type === 'IfStatement' && single(s.consequent).type === 'ReturnStatement' && single(s.consequent).argument) {
        arms.push([s.test, single(s.consequent).argument]);
        if (s.alternate) {
          const alt = single(s.alternate);
          if (k !== rest.length - 1 || alt.type !== 'ReturnStatement' || !alt.argument) return null;
          last = alt.argument;
        }
      } else {
        return null;
      }
    }
    if (!last) return null;
    for (const [t, a] of arms) if (!pureShape(t, false) || !pureShape(a, false)) return null;
    if (!pureShape(last, false)) return null;
    let expr = last;
    for (let k = arms.length - 1; k >= 0; k--) expr = { type: 'ConditionalExpression', test: arms[k][0], consequent: arms[k][1], alternate: expr };
    return { params: fn.params.map((p) => p.name), locals, expr, statement: false };
  };
  for (const [name, fn] of topFunctions) {
    const s = shapeOf(fn);
    if (s) shapes.set(name, s);
  }
  // Free names of each shape (module-level names it reads or calls), and recursion / size limits.
  const freeNames = (s) => {
    const bound = new Set([...s.params, ...s.locals.map(([n]) => n)]);
    const out = new Set();
    const visit = (n, parent) => {
      if (n.type === 'Identifier') {
        const key = parent && parent.type === 'MemberExpression' && parent.property === n && !parent.computed;
        if (!key && !bound.has(n.name)) out.add(n.name);
        return;
      }
      children(n, (c) => visit(c, n));
    };
    for (const [, init] of s.locals) visit(init, null);
    visit(s.expr, null);
    return out;
  };
  for (const s of shapes.values()) s.free = freeNames(s);
  // Transitive free names and expanded size; drop recursive shapes and ones that grow too big.
  const state = new Map();
  const resolve = (name) => {
    const s = shapes.get(name);
    if (!s) return null;
    if (state.get(name) === 'done') return s;
    if (state.get(name) === 'busy') return null; // recursion
    state.set(name, 'busy');
    let size = 0;
    const all = new Set(s.free);
    const count = (n) => {
      size++;
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier') {
        const inner = shapes.has(n.callee.name) && !n.callee.name.startsWith('__') ? resolve(n.callee.name) : null;
        if (inner && !inner.statement) {
          size += inner.size;
          for (const f of inner.allFree) all.add(f);
        }
      }
      children(n, count);
    };
    for (const [, init] of s.locals) count(init);
    count(s.expr);
    state.set(name, 'done');
    if (size > MAX_EXPANDED_NODES) {
      shapes.delete(name);
      return null;
    }
    s.size = size;
    s.allFree = all;
    return s;
  };
  for (const name of [...shapes.keys()]) resolve(name);
  for (const name of [...shapes.keys()]) if (state.get(name) !== 'done') shapes.delete(name);

  // ---- the heap views ------------------------------------------------------------------------------
  // The four views are module-level variables of the Node host (runtime/host/node.ts); a read of
  // one is a context-slot load and a map check before the element access. They are replaced only
  // when the heap is reserved (memoryInit, at heap set-up), never while kernel code runs, so a
  // kernel function that cannot reach the reservation reads them once, into locals.
  const views = new Set();
  for (const [name, init] of topVars) {
    if (fileAt(init ? init.start : 0).startsWith('runtime/host/node') && init && init.type === 'NewExpression' &&
        init.callee.type === 'Identifier' && /^(Uint8|Uint16|Int32|Float64)Array$/.test(init.callee.name)) views.add(name);
  }
  const calls = new Map();
  for (const [name, fn] of topFunctions) {
    const set = new Set();
    (function scan(n) {
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier') set.add(n.callee.name);
      children(n, scan);
    })(fn.body);
    calls.set(name, set);
  }
  const reserving = new Set();
  for (const [name, fn] of topFunctions) {
    if (!fileAt(fn.start).startsWith('runtime/host/node')) continue;
    let assigns = false;
    (function scan(n) {
      if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier' && views.has(n.left.name)) assigns = true;
      children(n, scan);
    })(fn.body);
    if (assigns) reserving.add(name);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, set] of calls) {
      if (reserving.has(name)) continue;
      for (const c of set) {
        if (reserving.has(c)) {
          reserving.add(name);
          grew = true;
          break;
        }
      }
    }
  }

  // ---- rewriting the kernel functions ------------------------------------------------------------
  const out = new MagicString(code);
  const stats = { inlined: 0, folded: 0, functions: 0, views: 0 };

  for (const fn of ast.body) {
    if (fn.type !== 'FunctionDeclaration' || !isKernel(fn.start) || fn.async || fn.generator) continue;
    // Names declared in the function (params, locals): they shadow module-level names.
    const declared = new Set();
    const collect = (n) => {
      if (n.type === 'Identifier') declared.add(n.name);
      else if (n.type === 'VariableDeclarator') collect(n.id);
      else if (n.type === 'ObjectPattern') for (const p of n.properties) collect(p.type === 'RestElement' ? p.argument : p.value);
      else if (n.type === 'ArrayPattern') for (const e of n.elements) e && collect(e);
      else if (n.type === 'AssignmentPattern') collect(n.left);
      else if (n.type === 'RestElement') collect(n.argument);
    };
    let nested = false;
    for (const p of fn.params) collect(p);
    (function scan(n) {
      if (n.type === 'VariableDeclarator') collect(n.id);
      if (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration' ||
          n.type === 'ClassExpression' || n.type === 'ClassDeclaration' || n.type === 'ThisExpression' ||
          (n.type === 'CatchClause' && n.param)) nested = true;
      children(n, scan);
    })(fn.body);
    if (nested) continue; // not kernel-shaped: leave it alone
    const temps = [];
    // Views read through locals (see above) unless the function may re-reserve the heap.
    const localViews = !reserving.has(fn.id.name);
    const usedViews = new Set();
    const viewName = (name) => {
      if (!localViews || !views.has(name) || isLocal(name)) return null;
      usedViews.add(name);
      return `__${name}`;
    };
    let tempCount = 0;
    const newTemp = () => {
      let t = `__k${tempCount++}`;
      while (declared.has(t)) t = `__k${tempCount++}`;
      temps.push(t);
      declared.add(t);
      return t;
    };
    const isLocal = (name) => declared.has(name);
    const canInline = (name) => {
      const s = shapes.get(name);
      if (!s || isLocal(name)) return null;
      for (const f of s.allFree) if (isLocal(f)) return null;
      return s;
    };
    let changed = false;

    /**
     * Prints expression `n` with `env` mapping the names of an inlined body to their text (null
     * at the call site's own level). Calls of inlinable functions are expanded; constants folded.
     */
    const print = (n, env) => {
      switch (n.type) {
        case 'Identifier': {
          if (env && env.has(n.name)) return env.get(n.name);
          const view = viewName(n.name);
          if (view) return view;
          if (!isLocal(n.name) && numbers.has(n.name)) {
            stats.folded++;
            return numberText(numbers.get(n.name));
          }
          return n.name;
        }
        case 'Literal':
          return n.raw;
        case 'MemberExpression': {
          if (!n.computed && n.object.type === 'Identifier' && !(env && env.has(n.object.name)) && !isLocal(n.object.name) &&
              records.has(n.object.name) && records.get(n.object.name).has(n.property.name)) {
            stats.folded++;
            return numberText(records.get(n.object.name).get(n.property.name));
          }
          const o = print(n.object, env);
          return n.computed ? `${o}[${print(n.property, env)}]` : `${o}.${n.property.name}`;
        }
        case 'BinaryExpression':
        case 'LogicalExpression':
          return `(${print(n.left, env)} ${n.operator} ${print(n.right, env)})`;
        case 'UnaryExpression':
          return /^[a-z]/.test(n.operator) ? `(${n.operator} ${print(n.argument, env)})` : `(${n.operator}${print(n.argument, env)})`;
        case 'ConditionalExpression':
          return `(${print(n.test, env)} ? ${print(n.consequent, env)} : ${print(n.alternate, env)})`;
        case 'AssignmentExpression':
          if (env) return `${print(n.left, env)} ${n.operator} ${print(n.right, env)}`;
          break;
        case 'CallExpression': {
          if (n.callee.type === 'Identifier' && !(env && env.has(n.callee.name))) {
            const s = canInline(n.callee.name);
            if (s && !s.statement) return expand(s, n.arguments, env);
          }
          if (n.callee.type === 'Identifier' || (n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'Identifier')) {
            return `${print(n.callee, env)}(${n.arguments.map((a) => print(a, env)).join(', ')})`;
          }
          break;
        }
        default:
          break;
      }
      if (env) throw new Error(`inline-kernel: unexpected ${n.type} in an inlined body`);
      return code.slice(n.start, n.end).replace(/\s*\n\s*/g, ' ');
    };
    /** A simple argument: a literal or a local of the calling function (unchanged by callees). */
    const simpleText = (a, env) => {
      if (a.type === 'Literal' && typeof a.value === 'number') return a.raw;
      if (a.type === 'UnaryExpression' && a.operator === '-' && a.argument.type === 'Literal' && typeof a.argument.value === 'number') return `(-${a.argument.raw})`;
      if (a.type === 'Identifier') {
        if (env && env.has(a.name)) return env.get(a.name); // already a temporary, a local or a literal
        if (isLocal(a.name)) return a.name;
        if (numbers.has(a.name)) return numberText(numbers.get(a.name));
      }
      if (a.type === 'MemberExpression' && !a.computed && a.object.type === 'Identifier' && !(env && env.has(a.object.name)) &&
          !isLocal(a.object.name) && records.has(a.object.name) && records.get(a.object.name).has(a.property.name)) {
        return numberText(records.get(a.object.name).get(a.property.name));
      }
      return null;
    };
    const expand = (s, args, env) => {
      stats.inlined++;
      // An argument that assigns a local: every argument goes through a temporary (evaluation order).
      const writes = !env && args.some((a) => {
        let w = false;
        (function find(n) {
          if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression') w = true;
          else children(n, find);
        })(a);
        return w;
      });
      const inner = new Map();
      const seq = [];
      s.params.forEach((p, i) => {
        const a = args[i];
        if (!a) {
          inner.set(p, 'void 0');
          return;
        }
        const simple = writes ? null : simpleText(a, env);
        if (simple !== null) {
          inner.set(p, simple);
          return;
        }
        const t = newTemp();
        seq.push(`${t} = ${print(a, env)}`);
        inner.set(p, t);
      });
      // Extra arguments are still evaluated.
      for (let i = s.params.length; i < args.length; i++) seq.push(print(args[i], env));
      for (const [name, init] of s.locals) {
        const simple = simpleText(init, inner);
        if (simple !== null) {
          inner.set(name, simple);
          continue;
        }
        const t = newTemp();
        seq.push(`${t} = ${print(init, inner)}`);
        inner.set(name, t);
      }
      const body = print(s.expr, inner);
      return seq.length === 0 ? `(${body})` : `(${seq.join(', ')}, ${body})`;
    };

    /** The line breaks of the replaced text, kept after the replacement (line numbers stay). */
    const keepLines = (n) => '\n'.repeat((code.slice(n.start, n.end).match(/\n/g) ?? []).length);
    // Walk the body: expand inlinable calls, fold constants, leave the rest.
    const rewrite = (n, parent) => {
      if (n.type === 'ExpressionStatement' && n.expression.type === 'CallExpression' && n.expression.callee.type === 'Identifier') {
        const s = canInline(n.expression.callee.name);
        if (s && s.statement) {
          out.overwrite(n.start, n.end, `${expand(s, n.expression.arguments, null)};${keepLines(n)}`);
          changed = true;
          return;
        }
      }
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier') {
        const s = canInline(n.callee.name);
        if (s && !s.statement) {
          out.overwrite(n.start, n.end, expand(s, n.arguments, null) + keepLines(n));
          changed = true;
          return;
        }
      }
      if (n.type === 'MemberExpression') {
        if (!n.computed && n.object.type === 'Identifier' && !isLocal(n.object.name) && records.has(n.object.name) &&
            records.get(n.object.name).has(n.property.name)) {
          out.overwrite(n.start, n.end, numberText(records.get(n.object.name).get(n.property.name)));
          stats.folded++;
          changed = true;
          return;
        }
        rewrite(n.object, n);
        if (n.computed) rewrite(n.property, n);
        return;
      }
      if (n.type === 'Identifier') {
        const declaration = parent && ((parent.type === 'VariableDeclarator' && parent.id === n) ||
          ((parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') && parent.label === n) ||
          (parent.type === 'Property' && (parent.key === n || parent.shorthand)) ||
          (parent.type === 'AssignmentExpression' && parent.left === n) || (parent.type === 'UpdateExpression'));
        if (!declaration && !isLocal(n.name) && numbers.has(n.name)) {
          out.overwrite(n.start, n.end, numberText(numbers.get(n.name)));
          stats.folded++;
          changed = true;
        }
        const view = declaration ? null : viewName(n.name);
        if (view) {
          out.overwrite(n.start, n.end, view);
          changed = true;
        }
        return;
      }
      children(n, (c) => rewrite(c, n));
    };
    rewrite(fn.body, fn);
    const preamble = [...usedViews].map((v) => `__${v} = ${v}`).concat(temps);
    if (preamble.length > 0) out.appendLeft(fn.body.start + 1, ` var ${preamble.join(', ')};`);
    stats.views += usedViews.size > 0 ? 1 : 0;
    if (changed) stats.functions++;
  }
  return { code: out.toString(), stats };
}
