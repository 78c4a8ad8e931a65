// The regular-expression VM: a backtracking interpreter of regex bytecode (docs/regexp.md).
//
// A compiled pattern is a ByteArray of i32 words (the compiler is stage1/55-regexp.js):
//
//   words 0-6  header (RxHeader): flags, a character every match must start with or -1, and the
//              set of characters a match can start with (the search loop skips to them)
//   word 7…    instructions: an opcode word followed by its operand words (RxOp below)
//
// Registers (a ByteArray of i32, one per register): 2 per capture group (start, end; -1 while
// unset; group 0 is the whole match), then the counters and saved positions of loops.
//
// Backtracking uses an explicit stack (a ByteArray) of 5-word entries [a, b, c, d, type], never the
// host stack: catastrophic patterns only take time, and a stack that fills up makes rxRun return
// RX_STACK_FULL so that the caller can retry with a larger one (runtime/builtins-regexp.ts).
//
//   CHOICE  [pc, pos]                          resume at pc with pos
//   UNDO    [register, old value]              a register write to undo on the way back
//   LOOK    [kind, pos, continuation, outer]   a lookaround in progress (outer: the enclosing one)
//   STAR    [next pc, min pos, pos]            a greedy single-character loop: give back one
//   LAZY    [next pc, pos, remaining, atom pc] a lazy single-character loop: take one more
//
// Nothing here allocates, so no GC can happen during a match and raw addresses stay valid.
import type { i32, bool } from './types.ts';
import { H8, H16, H32 } from './host/host.ts';
import { rxCaseKey } from './builtins-regexp-unicode.ts';

/** Opcodes; `·` separates the operand words. */
export const RxOp = {
  /** success: the match ends at pos */
  match: 0,
  /** char · c: the character at pos is c */
  char: 1,
  /** char2 · c1 · c2: it is c1 or c2 (a letter and its other case) */
  char2: 2,
  /** any: not a line terminator (`.` without s) */
  any: 3,
  /** anyAll: any character (`.` with s) */
  anyAll: 4,
  /** cls · n · lo1 · hi1 … : the character is in one of n sorted ranges */
  cls: 5,
  /** ncls · n · …: it is in none of them */
  ncls: 6,
  /** backward forms of the six above (lookbehind): op + 8 reads the character before pos */
  backward: 8,
  /** jmp · target */
  jmp: 16,
  /** split · target: try the next instruction first, target on backtracking */
  split: 17,
  /** splitLazy · target: try target first, the next instruction on backtracking */
  splitLazy: 18,
  /** save · r: R[r] := pos */
  save: 19,
  /** clear · from · to: R[from..to] := -1 (captures of a repeated atom) */
  clear: 20,
  bol: 21,
  eol: 22,
  /** ^ and $ with the m flag */
  bolM: 23,
  eolM: 24,
  /** wordB · iu: \b; iu = 1 when ſ and K are word characters (flags iu / iv) */
  wordB: 25,
  nwordB: 26,
  /** backref · flags · n · g1 … gn: the text of the first of groups g that is set (RxBackref flags) */
  backref: 27,
  /** look · kind · end: a lookaround whose body follows, up to lookEnd; `end` continues after it */
  look: 28,
  lookEnd: 29,
  /** setZero · r: R[r] := 0 */
  setZero: 30,
  /** setPos · r: R[r] := pos */
  setPos: 31,
  /**
   * loop · c · min · max · greedy · exit: one more iteration of a quantified atom whose counter is
   * R[c]: required below min, optional below max (greedy: try it first), else go to exit
   */
  loop: 32,
  /** progress · p · c · min: fail when an optional iteration matched nothing (pos = R[p], R[c] >= min) */
  progress: 33,
  /** inc · c: R[c] += 1 */
  inc: 34,
  /** star · min · max · greedy · size · <one single-character instruction of `size` words> */
  star: 35,
  fail: 36,
} as const;

