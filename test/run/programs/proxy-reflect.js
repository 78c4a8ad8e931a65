// Proxy traps and Reflect.
const log = [];
const target = { a: 1 };
const p = new Proxy(target, {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push('set ' + k); return Reflect.set(t, k, v * 2, r); },
  has(t, k) { log.push('has ' + k); return k === 'virtual' || k in t; },
  deleteProperty(t, k) { log.push('delete ' + k); return delete t[k]; },
  ownKeys(t) { return [...Reflect.ownKeys(t), 'extra'].filter((k) => k in t); },
});
p.b = 5;
console.log(p.a, p.b, 'virtual' in p, delete p.a, Object.keys(p).join());
console.log(log.join(', '));
const fnProxy = new Proxy(function (x) { return x + 1; }, { apply(t, thisArg, args) { return t(...args) * 10; } });
console.log(fnProxy(1));
console.log(Reflect.has({ x: 1 }, 'x'), Reflect.ownKeys({ b: 1, a: 2 }).join(), Reflect.getPrototypeOf([]) === Array.prototype);
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.construct(Date, [0]).getTime());
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { proxy.x; } catch (e) { console.log(e.name); }
