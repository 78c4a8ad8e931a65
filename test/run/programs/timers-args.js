// setTimeout passes extra arguments; timers keep the program alive until they run.
const start = Date.now(); // before the first setTimeout: timers count from the loop's cached clock
setTimeout((a, b) => console.log('args', a, b), 5, 'x', 'y');
setTimeout(() => console.log('waited at least 20ms:', Date.now() - start >= 19), 20);
console.log('scheduled');
