/* Benchmark reference: as native-hash.ts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SLOTS 4194304
#define INSERTS 1000000
#define LOOKUPS 8000000

static int32_t *table;

static uint32_t hash(int32_t key) {
  uint32_t h = (uint32_t)key * 2654435761u;
  return h ^ (h >> 16);
}

static int32_t *slot(int32_t key) {
  uint32_t i = hash(key) & (SLOTS - 1);
  for (;;) {
    int32_t k = table[2 * i];
    if (k == key || k == 0) return table + 2 * i;
    i = (i + 1) & (SLOTS - 1);
  }
}

int main(void) {
  table = calloc(SLOTS * 2, sizeof(int32_t));
  uint32_t x = 1;
  for (int n = 0; n < INSERTS; n++) {
    x = x * 1103515245u + 12345u;
    int32_t key = (int32_t)(((x >> 1) | 1) & 0x3fffff);
    int32_t *s = slot(key);
    s[0] = key;
    s[1] += 1;
  }
  int32_t found = 0;
  for (int n = 0; n < LOOKUPS; n++) {
    int32_t key = (int32_t)(((uint32_t)n * 2654435761u) >> 10) | 1;
    found += slot(key & 0x3fffff)[1];
  }
  printf("%d\n", found);
  return 0;
}
