/* Benchmark reference: as native-mandelbrot.ts. */
#include <stdio.h>

#define SIZE 1000
#define MAX_ITER 500

static int iterations(double cr, double ci) {
  double zr = 0, zi = 0;
  int n = 0;
  while (n < MAX_ITER) {
    double zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4) break;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
    n++;
  }
  return n;
}

int main(void) {
  int total = 0;
  for (int y = 0; y < SIZE; y++) {
    double ci = -1.5 + (3.0 * y) / SIZE;
    for (int x = 0; x < SIZE; x++) total += iterations(-2 + (3.0 * x) / SIZE, ci);
  }
  printf("%d\n", total);
  return 0;
}
