// A syntax error is reported before anything runs.
console.log('never printed');
let x = 1;
let y = ;
