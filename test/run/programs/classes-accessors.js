// Getters and setters in classes, static accessors, inherited accessors, super property access.
class Temp {
  #c = 0;
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
  get c() { return this.#c; }
  static get unit() { return 'celsius'; }
}
const t = new Temp();
t.f = 212;
console.log(t.c, t.f, Temp.unit);
class Loud extends Temp {
  get f() { return 'F=' + super.f; }
}
const l = new Loud();
l.f = 32;
console.log(l.f, l.c);
const d = Object.getOwnPropertyDescriptor(Temp.prototype, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable);
