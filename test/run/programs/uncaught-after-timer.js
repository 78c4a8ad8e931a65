// An exception in a timer callback is uncaught; pending timers do not run afterwards.
setTimeout(() => { console.log('first timer'); throw new RangeError('from a timer'); }, 0);
setTimeout(() => console.log('second timer'), 5);
console.log('scheduled');
