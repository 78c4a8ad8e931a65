import * as main from "./main.mjs";
import * as math from "../lib/math.mjs";
console.log(main);
try { main.late; } catch (e) { console.log(e.name + ": " + e.message); }
console.log(math);
export const fromB = 1;
