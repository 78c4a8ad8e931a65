// Class scope, private names, field initialisers, static blocks, derived constructors.
class Base { m() { return 1; } }
class Derived extends Base {
  #secret = 42;
  field = this.#secret;
  static count = 0;
  static { var local = Derived.count; this.count = local + 1; }
  constructor() {
    const init = () => super();
    init();
  }
  m() { return () => super.m() + this.#secret; }
  static has(o) { return #secret in o; }
}
