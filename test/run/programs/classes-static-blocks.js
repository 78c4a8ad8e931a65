// Static fields, static methods, static initialisation blocks, static private members.
class Config {
  static #registry = new Map();
  static defaults = { level: 1 };
  static log = [];
  static {
    Config.log.push('block 1');
    this.#registry.set('a', 1);
  }
  static count = Config.log.length;
  static {
    this.log.push('block 2 sees count=' + this.count);
  }
  static lookup(k) { return Config.#registry.get(k); }
}
console.log(Config.log.join(' | '));
console.log(Config.lookup('a'), Config.lookup('b'), Config.defaults.level);
class Sub extends Config { static extra = super.defaults.level + 1; }
console.log(Sub.extra, Sub.lookup('a'));
