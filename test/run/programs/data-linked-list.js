// A linked list class with iteration, reversal and toString.
class Node { constructor(value, next = null) { this.value = value; this.next = next; } }
class List {
  constructor(...xs) { this.head = null; this.size = 0; for (const x of xs.reverse()) this.prepend(x); }
  prepend(v) { this.head = new Node(v, this.head); this.size++; return this; }
  *[Symbol.iterator]() { for (let n = this.head; n; n = n.next) yield n.value; }
  reverse() { let prev = null, cur = this.head; while (cur) { const nx = cur.next; cur.next = prev; prev = cur; cur = nx; } this.head = prev; return this; }
  toString() { return '(' + [...this].join(' -> ') + ')'; }
}
const l = new List(1, 2, 3, 4);
console.log(String(l), l.size);
console.log(`${l.reverse()}`);
let big = new List();
for (let i = 0; i < 3000; i++) big.prepend(i);
let sum = 0;
for (const v of big) sum += v;
console.log(sum, big.size);
