// Classes: constructors, methods, inheritance, super calls, toString of instances.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
class Point3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
  toString() { return super.toString() + '+' + this.z; }
}
const p = new Point(1, 2).add(new Point(3, 4));
console.log(String(p), `${new Point3(1, 2, 3)}`);
console.log(typeof Point, Object.getPrototypeOf(Point3) === Point);
console.log(new Point3(0, 0, 0) instanceof Point);
try { Point(); } catch (e) { console.log(e.constructor.name, e.message); }
class Empty {}
console.log(typeof new Empty(), Empty.name);
