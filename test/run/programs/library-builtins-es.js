// Built-ins of the self-hosted library against Node: Annex B string and Object.prototype methods,
// String.prototype.normalize beyond Latin, arrays with a read-only length, concat's species,
// the immutable Object.prototype, private fields hidden from reflection.
'use strict';

console.log('x'.anchor('a"b'), 'y'.bold(), 'z'.link('u'), 'w'.fontsize(3), String.prototype.trimLeft === String.prototype.trimStart);

const o = {};
o.__defineGetter__('g', () => 42);
o.__defineSetter__('s', function (v) { this.seen = v; });
o.s = 'set';
console.log(o.g, o.seen, typeof o.__lookupGetter__('g'), o.__lookupSetter__('g'), typeof Object.prototype.__lookupSetter__.call(o, 's'));

for (const s of ['\u1e9b\u0323', '\uac00\u11a8', 'e\u0301\u0327', '\u212b', '\ufb01', '\u0958', 'Å\u0328']) {
  console.log(JSON.stringify(s), ['NFC', 'NFD', 'NFKC', 'NFKD'].map((f) => escape(s.normalize(f))).join(' '));
}

const ro = [1, 2, 3];
Object.defineProperty(ro, 'length', { writable: false });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(ro, 'length')));
for (const f of [() => { ro.length = 0; }, () => ro.push(4), () => { ro[5] = 1; }, () => ro.pop()]) {
  try {
    f();
    console.log('no error', ro);
  } catch (e) {
    console.log(e.constructor.name);
  }
}
ro[0] = 'changed';
console.log(ro, ro.length);

const frozen = Object.freeze([1, 2]);
console.log(Object.isFrozen(frozen), JSON.stringify(Object.getOwnPropertyDescriptor(frozen, 'length')));
try {
  frozen.push();
} catch (e) {
  console.log(e.message);
}

const shortened = [1, 2, 3, 4];
Object.defineProperty(shortened, 'length', { value: 2, writable: false });
console.log(shortened, shortened.length, 2 in shortened);
try {
  Object.defineProperty([], 'length', { value: -1, configurable: true });
} catch (e) {
  console.log(e.constructor.name, e.message);
}

class Tagged extends Array {}
const t = Tagged.from([1, 2]).concat([3], 4);
console.log(t instanceof Tagged, t.length, t.join());
const sp = [1];
sp.constructor = { [Symbol.species]: function (n) { this.made = n; } };
console.log(JSON.stringify(sp.concat(2)));

const redefined = [];
Object.defineProperty(redefined, '0', { value: undefined });
Object.defineProperty(redefined, '0', { value: undefined });
const idx = {};
Object.defineProperty(idx, '0', { value: 1, writable: true, enumerable: false, configurable: true });
Object.defineProperty(idx, '0', { enumerable: true });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(redefined, '0')), JSON.stringify(Object.getOwnPropertyDescriptor(idx, '0')));

try {
  Object.setPrototypeOf(Object.prototype, {});
} catch (e) {
  console.log(e.message);
}
console.log(Reflect.setPrototypeOf(Object.prototype, null));

class Secret {
  #hidden = 1;
  static read(o) { return o.#hidden; }
  static write(o, v) { o.#hidden = v; }
}
const secret = Object.freeze(new Secret());
Secret.write(secret, 2);
console.log(Object.getOwnPropertySymbols(secret).length, Reflect.ownKeys(secret).length, Secret.read(secret), Object.isFrozen(secret));

Object.defineProperty(Array.prototype, '0', { get() { return 'inherited'; }, set(v) { throw new Error('setter called with ' + v); }, configurable: true });
const mapped = [5].map((x) => x * 2);
const d = Object.getOwnPropertyDescriptor(mapped, '0');
const filtered = [3, 4].filter(() => true);
const sorted = [2, 1].toSorted();
delete Array.prototype[0];
console.log(d.value, d.writable, d.enumerable, d.configurable, filtered.length, sorted[0]);