/**
 * Header words: 0 flags (anchored: starts with ^ without m; firstSet: words 2-6 hold the characters
 * a match can start with), 1 a character every match starts with or -1, 2-5 a bitmap of the ASCII
 * characters a match can start with, 6 non-zero when it can also start with a non-ASCII one.
 */
export const RxHeader = { anchored: 1, firstSet: 2, size: 7 } as const;
export const RxLook = { ahead: 0, aheadNot: 1, behind: 2, behindNot: 3 } as const;
export const RxBackref = { ignoreCase: 1, backward: 2 } as const;

const E_CHOICE: i32 = 1;
const E_UNDO: i32 = 2;
const E_LOOK: i32 = 3;
const E_STAR: i32 = 4;
const E_LAZY: i32 = 5;

/** rxRun results besides a match end (>= 0). */
export const RX_NO_MATCH: i32 = -1;
export const RX_STACK_FULL: i32 = -2;

const INFINITE: i32 = 0x7fffffff;

// The match in progress (set by rxRun; raw addresses, valid because nothing allocates).
let rxS: i32 = 0; // address of the subject's character 0
let rxOne: bool = true; // one-byte subject
let rxLen: i32 = 0;
let rxUnicode: bool = false; // u or v: surrogate pairs are one character
let rxIgnoreCase: bool = false;
let rxCode: i32 = 0; // address of code word 0
let rxRegs: i32 = 0; // address of register 0
let rxStack: i32 = 0; // address of stack word 0
let rxCap: i32 = 0; // stack capacity in words
let rxW: i32 = 1; // width (code units) of the character last read

function W(pc: i32): i32 {
  return H32[(rxCode + (pc << 2)) >> 2];
}
function R(r: i32): i32 {
  return H32[(rxRegs + (r << 2)) >> 2];
}
function RSet(r: i32, v: i32): void {
  H32[(rxRegs + (r << 2)) >> 2] = v;
}
function S(i: i32): i32 {
  return H32[(rxStack + (i << 2)) >> 2];
}
function SSet(i: i32, v: i32): void {
  H32[(rxStack + (i << 2)) >> 2] = v;
}

/** Code unit i of the subject. */
function unit(i: i32): i32 {
  return rxOne ? H8[(rxS + i) | 0] : H16[(rxS + (i << 1)) >> 1];
}

