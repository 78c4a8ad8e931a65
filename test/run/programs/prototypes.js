// Prototype chains, Object.create, constructor functions, instanceof, getPrototypeOf.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + ' barks'; };
const d = new Dog('Rex');
console.log(d.speak(), Animal.prototype.speak.call(d));
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log(Object.getPrototypeOf(d) === Dog.prototype);
const base = { greet() { return 'hi from ' + this.who; } };
const child = Object.create(base, { who: { value: 'child', enumerable: true } });
console.log(child.greet(), Object.keys(child).join());
const bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), 'toString' in bare);
Object.setPrototypeOf(bare, base);
bare.who = 'bare';
console.log(bare.greet());
console.log(Animal.prototype.isPrototypeOf(d), Object.prototype.hasOwnProperty.call(d, 'name'));
