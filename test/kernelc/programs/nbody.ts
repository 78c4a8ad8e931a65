// N-body simulation (the Computer Language Benchmarks Game's planets) with bodies in HF64.
import type { i32, f64 } from '../../../runtime/types.ts';
import { HF64 } from '../../../runtime/host/host.ts';
import { init, printF64, newline } from './lib/print.ts';

const PI: f64 = 3.141592653589793;
const SOLAR_MASS: f64 = 4 * PI * PI;
const DAYS: f64 = 365.24;
const BODIES: i32 = 5;
const B = { x: 0, y: 8, z: 16, vx: 24, vy: 32, vz: 40, mass: 48, size: 56 } as const;
const BASE: i32 = 4096;

function body(i: i32): i32 { return (BASE + Math.imul(i, B.size)) | 0; }
function get(b: i32, f: i32): f64 { return HF64[(b + f) >> 3]; }
function put(b: i32, f: i32, v: f64): void { HF64[(b + f) >> 3] = v; }

function setBody(i: i32, x: f64, y: f64, z: f64, vx: f64, vy: f64, vz: f64, mass: f64): void {
  const b: i32 = body(i);
  put(b, B.x, x); put(b, B.y, y); put(b, B.z, z);
  put(b, B.vx, vx * DAYS); put(b, B.vy, vy * DAYS); put(b, B.vz, vz * DAYS); put(b, B.mass, mass * SOLAR_MASS);
}

function advance(dt: f64): void {
  for (let i: i32 = 0; i < BODIES; i++) {
    const bi: i32 = body(i);
    for (let j: i32 = (i + 1) | 0; j < BODIES; j++) {
      const bj: i32 = body(j);
      const dx: f64 = get(bi, B.x) - get(bj, B.x);
      const dy: f64 = get(bi, B.y) - get(bj, B.y);
      const dz: f64 = get(bi, B.z) - get(bj, B.z);
      const d2: f64 = dx * dx + dy * dy + dz * dz;
      const mag: f64 = dt / (d2 * Math.sqrt(d2));
      const mi: f64 = get(bi, B.mass) * mag;
      const mj: f64 = get(bj, B.mass) * mag;
      put(bi, B.vx, get(bi, B.vx) - dx * mj); put(bi, B.vy, get(bi, B.vy) - dy * mj); put(bi, B.vz, get(bi, B.vz) - dz * mj);
      put(bj, B.vx, get(bj, B.vx) + dx * mi); put(bj, B.vy, get(bj, B.vy) + dy * mi); put(bj, B.vz, get(bj, B.vz) + dz * mi);
    }
  }
  for (let i: i32 = 0; i < BODIES; i++) {
    const b: i32 = body(i);
    put(b, B.x, get(b, B.x) + dt * get(b, B.vx)); put(b, B.y, get(b, B.y) + dt * get(b, B.vy)); put(b, B.z, get(b, B.z) + dt * get(b, B.vz));
  }
}

function energy(): f64 {
  let e: f64 = 0;
  for (let i: i32 = 0; i < BODIES; i++) {
    const bi: i32 = body(i);
    const vx: f64 = get(bi, B.vx);
    const vy: f64 = get(bi, B.vy);
    const vz: f64 = get(bi, B.vz);
    e = e + 0.5 * get(bi, B.mass) * (vx * vx + vy * vy + vz * vz);
    for (let j: i32 = (i + 1) | 0; j < BODIES; j++) {
      const bj: i32 = body(j);
      const dx: f64 = get(bi, B.x) - get(bj, B.x);
      const dy: f64 = get(bi, B.y) - get(bj, B.y);
      const dz: f64 = get(bi, B.z) - get(bj, B.z);
      e = e - (get(bi, B.mass) * get(bj, B.mass)) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

export function main(): i32 {
  init(65536);
  setBody(0, 0, 0, 0, 0, 0, 0, 1);
  setBody(1, 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04);
  setBody(2, 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04);
  setBody(3, 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05);
  setBody(4, 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05);
  let px: f64 = 0;
  let py: f64 = 0;
  let pz: f64 = 0;
  for (let i: i32 = 0; i < BODIES; i++) {
    const b: i32 = body(i);
    px = px + get(b, B.vx) * get(b, B.mass); py = py + get(b, B.vy) * get(b, B.mass); pz = pz + get(b, B.vz) * get(b, B.mass);
  }
  put(body(0), B.vx, -px / SOLAR_MASS); put(body(0), B.vy, -py / SOLAR_MASS); put(body(0), B.vz, -pz / SOLAR_MASS);
  printF64(energy(), 9); newline();
  for (let i: i32 = 0; i < 100000; i++) advance(0.01);
  printF64(energy(), 9); newline();
  return 0;
}
