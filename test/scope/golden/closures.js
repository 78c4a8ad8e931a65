// Captured bindings go to context slots; hops count the contexts in between.
function counter(start) {
  let count = start;
  const step = 1;
  return {
    next() { count += step; return count; },
    reset: () => { count = start; },
  };
}
for (let i = 0; i < 3; i++) setTimeout(() => print(i));
