// Counting words and characters in a text.
const text = `the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away quickly`;
const words = text.split(/\s+/);
const freq = new Map();
for (const w of words) freq.set(w, (freq.get(w) || 0) + 1);
const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4);
console.log(words.length, top.map(([w, n]) => `${w}=${n}`).join(' '));
const letters = {};
for (const ch of text.replace(/[^a-z]/g, '')) letters[ch] = (letters[ch] ?? 0) + 1;
console.log(Object.keys(letters).sort().join(''), letters.o, letters.e);
console.log(text.indexOf('fox'), text.indexOf('fox', 20), text.search(/d.g/), text.lastIndexOf('the'));