/** The character at pos (a code point in unicode mode), -1 at the end; its width in rxW. */
function readFwd(pos: i32): i32 {
  if (pos >= rxLen) return -1;
  const c: i32 = unit(pos);
  rxW = 1;
  if (rxUnicode && (c & 0xfc00) === 0xd800 && ((pos + 1) | 0) < rxLen) {
    const d: i32 = unit((pos + 1) | 0);
    if ((d & 0xfc00) === 0xdc00) {
      rxW = 2;
      return (((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | 0;
    }
  }
  return c;
}

/** The character before pos, -1 at the start; its width in rxW. */
function readBwd(pos: i32): i32 {
  if (pos <= 0) return -1;
  const c: i32 = unit((pos - 1) | 0);
  rxW = 1;
  if (rxUnicode && (c & 0xfc00) === 0xdc00 && pos >= 2) {
    const h: i32 = unit((pos - 2) | 0);
    if ((h & 0xfc00) === 0xd800) {
      rxW = 2;
      return (((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000) | 0;
    }
  }
  return c;
}

export function rxIsLineTerminator(c: i32): bool {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isWordUnit(c: i32, iu: bool): bool {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) return true;
  return iu && (c === 0x17f || c === 0x212a);
}

/** c in the n sorted ranges at word `at` (lo, hi pairs). */
export function rxInRanges(at: i32, n: i32, c: i32): bool {
  if (n <= 6) {
    for (let k: i32 = 0; k < n; k++) {
      const a: i32 = (at + (k << 1)) | 0;
      if (c < W(a)) return false;
      if (c <= W((a + 1) | 0)) return true;
    }
    return false;
  }
  let lo: i32 = 0;
  let hi: i32 = (n - 1) | 0;
  while (lo <= hi) {
    const mid: i32 = (lo + hi) >> 1;
    const a: i32 = (at + (mid << 1)) | 0;
    if (c < W(a)) hi = (mid - 1) | 0;
    else if (c > W((a + 1) | 0)) lo = (mid + 1) | 0;
    else return true;
  }
  return false;
}

/** Size in words of the single-character instruction at pc. */
function atomSize(pc: i32): i32 {
  const op: i32 = W(pc) & 7;
  if (op === RxOp.char) return 2;
  if (op === RxOp.char2) return 3;
  if (op === RxOp.cls || op === RxOp.ncls) return (2 + (W((pc + 1) | 0) << 1)) | 0;
  return 1;
}

/** Runs the single-character instruction at pc at pos: the new pos, or -1. */
function atomMatch(pc: i32, pos: i32): i32 {
  const op: i32 = W(pc);
  const backward: bool = op >= RxOp.backward;
  const c: i32 = backward ? readBwd(pos) : readFwd(pos);
  if (c < 0) return -1;
  let ok: bool = false;
  switch (op & 7) {
    case 1 /* char */: ok = c === W((pc + 1) | 0); break;
    case 2 /* char2 */: ok = c === W((pc + 1) | 0) || c === W((pc + 2) | 0); break;
    case 3 /* any */: ok = !rxIsLineTerminator(c); break;
    case 4 /* anyAll */: ok = true; break;
    case 5 /* cls */: ok = rxInRanges((pc + 2) | 0, W((pc + 1) | 0), c); break;
    case 6 /* ncls */: ok = !rxInRanges((pc + 2) | 0, W((pc + 1) | 0), c); break;
    default: ok = false;
  }
  if (!ok) return -1;
  return backward ? (pos - rxW) | 0 : (pos + rxW) | 0;
}

/** Sets register r, logging the old value when something may backtrack over the write. */
function regWrite(r: i32, v: i32, sp: i32): i32 {
  if (sp === 0) {
    RSet(r, v);
    return 0;
  }
  if (((sp + 5) | 0) > rxCap) return -1;
  SSet(sp, r);
  SSet((sp + 1) | 0, R(r));
  SSet((sp + 4) | 0, E_UNDO);
  RSet(r, v);
  return (sp + 5) | 0;
}


/**
 * Tries the program at one start position. code, regs and stack are addresses of word 0;
 * subject is the address of character 0. Registers of captures must be -1 on entry.
 * Returns the end of the match (>= 0), RX_NO_MATCH or RX_STACK_FULL. No GC.
 */
export function rxRun(code: i32, subject: i32, oneByte: bool, length: i32, unicode: bool, ignoreCase: bool,
  regs: i32, stack: i32, stackWords: i32, start: i32): i32 {
  rxCode = code;
  rxS = subject;
  rxOne = oneByte;
  rxLen = length;
  rxUnicode = unicode;
  rxIgnoreCase = ignoreCase;
  rxRegs = regs;
  rxStack = stack;
  rxCap = stackWords;
  let pc: i32 = RxHeader.size;
  let pos: i32 = start;
  let sp: i32 = 0;
  let lookTop: i32 = -1;
  for (;;) {
    let failed: bool = false;
    const op: i32 = W(pc);
    switch (op) {
      case 0 /* match */:
        return pos;
      case 1 /* char */: {
        if (!rxUnicode) {
          if (pos < rxLen && unit(pos) === W((pc + 1) | 0)) {
            pos = (pos + 1) | 0;
            pc = (pc + 2) | 0;
          } else {
            failed = true;
          }
        } else if (readFwd(pos) === W((pc + 1) | 0)) {
          pos = (pos + rxW) | 0;
          pc = (pc + 2) | 0;
        } else {
          failed = true;
        }
        break;
      }
      case 2: case 3: case 4: case 5: case 6:
      case 9: case 10: case 11: case 12: case 13: case 14: {
        const np: i32 = atomMatch(pc, pos);
        if (np < 0) failed = true;
        else {
          pos = np;
          pc = (pc + atomSize(pc)) | 0;
        }
        break;
      }
      case 16 /* jmp */:
        pc = W((pc + 1) | 0);
        break;
      case 17 /* split */:
      case 18 /* splitLazy */: {
        if (((sp + 5) | 0) > rxCap) return RX_STACK_FULL;
        const target: i32 = W((pc + 1) | 0);
        const next: i32 = (pc + 2) | 0;
        SSet(sp, op === RxOp.split ? target : next);
        SSet((sp + 1) | 0, pos);
        SSet((sp + 4) | 0, E_CHOICE);
        sp = (sp + 5) | 0;
        pc = op === RxOp.split ? next : target;
        break;
      }
      case 19 /* save */:
      case 31 /* setPos */: {
        const nsp: i32 = regWrite(W((pc + 1) | 0), pos, sp);
        if (nsp < 0) return RX_STACK_FULL;
        sp = nsp;
        pc = (pc + 2) | 0;
        break;
      }
      case 30 /* setZero */: {
        const nsp: i32 = regWrite(W((pc + 1) | 0), 0, sp);
        if (nsp < 0) return RX_STACK_FULL;
        sp = nsp;
        pc = (pc + 2) | 0;
        break;
      }
      case 34 /* inc */: {
        const r: i32 = W((pc + 1) | 0);
        const nsp: i32 = regWrite(r, (R(r) + 1) | 0, sp);
        if (nsp < 0) return RX_STACK_FULL;
        sp = nsp;
        pc = (pc + 2) | 0;
        break;
      }
      case 20 /* clear */: {
        const to: i32 = W((pc + 2) | 0);
        for (let r: i32 = W((pc + 1) | 0); r <= to; r++) {
          if (R(r) !== -1) {
            const nsp: i32 = regWrite(r, -1, sp);
            if (nsp < 0) return RX_STACK_FULL;
            sp = nsp;
          }
        }
        pc = (pc + 3) | 0;
        break;
      }
      case 21 /* bol */:
        if (pos === 0) pc = (pc + 1) | 0;
        else failed = true;
        break;
      case 22 /* eol */:
        if (pos === rxLen) pc = (pc + 1) | 0;
        else failed = true;
        break;
      case 23 /* bolM */:
        if (pos === 0 || rxIsLineTerminator(unit((pos - 1) | 0))) pc = (pc + 1) | 0;
        else failed = true;
        break;
      case 24 /* eolM */:
        if (pos === rxLen || rxIsLineTerminator(unit(pos))) pc = (pc + 1) | 0;
        else failed = true;
        break;
      case 25 /* wordB */:
      case 26 /* nwordB */: {
        const iu: bool = W((pc + 1) | 0) !== 0;
        const a: bool = pos > 0 && isWordUnit(unit((pos - 1) | 0), iu);
        const b: bool = pos < rxLen && isWordUnit(unit(pos), iu);
        if ((a !== b) === (op === RxOp.wordB)) pc = (pc + 2) | 0;
        else failed = true;
        break;
      }
      case 27 /* backref */: {
        const np: i32 = backrefMatch(pc, pos);
        if (np < 0) failed = true;
        else {
          pos = np;
          pc = (pc + 3 + W((pc + 2) | 0)) | 0;
        }
        break;
      }
      case 28 /* look */: {
        if (((sp + 5) | 0) > rxCap) return RX_STACK_FULL;
        SSet(sp, W((pc + 1) | 0));
        SSet((sp + 1) | 0, pos);
        SSet((sp + 2) | 0, W((pc + 2) | 0));
        SSet((sp + 3) | 0, lookTop);
        SSet((sp + 4) | 0, E_LOOK);
        lookTop = sp;
        sp = (sp + 5) | 0;
        pc = (pc + 3) | 0;
        break;
      }
      case 29 /* lookEnd */: {
        const m: i32 = lookTop;
        const kind: i32 = S(m);
        lookTop = S((m + 3) | 0);
        if (kind === RxLook.ahead || kind === RxLook.behind) {
          // Success of a positive lookaround: its choice points are dropped (it is atomic), the
          // register writes it made stay undoable.
          pos = S((m + 1) | 0);
          pc = S((m + 2) | 0);
          let dst: i32 = m;
          for (let k: i32 = (m + 5) | 0; k < sp; k += 5) {
            if (S((k + 4) | 0) === E_UNDO) {
              SSet(dst, S(k));
              SSet((dst + 1) | 0, S((k + 1) | 0));
              SSet((dst + 4) | 0, E_UNDO);
              dst = (dst + 5) | 0;
            }
          }
          sp = dst;
        } else {
          // The body of a negative lookaround matched: undo it and fail.
          while (sp > ((m + 5) | 0)) {
            sp = (sp - 5) | 0;
            if (S((sp + 4) | 0) === E_UNDO) RSet(S(sp), S((sp + 1) | 0));
          }
          sp = m;
          failed = true;
        }
        break;
      }
      case 32 /* loop */: {
        const n: i32 = R(W((pc + 1) | 0));
        const exit: i32 = W((pc + 5) | 0);
        if (n < W((pc + 2) | 0)) {
          pc = (pc + 6) | 0;
        } else if (n < W((pc + 3) | 0)) {
          if (((sp + 5) | 0) > rxCap) return RX_STACK_FULL;
          const greedy: bool = W((pc + 4) | 0) !== 0;
          SSet(sp, greedy ? exit : (pc + 6) | 0);
          SSet((sp + 1) | 0, pos);
          SSet((sp + 4) | 0, E_CHOICE);
          sp = (sp + 5) | 0;
          pc = greedy ? (pc + 6) | 0 : exit;
        } else {
          pc = exit;
        }
        break;
      }
      case 33 /* progress */:
        if (pos === R(W((pc + 1) | 0)) && R(W((pc + 2) | 0)) >= W((pc + 3) | 0)) failed = true;
        else pc = (pc + 4) | 0;
        break;
      case 35 /* star */: {
        const min: i32 = W((pc + 1) | 0);
        const max: i32 = W((pc + 2) | 0);
        const greedy: bool = W((pc + 3) | 0) !== 0;
        const atom: i32 = (pc + 5) | 0;
        const next: i32 = (atom + W((pc + 4) | 0)) | 0;
        let count: i32 = 0;
        let p: i32 = pos;
        let minPos: i32 = pos;
        const limit: i32 = greedy ? max : min;
        while (count < limit) {
          const np: i32 = atomMatch(atom, p);
          if (np < 0) break;
          p = np;
          count++;
          if (count === min) minPos = p;
        }
        if (count < min) {
          failed = true;
          break;
        }
        if (greedy) {
          if (count > min) {
            if (((sp + 5) | 0) > rxCap) return RX_STACK_FULL;
            SSet(sp, next);
            SSet((sp + 1) | 0, minPos);
            SSet((sp + 2) | 0, p);
            SSet((sp + 4) | 0, E_STAR);
            sp = (sp + 5) | 0;
          }
        } else if (max > min) {
          if (((sp + 5) | 0) > rxCap) return RX_STACK_FULL;
          SSet(sp, next);
          SSet((sp + 1) | 0, p);
          SSet((sp + 2) | 0, max === INFINITE ? INFINITE : (max - min) | 0);
          SSet((sp + 3) | 0, atom);
          SSet((sp + 4) | 0, E_LAZY);
          sp = (sp + 5) | 0;
        }
        pos = p;
        pc = next;
        break;
      }
      default:
        failed = true;
    }
    if (!failed) continue;
    // Backtrack: pop entries until one gives a place to resume.
    let resumed: bool = false;
    while (!resumed) {
      if (sp === 0) return RX_NO_MATCH;
      const top: i32 = (sp - 5) | 0;
      const type: i32 = S((top + 4) | 0);
      if (type === E_CHOICE) {
        pc = S(top);
        pos = S((top + 1) | 0);
        sp = top;
        resumed = true;
      } else if (type === E_UNDO) {
        RSet(S(top), S((top + 1) | 0));
        sp = top;
      } else if (type === E_STAR) {
        const minPos: i32 = S((top + 1) | 0);
        let p: i32 = S((top + 2) | 0);
        if (p > minPos) {
          p = (p - 1) | 0;
          if (rxUnicode && p > minPos && (unit(p) & 0xfc00) === 0xdc00 && (unit((p - 1) | 0) & 0xfc00) === 0xd800) p = (p - 1) | 0;
          if (p > minPos) SSet((top + 2) | 0, p);
          else sp = top;
          pc = S(top);
          pos = p;
          resumed = true;
        } else {
          sp = top;
        }
      } else if (type === E_LAZY) {
        const remaining: i32 = S((top + 2) | 0);
        const np: i32 = remaining > 0 ? atomMatch(S((top + 3) | 0), S((top + 1) | 0)) : -1;
        if (np >= 0) {
          SSet((top + 1) | 0, np);
          if (remaining !== INFINITE) SSet((top + 2) | 0, (remaining - 1) | 0);
          pc = S(top);
          pos = np;
          resumed = true;
        } else {
          sp = top;
        }
      } else {
        // E_LOOK: the body of the lookaround failed.
        const kind: i32 = S(top);
        lookTop = S((top + 3) | 0);
        sp = top;
        if (kind === RxLook.aheadNot || kind === RxLook.behindNot) {
          pos = S((top + 1) | 0);
          pc = S((top + 2) | 0);
          resumed = true;
        }
      }
    }
  }
}

/** backref at pc: the new pos, or -1. */
function backrefMatch(pc: i32, pos: i32): i32 {
  const flags: i32 = W((pc + 1) | 0);
  const n: i32 = W((pc + 2) | 0);
  let s: i32 = -1;
  let e: i32 = -1;
  for (let k: i32 = 0; k < n; k++) {
    const g: i32 = W((pc + 3 + k) | 0);
    if (R(g << 1) >= 0 && R(((g << 1) + 1) | 0) >= 0) {
      s = R(g << 1);
      e = R(((g << 1) + 1) | 0);
      break;
    }
  }
  if (s < 0) return pos;
  const len: i32 = (e - s) | 0;
  const backward: bool = (flags & RxBackref.backward) !== 0;
  const from: i32 = backward ? (pos - len) | 0 : pos;
  if (from < 0 || ((from + len) | 0) > rxLen) return -1;
  const icase: bool = (flags & RxBackref.ignoreCase) !== 0;
  if (!icase) {
    for (let k: i32 = 0; k < len; k++) if (unit((s + k) | 0) !== unit((from + k) | 0)) return -1;
  } else {
    let k: i32 = 0;
    while (k < len) {
      // Both texts have the same length; compare character by character (code points with u/v).
      const a: i32 = rxUnicode ? readFwd((s + k) | 0) : unit((s + k) | 0);
      const wa: i32 = rxUnicode ? rxW : 1;
      const b: i32 = rxUnicode ? readFwd((from + k) | 0) : unit((from + k) | 0);
      const wb: i32 = rxUnicode ? rxW : 1;
      if (wa !== wb) return -1;
      if (a !== b && rxCaseKey(a, rxUnicode) !== rxCaseKey(b, rxUnicode)) return -1;
      k = (k + wa) | 0;
    }
  }
  return backward ? from : (pos + len) | 0;
}

