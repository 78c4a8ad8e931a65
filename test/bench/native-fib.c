/* Benchmark reference: recursive calls (fib 35), as native-fib.ts. */
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  printf("%d\n", fib(35));
  return 0;
}
