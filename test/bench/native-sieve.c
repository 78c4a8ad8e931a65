/* Benchmark reference: as native-sieve.ts. */
#include <stdio.h>
#include <stdlib.h>

#define N 50000000

static unsigned char *heap;

static int sieve(void) {
  for (int i = 2; i < N; i++) heap[i] = 1;
  for (int p = 2; p * p < N; p++) {
    if (heap[p] == 0) continue;
    for (int m = p * p; m < N; m += p) heap[m] = 0;
  }
  int count = 0;
  for (int i = 2; i < N; i++) count += heap[i];
  return count;
}

int main(void) {
  heap = calloc(N + 64, 1);
  int count = 0;
  for (int r = 0; r < 3; r++) count = sieve();
  printf("%d\n", count);
  return 0;
}
