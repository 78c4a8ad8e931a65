// export * / export { default as } / export * as ns.
import { square, cubeAgain, ns } from './lib/reexport.mjs';
console.log(square(5), cubeAgain(3), ns.PI, typeof ns.default);
