class Base {
  static count = 0;
  #secret = 1;
  field = this.#secret;
  constructor(x) { this.x = x; }
  get value() { return this.#secret; }
  set value(v) { this.#secret = v; }
  #hidden() { return 2; }
  method() { return this.#hidden() + (#secret in this); }
  static { Base.count++; }
  ['computed' + 1]() {}
}
class Derived extends Base {
  constructor() { super(1); super.method(); }
  method() { return super.method() + 1; }
}
class Empty extends Base {}
