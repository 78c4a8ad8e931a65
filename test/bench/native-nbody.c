/* Benchmark reference: as native-nbody.ts (bodies in a double array, same layout and order). */
#include <math.h>
#include <stdio.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS 365.24
#define BODIES 5
#define STEPS 2000000

static double heap[8 + BODIES * 8];
enum { X, Y, Z, VX, VY, VZ, MASS };
static double *body(int i) { return heap + 8 + i * 8; }

static void set_body(int i, double x, double y, double z, double vx, double vy, double vz, double mass) {
  double *b = body(i);
  b[X] = x; b[Y] = y; b[Z] = z; b[VX] = vx * DAYS; b[VY] = vy * DAYS; b[VZ] = vz * DAYS; b[MASS] = mass * SOLAR_MASS;
}

static void advance(double dt) {
  for (int i = 0; i < BODIES; i++) {
    double *bi = body(i);
    for (int j = i + 1; j < BODIES; j++) {
      double *bj = body(j);
      double dx = bi[X] - bj[X], dy = bi[Y] - bj[Y], dz = bi[Z] - bj[Z];
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      double mi = bi[MASS] * mag, mj = bj[MASS] * mag;
      bi[VX] = bi[VX] - dx * mj; bi[VY] = bi[VY] - dy * mj; bi[VZ] = bi[VZ] - dz * mj;
      bj[VX] = bj[VX] + dx * mi; bj[VY] = bj[VY] + dy * mi; bj[VZ] = bj[VZ] + dz * mi;
    }
  }
  for (int i = 0; i < BODIES; i++) {
    double *b = body(i);
    b[X] = b[X] + dt * b[VX]; b[Y] = b[Y] + dt * b[VY]; b[Z] = b[Z] + dt * b[VZ];
  }
}

static double energy(void) {
  double e = 0;
  for (int i = 0; i < BODIES; i++) {
    double *bi = body(i);
    e = e + 0.5 * bi[MASS] * (bi[VX] * bi[VX] + bi[VY] * bi[VY] + bi[VZ] * bi[VZ]);
    for (int j = i + 1; j < BODIES; j++) {
      double *bj = body(j);
      double dx = bi[X] - bj[X], dy = bi[Y] - bj[Y], dz = bi[Z] - bj[Z];
      e = e - (bi[MASS] * bj[MASS]) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

int main(void) {
  set_body(0, 0, 0, 0, 0, 0, 0, 1);
  set_body(1, 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04);
  set_body(2, 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04);
  set_body(3, 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05);
  set_body(4, 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05);
  double px = 0, py = 0, pz = 0;
  for (int i = 0; i < BODIES; i++) {
    double *b = body(i);
    px = px + b[VX] * b[MASS]; py = py + b[VY] * b[MASS]; pz = pz + b[VZ] * b[MASS];
  }
  body(0)[VX] = -px / SOLAR_MASS; body(0)[VY] = -py / SOLAR_MASS; body(0)[VZ] = -pz / SOLAR_MASS;
  printf("%.9f\n", energy());
  for (int i = 0; i < STEPS; i++) advance(0.01);
  printf("%.9f\n", energy());
  return 0;
}
