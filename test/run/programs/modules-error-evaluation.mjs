// A dependency throws during evaluation: the error is uncaught, later modules never run.
import './lib/throws.mjs';
console.log('never printed');
