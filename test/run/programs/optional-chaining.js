// Optional chaining: member, call, computed, short-circuiting, with delete.
const o = { a: { b: { c: 1 } }, f() { return this.a.b.c; }, arr: [10, 20] };
const n = null;
console.log(o?.a?.b?.c, n?.a, n?.a.b.c.d, o.x?.y, o.arr?.[1], n?.[0]);
console.log(o.f?.(), o.g?.(), n?.f(), o?.['a']?.['b']);
let count = 0;
const inc = () => ++count;
n?.[inc()];
console.log('count', count);
console.log(delete o?.a?.b, o.a.b, delete n?.x);
const fnObj = { method() { return this === fnObj; } };
console.log(fnObj?.method(), (fnObj?.method)());
try { o.missing.deep; } catch (e) { console.log(e.message); }
try { o.notFn?.x(); console.log('short'); } catch (e) { console.log('threw'); }
