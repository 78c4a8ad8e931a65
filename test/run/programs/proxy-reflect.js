// Proxy traps, invariants, revocation, callable proxies and Reflect (docs/exotic-objects.md).
const log = [];
const target = { a: 1, b: 2 };
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf']) {
  handler[trap] = function (...args) {
    log.push(trap + ':' + (typeof args[1] === 'symbol' ? args[1].toString() : String(args[1])));
    return Reflect[trap](...args);
  };
}
const p = new Proxy(target, handler);
p.a;
p.c = 3;
'b' in p;
delete p.b;
Object.keys(p);
Object.getPrototypeOf(p);
console.log(log.join(' '));
console.log(JSON.stringify(p), { ...p }, target);
for (const k in p) console.log('for-in', k);

// Invariants: a non-configurable, non-writable property must report its value.
const frozen = Object.freeze({ x: 1 });
const liar = new Proxy(frozen, { get: () => 2 });
try {
  liar.x;
} catch (e) {
  console.log(e.constructor.name);
}

// Revocation.
const { proxy, revoke } = Proxy.revocable({}, {});
proxy.ok = true;
revoke();
try {
  proxy.ok;
} catch (e) {
  console.log('revoked:', e instanceof TypeError);
}

// Callable and constructable proxies.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const P = new Proxy(Point, {
  construct(t, args, nt) {
    return Reflect.construct(t, args.map((v) => v * 10), nt);
  },
  apply(t, thisArg, args) {
    return 'called with ' + args.length;
  },
});
console.log(new P(1, 2), P(1, 2, 3), typeof P, new P(0, 0) instanceof Point);
console.log(Array.isArray(new Proxy([], {})), Object.prototype.toString.call(new Proxy([], {})));

// A proxy as a prototype.
const base = new Proxy({}, { get: (t, k, r) => (typeof k === 'string' ? 'inherited ' + k : undefined) });
const child = Object.create(base);
child.own = 1;
console.log(child.own, child.missing);

// Reflect.
const o = {};
console.log(Reflect.defineProperty(o, 'k', { value: 1 }), Reflect.set(o, 'k', 2), o.k);
console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 0, [Symbol.for('s')]: 3 }));
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.construct(Date, [0]) instanceof Date);
class A {}
class B {}
console.log(Object.getPrototypeOf(Reflect.construct(A, [], B)) === B.prototype);
console.log(Reflect.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').set, Reflect.has([], 'length'));
const sealed = Object.preventExtensions({});
console.log(Reflect.isExtensible(sealed), Reflect.setPrototypeOf(sealed, null), Reflect.deleteProperty(Object.freeze({ z: 1 }), 'z'));
