// setTimeout passes extra arguments; timers keep the program alive until they run.
setTimeout((a, b) => console.log('args', a, b), 5, 'x', 'y');
const start = Date.now();
setTimeout(() => console.log('waited at least 20ms:', Date.now() - start >= 19), 20);
console.log('scheduled');
