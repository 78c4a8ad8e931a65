// Namespace objects as console.log prints them, a binding in its TDZ included.
import "./b.mjs";
import * as self from "./main.mjs";
export let late = "set";
export function early() {}
console.log(self);
console.log(Object.keys(self), String(self[Symbol.toStringTag]));
