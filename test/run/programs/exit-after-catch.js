// Errors caught at top level do not change the exit status.
try { null.x; } catch (e) { console.log('caught:', e.message); }
Promise.reject(new Error('handled later')).catch((e) => console.log('handled:', e.message));
