// Accessors inherited from prototypes, shadowing by data properties, setters on the chain.
const proto = {
  get area() { return this.w * this.h; },
  set size(v) { this.w = this.h = v; },
};
const r = Object.create(proto);
r.w = 2; r.h = 3;
console.log(r.area, Object.keys(r).join());
r.size = 5;
console.log(r.area, Object.keys(r).join(), 'size' in r, r.hasOwnProperty('size'));
const ro = Object.create(Object.defineProperty({}, 'fixed', { value: 1, writable: false }));
ro.fixed = 2;
console.log(ro.fixed, ro.hasOwnProperty('fixed'));
Object.defineProperty(ro, 'fixed', { value: 3 });
console.log(ro.fixed);
