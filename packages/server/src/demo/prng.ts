import { v7 } from 'uuid';

/**
 * A small seeded PRNG (mulberry32). Demo data must be byte-identical on every run, so nothing
 * here reads Math.random or the wall clock.
 */
export interface Rng {
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `n` distinct items, kept in their original order (subjects read better that way). */
  sample<T>(items: readonly T[], n: number): T[];
}

/** Index access that fails loudly instead of yielding undefined (noUncheckedIndexedAccess). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} is outside 0..${items.length - 1}`);
  return item;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    uint32,
    next,
    int,
    pick: (items) => at(items, int(0, items.length - 1)),
    sample: (items, n) => {
      const indices = items.map((_, i) => i);
      for (let i = 0; i < Math.min(n, indices.length); i++) {
        const j = int(i, indices.length - 1);
        [indices[i], indices[j]] = [at(indices, j), at(indices, i)];
      }
      return indices
        .slice(0, n)
        .sort((a, b) => a - b)
        .map((i) => at(items, i));
    },
  };
}

/** Every demo id carries this time (2026-01-01T00:00:00Z), so ids do not depend on when the seed ran. */
export const DEMO_EPOCH_MS = Date.UTC(2026, 0, 1);

/**
 * UUIDv7 ids from a seeded PRNG. All share one time, so `seq` (the counter bits) counts up from a
 * random 31-bit start, as uuid's own v7 does within a millisecond: ids sort in creation order and
 * are unique by construction, not by chance; the PRNG fills the remaining random bits.
 */
export function createIds(seed: number): () => string {
  const rng = createRng(seed);
  let seq = rng.uint32() & 0x7fffffff;
  return () => {
    const random = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) {
      const word = rng.uint32();
      random[i] = word >>> 24;
      random[i + 1] = (word >>> 16) & 0xff;
      random[i + 2] = (word >>> 8) & 0xff;
      random[i + 3] = word & 0xff;
    }
    return v7({ msecs: DEMO_EPOCH_MS, random, seq: seq++ });
  };
}
