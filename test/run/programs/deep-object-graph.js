// A large object graph with cycles that stays reachable while garbage is created.
function makeGraph(n) {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: i, edges: [] }));
  for (let i = 0; i < n; i++) {
    nodes[i].edges.push(nodes[(i * 7 + 1) % n], nodes[(i * 13 + 5) % n]);
  }
  return nodes;
}
const g = makeGraph(1500);
function bfs(start) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const n = queue.shift();
    for (const e of n.edges) if (!seen.has(e)) { seen.add(e); queue.push(e); }
  }
  return seen.size;
}
for (let round = 0; round < 3; round++) {
  let garbage = [];
  for (let i = 0; i < 4000; i++) garbage.push({ round, i });
  console.log('round', round, 'reachable', bfs(g[round]), garbage.length);
}
