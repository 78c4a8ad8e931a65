// The URI functions: encode/decode round trips, reserved characters kept, malformed input as URIError.
const cases = ['', 'abc', 'a b', 'http://x.y/a b?q=1&r=é#frag', '\u{1F600}', 'ü€𝄞', ';/?:@&=+$,#', "-_.!~*'()"];
for (const c of cases) console.log(JSON.stringify([encodeURI(c), encodeURIComponent(c), decodeURI(encodeURI(c)) === c, decodeURIComponent(encodeURIComponent(c)) === c]));
for (const bad of ['%', '%E0%A4%A', '%C0%80', '%ED%A0%80', '%F4%90%80%80', '%FF', '%80', '%41%g1']) {
  try { console.log(decodeURIComponent(bad)); } catch (e) { console.log(bad, e.name, e.message); }
}
for (const bad of ['\uD800', '\uDC00x', 'a\uD800b']) { try { encodeURI(bad); } catch (e) { console.log(e.name, e.message); } }
console.log(decodeURI('%3B%2F%23%41%20%e2%82%ac'), decodeURIComponent('%3B%2F%23%41%20%e2%82%ac'));
console.log(encodeURI.length, decodeURI.name, typeof encodeURIComponent, Object.getOwnPropertyDescriptor(globalThis, 'decodeURI').enumerable);
