// Method calls through the prototype: `this.m()` loads from a prototype holder at monomorphic and
// polymorphic sites (three classes), 1,500,000 calls.
function Shape(n) { this.n = n; }
Shape.prototype.size = function () { return this.n; };
Shape.prototype.twice = function () { return this.size() * 2; };
function Square(n) { this.n = n; }
Square.prototype = Object.create(Shape.prototype);
Square.prototype.size = function () { return this.n * this.n; };
function Line(n) { this.n = n; }
Line.prototype = Object.create(Shape.prototype);
var shapes = [];
for (var i = 0; i < 30; i++) shapes.push(i % 3 === 0 ? new Shape(i) : i % 3 === 1 ? new Square(i) : new Line(i));
function run(rounds) {
  var s = 0;
  for (var r = 0; r < rounds; r++) {
    for (var j = 0; j < shapes.length; j++) s = (s + shapes[j].twice()) | 0;
  }
  return s;
}
print(run(25000));
