// A module that exports and uses its own bindings; import.meta exists.
export const greeting = 'hello';
export function greet(name) { return `${greeting}, ${name}`; }
export class Box { constructor(v) { this.v = v; } }
console.log(greet('module'), new Box(1).v, typeof import.meta, typeof import.meta.url);
