import { parseRegExp } from '../../stage0/parse/regexp.ts';
const pats: string[] = [];
for (let c = 0x20; c < 0x7f; c++) { const ch = String.fromCharCode(c); pats.push('\\' + ch, '\\c' + ch, '[\\c' + ch + ']', '\\x' + ch + 'A', '\\u00' + ch + 'A', '[\\' + ch + ']'); }
for (const a of '01234567') for (const b of '0123456789') { pats.push('\\' + a + b, '\\' + a + b + '7', '[\\' + a + b + '1]'); }
pats.push('\\u{41}', '\\ud83d\\ude00', '[\\ud83d\\ude00]', '\\u{1F600}');
let bad = 0, checked = 0;
for (const f of ['', 'u']) for (const p of pats) {
  let ast; try { ast = parseRegExp(p, f, true); } catch { continue; }
  const terms = ast.body.alternatives[0]?.terms ?? [];
  let s = '';
  let ok = true;
  for (const t of terms) {
    if (t.type === 'Character') s += String.fromCodePoint(t.value);
    else if (t.type === 'CharacterClass' && !t.negate && t.elements.every((e) => e.type === 'Character')) { /* each element must match */ 
      for (const e of t.elements) { if (e.type === 'Character' && !new RegExp('^' + p + '$', f).test(String.fromCodePoint(e.value))) { console.log('class elem mismatch', p, f, e.value); bad++; } }
      ok = false;
    } else if (t.type === 'Quantifier' && t.body.type === 'Character') { s += String.fromCodePoint(t.body.value).repeat(t.min); }
    else ok = false;
  }
  if (!ok) continue;
  checked++;
  if (!new RegExp('^(?:' + p + ')$', f).test(s)) { console.log('mismatch', JSON.stringify(p), f, JSON.stringify(s)); bad++; }
}
console.log('checked', checked, 'bad', bad);
