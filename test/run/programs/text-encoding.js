// TextEncoder / TextDecoder (UTF-8): encode, encodeInto, BOM handling, replacement characters, fatal mode, streaming.
const e = new TextEncoder();
const b = e.encode('héllo €𝄞 \ud800x');
console.log(b, e.encoding, Object.prototype.toString.call(e));
const d = new TextDecoder();
console.log(d.decode(b), d.encoding, d.fatal, d.ignoreBOM);
console.log(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xe2, 0x82])));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (err) { console.log(err.constructor.name); }
const s = new TextDecoder(); console.log(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + s.decode(new Uint8Array([0xac])));
const dst = new Uint8Array(5); console.log(e.encodeInto('a€b', dst), dst);
console.log(new TextDecoder().decode(new Uint16Array([0x4241]).buffer), new TextDecoder().decode());
