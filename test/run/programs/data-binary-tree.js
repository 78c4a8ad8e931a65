// A binary search tree: insertion, traversal, height, lookup.
class Tree {
  constructor() { this.root = null; }
  insert(k) {
    const node = { k, l: null, r: null };
    if (!this.root) { this.root = node; return; }
    let n = this.root;
    for (;;) {
      if (k < n.k) { if (!n.l) { n.l = node; return; } n = n.l; }
      else { if (!n.r) { n.r = node; return; } n = n.r; }
    }
  }
  *inorder(n = this.root) { if (!n) return; yield* this.inorder(n.l); yield n.k; yield* this.inorder(n.r); }
  height(n = this.root) { return n ? 1 + Math.max(this.height(n.l), this.height(n.r)) : 0; }
  has(k) { let n = this.root; while (n) { if (k === n.k) return true; n = k < n.k ? n.l : n.r; } return false; }
}
const t = new Tree();
for (const k of [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]) t.insert(k);
console.log([...t.inorder()].join(), t.height(), t.has(45), t.has(46));
const big = new Tree();
let x = 1;
for (let i = 0; i < 800; i++) { x = (x * 48271) % 2147483647; big.insert(x % 100000); }
const sorted = [...big.inorder()];
console.log(sorted.length, sorted.every((v, i) => i === 0 || sorted[i - 1] <= v), big.height() < 40);
