// Accessor properties on object literals and via defineProperty.
const o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; },
  get only() { return 'read-only'; },
};
o.v = 5;
console.log(o.v, o._v);
o.only = 'ignored';
console.log(o.only);
const log = [];
const p = {};
Object.defineProperty(p, 'x', { get() { log.push('get'); return 7; }, set(v) { log.push('set ' + v); }, enumerable: true });
p.x = 3;
console.log(p.x + p.x, log.join(','));
console.log(JSON.stringify(p));
'use strict';
const strict = (function () { 'use strict'; try { o.only = 1; return 'no error'; } catch (e) { return e.constructor.name; } })();
console.log(strict);
