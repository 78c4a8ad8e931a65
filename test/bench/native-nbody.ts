// Benchmark: f64 loads and stores through HF64 (n-body, 5 bodies, 2,000,000 steps).
import type { i32, f64 } from '../../runtime/types.ts';
import { HF64, hostMemoryReserve, hostWriteF64, hostWriteLit } from '../../runtime/host/host.ts';

const PI: f64 = 3.141592653589793;
const SOLAR_MASS: f64 = 4 * PI * PI;
const DAYS: f64 = 365.24;
const BODIES: i32 = 5;
const STEPS: i32 = 2000000;
// Body layout: x y z vx vy vz mass, 8 bytes each, 64 bytes per body from address 64.
const X: i32 = 0;
const Y: i32 = 8;
const Z: i32 = 16;
const VX: i32 = 24;
const VY: i32 = 32;
const VZ: i32 = 40;
const MASS: i32 = 48;

function body(i: i32): i32 { return (64 + (i << 6)) | 0; }

function setBody(i: i32, x: f64, y: f64, z: f64, vx: f64, vy: f64, vz: f64, mass: f64): void {
  const b: i32 = body(i);
  HF64[(b + X) >> 3] = x; HF64[(b + Y) >> 3] = y; HF64[(b + Z) >> 3] = z;
  HF64[(b + VX) >> 3] = vx * DAYS; HF64[(b + VY) >> 3] = vy * DAYS; HF64[(b + VZ) >> 3] = vz * DAYS;
  HF64[(b + MASS) >> 3] = mass * SOLAR_MASS;
}

function advance(dt: f64): void {
  for (let i: i32 = 0; i < BODIES; i++) {
    const bi: i32 = body(i);
    for (let j: i32 = (i + 1) | 0; j < BODIES; j++) {
      const bj: i32 = body(j);
      const dx: f64 = HF64[(bi + X) >> 3] - HF64[(bj + X) >> 3];
      const dy: f64 = HF64[(bi + Y) >> 3] - HF64[(bj + Y) >> 3];
      const dz: f64 = HF64[(bi + Z) >> 3] - HF64[(bj + Z) >> 3];
      const d2: f64 = dx * dx + dy * dy + dz * dz;
      const mag: f64 = dt / (d2 * Math.sqrt(d2));
      const mi: f64 = HF64[(bi + MASS) >> 3] * mag;
      const mj: f64 = HF64[(bj + MASS) >> 3] * mag;
      HF64[(bi + VX) >> 3] = HF64[(bi + VX) >> 3] - dx * mj;
      HF64[(bi + VY) >> 3] = HF64[(bi + VY) >> 3] - dy * mj;
      HF64[(bi + VZ) >> 3] = HF64[(bi + VZ) >> 3] - dz * mj;
      HF64[(bj + VX) >> 3] = HF64[(bj + VX) >> 3] + dx * mi;
      HF64[(bj + VY) >> 3] = HF64[(bj + VY) >> 3] + dy * mi;
      HF64[(bj + VZ) >> 3] = HF64[(bj + VZ) >> 3] + dz * mi;
    }
  }
  for (let i: i32 = 0; i < BODIES; i++) {
    const b: i32 = body(i);
    HF64[(b + X) >> 3] = HF64[(b + X) >> 3] + dt * HF64[(b + VX) >> 3];
    HF64[(b + Y) >> 3] = HF64[(b + Y) >> 3] + dt * HF64[(b + VY) >> 3];
    HF64[(b + Z) >> 3] = HF64[(b + Z) >> 3] + dt * HF64[(b + VZ) >> 3];
  }
}

function energy(): f64 {
  let e: f64 = 0;
  for (let i: i32 = 0; i < BODIES; i++) {
    const bi: i32 = body(i);
    const vx: f64 = HF64[(bi + VX) >> 3];
    const vy: f64 = HF64[(bi + VY) >> 3];
    const vz: f64 = HF64[(bi + VZ) >> 3];
    e = e + 0.5 * HF64[(bi + MASS) >> 3] * (vx * vx + vy * vy + vz * vz);
    for (let j: i32 = (i + 1) | 0; j < BODIES; j++) {
      const bj: i32 = body(j);
      const dx: f64 = HF64[(bi + X) >> 3] - HF64[(bj + X) >> 3];
      const dy: f64 = HF64[(bi + Y) >> 3] - HF64[(bj + Y) >> 3];
      const dz: f64 = HF64[(bi + Z) >> 3] - HF64[(bj + Z) >> 3];
      e = e - (HF64[(bi + MASS) >> 3] * HF64[(bj + MASS) >> 3]) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

export function main(): i32 {
  hostMemoryReserve(65536);
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
    px = px + HF64[(b + VX) >> 3] * HF64[(b + MASS) >> 3];
    py = py + HF64[(b + VY) >> 3] * HF64[(b + MASS) >> 3];
    pz = pz + HF64[(b + VZ) >> 3] * HF64[(b + MASS) >> 3];
  }
  HF64[(body(0) + VX) >> 3] = -px / SOLAR_MASS;
  HF64[(body(0) + VY) >> 3] = -py / SOLAR_MASS;
  HF64[(body(0) + VZ) >> 3] = -pz / SOLAR_MASS;
  hostWriteF64(1, energy(), 9);
  hostWriteLit(1, '\n');
  for (let i: i32 = 0; i < STEPS; i++) advance(0.01);
  hostWriteF64(1, energy(), 9);
  hostWriteLit(1, '\n');
  return 0;
}
